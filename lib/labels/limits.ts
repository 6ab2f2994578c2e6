// Free of zod, so the quick-add parser and the navigation can know it without the schemas.
export const LABEL_NAME_MAX = 40;
