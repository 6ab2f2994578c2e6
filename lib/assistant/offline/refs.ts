/**
 * Entities: how a message points at tasks. By number ("task 3", "#3", "3", "number three"),
 * by position in what was just shown ("the first one", "the last one"), by pronoun ("it",
 * "that one", "them"), or by words ("the meeting task", "the lisbon thing"); several at once
 * ("2 and 5", "2, 3 and 5").
 */
export type TaskRef =
  | { number: number }
  | { ordinal: number } // 1-based; -1 is the last one
  | { pronoun: "it" | "them" }
  | { words: string };

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20,
};
const ORDINALS: Record<string, number> = {
  first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, fifth: 5, "5th": 5,
  sixth: 6, "6th": 6, seventh: 7, "7th": 7, eighth: 8, "8th": 8, ninth: 9, "9th": 9, tenth: 10, "10th": 10,
  last: -1, final: -1, bottom: -1, top: 1, latest: -1,
};

const NUMBER = /^(?:(?:task|todo|item|number|no\.?|nr\.?|#)\s*)*(?:number\s+)?#?\s*(\d{1,9}|[a-z]+)$/i;
const ORDINAL = /^(?:the\s+)?(?:very\s+)?([a-z0-9]+)(?:\s+(?:one|task|todo|item|thing))?(?:\s+(?:on (?:the|my) list|in the list|you (?:showed|listed|mentioned)))?$/i;
const IT = /^(?:it|that|this|that one|this one|that task|this task|the same one|same one|the one you (?:just )?(?:added|mentioned|made|created))$/i;
const THEM = /^(?:them|those|these|both|both of them|all of them|all (?:three|four|five)|those ones|these ones|them all|those tasks|these tasks)$/i;
const SEPARATORS = /\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*|\s+plus\s+|\s+n\s+)\s*/i;

function single(phrase: string): TaskRef | null {
  const text = phrase.trim().replace(/^["']|["']$/g, "").trim();
  if (!text) return null;
  if (IT.test(text)) return { pronoun: "it" };
  if (THEM.test(text)) return { pronoun: "them" };
  const n = text.match(NUMBER);
  if (n && /^0+$/.test(n[1]!)) return { number: 0 };
  if (n) {
    const value = /^\d/.test(n[1]!) ? Number(n[1]) : NUMBER_WORDS[n[1]!.toLowerCase()];
    const spelledAlone = !/^\d/.test(n[1]!) && text.toLowerCase() === n[1]!.toLowerCase();
    // A lone "one" is a pronoun-like word ("that one"), not task #1.
    if (value !== undefined && value > 0 && !(spelledAlone && value === 1)) return { number: value };
  }
  const o = text.match(ORDINAL);
  if (o && ORDINALS[o[1]!.toLowerCase()] !== undefined) return { ordinal: ORDINALS[o[1]!.toLowerCase()]! };
  return null;
}

/** Words that only say "a task": dropped from a task named by words. */
const TASK_WORDS = /^(?:the|my|that|this|a|an|our)\s+|\s+(?:task|todo|to-do|item|one|thing|stuff|entry|reminder)s?$|^(?:tasks?|todos?|items?|the one)\s+(?:about|called|named|titled|for|to|with|that says|saying|re|regarding|mentioning)?\s*|^(?:about|called|named|titled|regarding|re)\s+|^(?:one|thing|something)\s+(?:about|with|for|called)\s+/gi;

/** The words of a task named by words: "the lisbon thing" → "lisbon". */
export function refWords(phrase: string): string {
  let words = phrase.trim();
  for (let i = 0; i < 4; i++) {
    const next = words.replace(TASK_WORDS, "").trim().replace(/^["']+|["']+$/g, "").trim();
    if (next === words || !next) break;
    words = next;
  }
  return words;
}

/**
 * The tasks a phrase points at, or null when it points at nothing ("", "a task"). A list of
 * numbers or positions ("2, 3 and 5", "the first and the third") gives one reference each;
 * words are one reference ("salt and pepper" stays whole).
 */
export function parseRefs(phrase: string): TaskRef[] | null {
  const text = phrase.trim().replace(/[.!?]+$/, "").replace(/^(?:tasks|todos|items|numbers)\s+/i, "").trim();
  if (!text) return null;
  const whole = single(text);
  if (whole && "number" in whole && whole.number === 0) return null; // there is no task 0
  if (whole) return [whole];
  const parts = text.split(SEPARATORS).filter(Boolean);
  if (parts.length > 1) {
    const refs = parts.map(single);
    if (refs.some((r) => r && "number" in r && r.number === 0)) return null;
    if (refs.every((r): r is TaskRef => r !== null && !("pronoun" in r))) return refs;
  }
  const words = refWords(text);
  if (!words || /^(?:tasks?|todos?|items?|everything|all|anything|something|one|stuff)$/i.test(words)) return null;
  return [{ words }];
}
