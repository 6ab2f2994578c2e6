// Limits the browser checks as you type, apart from the zod schemas so the first load needs no zod.

export const MESSAGE_MAX = 4000;
/** A message's length as people count it: code points, so an emoji is one character, not two. */
export const characterCount = (text: string) => [...text].length;
