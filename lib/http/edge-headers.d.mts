export const SOCKET_ADDRESS_HEADER: string;
export const EDGE_TOKEN_HEADER: string;
export const EDGE_TOKEN_ENV: string;
export const INTERNAL_HEADER_PREFIX: string;
export const NEXT_INTERNAL_HEADERS: string[];
export const PAGE_PATH_HEADER: string;
