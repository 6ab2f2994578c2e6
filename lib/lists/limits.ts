// Free of zod, so the navigation (in every page's first load) can know it without the schemas.
export const LIST_NAME_MAX = 60;
