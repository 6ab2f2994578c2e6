// Limits the browser checks as you type, apart from the zod schemas so the first load needs no zod.

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 2000;
