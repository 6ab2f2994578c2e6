// The headers Docket's own server (scripts/start.mjs) writes on every request before Next sees it.
// Plain JavaScript so that script can import it without a build step; lib/http reads the same names.

/** The socket's remote address, as the server saw it. */
export const SOCKET_ADDRESS_HEADER = "x-docket-socket-address";
/** A secret made at each start, proving the request passed through that server. */
export const EDGE_TOKEN_HEADER = "x-docket-edge-token";
/** The environment variable the server puts that secret in, for the app in the same process. */
export const EDGE_TOKEN_ENV = "DOCKET_EDGE_TOKEN";
/** Every header with this prefix is Docket's own: client copies are dropped at every entry. */
export const INTERNAL_HEADER_PREFIX = "x-docket-";
/** Next.js internal headers no client may send. */
export const NEXT_INTERNAL_HEADERS = ["x-middleware-subrequest", "x-middleware-invoke", "x-invoke-path", "x-invoke-query", "x-invoke-status", "x-invoke-error"];
/** The page path proxy.ts records, to send a signed-out visitor back after sign-in. */
export const PAGE_PATH_HEADER = "x-docket-path";
