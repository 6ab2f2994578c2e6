/**
 * Titles and descriptions in the user's own words: quotes and the sentence's end taken off, the
 * first letter capitalised, everything else as typed. A list of short things ("milk, eggs and
 * bread") becomes several titles; a title that merely contains "and" stays whole.
 */

/** "Call mom tonight." → "Call mom tonight"; strips surrounding quotes and end punctuation. */
export function cleanTitle(raw: string): string {
  let title = raw.trim();
  for (let i = 0; i < 3; i++) title = title.replace(/^["'`]+|["'`]+$/g, "").replace(/[.!?,;:]+$/, "").trim();
  if (!title || /^\p{Ll}+\p{Lu}/u.test(title)) return title; // "iPhone charger" keeps its casing
  return title[0]!.toUpperCase() + title.slice(1);
}

/** Everyday verbs a task starts with: "buy milk, call mom and pay rent" is three things to do. */
export const TASK_VERBS = new Set(
  ("buy get grab pick call phone ring text email e-mail message pay book clean wash fix repair send mail post write " +
    "read water feed walk cook bake order return renew schedule print sign file submit prepare plan organise organize " +
    "tidy vacuum mow iron wrap visit meet study practice practise learn review research apply register collect charge " +
    "take drop go see check finish start make do bring ask tell invite cancel update install backup back pack unpack " +
    "move sell donate hang paint replace refill fill shop prep draft finalise finalize follow reply respond confirm " +
    "arrange sort throw recycle change deposit transfer withdraw print copy scan upload download wake").split(" "),
);

const IRREGULAR_PAST: Record<string, string> = {
  paid: "pay", bought: "buy", sent: "send", did: "do", made: "make", wrote: "write", took: "take", got: "get",
  went: "go", met: "meet", rang: "ring", sold: "sell", brought: "bring", fed: "feed", found: "find", gave: "give",
  built: "build", drove: "drive", spoke: "speak", swept: "sweep", hung: "hang", threw: "throw", read: "read",
  put: "put", cut: "cut", ran: "run", taught: "teach", caught: "catch", left: "leave", told: "tell", won: "win",
};
/** Past tenses that report a wish or a command, not a finished task. */
const NOT_DONE_PAST = /^(?:wanted|needed|decided|tried|planned|hoped|used|liked|loved|added|deleted|removed|created|renamed|changed|updated|forgot|remembered|noticed|reali[sz]ed|wondered|started|thought|meant|asked|marked|completed|finished)$/i;

/** "paid" → "pay", "called" → "called" (stems take it from there); null when it isn't a finished-task verb. */
export function presentOf(verb: string): string | null {
  const lower = verb.toLowerCase();
  if (IRREGULAR_PAST[lower]) return IRREGULAR_PAST[lower];
  return lower.length > 4 && lower.endsWith("ed") && !NOT_DONE_PAST.test(lower) ? lower : null;
}

/** Pairs that name one thing: never split. */
const PAIRS = /\b(?:salt and pepper|bread and butter|mac and cheese|fish and chips|rock and roll|black and white|pros and cons|peanut butter and jelly|r and d|q and a|b and b|cheese and crackers|oil and vinegar|pen and paper|nuts and bolts|odds and ends|arts and crafts|health and safety|terms and conditions|research and development|fruit and veg)\b/i;

const ITEM_BREAK = /\s*,\s*(?:and\s+|&\s+|plus\s+)?|\s+(?:and|&|plus|n)\s+/i;
const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);
const startsWithVerb = (s: string) => TASK_VERBS.has(words(s)[0]?.toLowerCase() ?? "");

/**
 * The titles in one add request. Split into several only when it reads as a list:
 * every piece starts with a verb ("buy milk and call mom"), or no piece does and each is short
 * ("milk, eggs and bread"). A verb phrase that continues past "and" stays one title
 * ("research salt and pepper grinders", "call mom and dad").
 */
export function splitItems(body: string, { single = false } = {}): string[] {
  const text = body.trim();
  if (single || text.includes('"') || PAIRS.test(text)) return [text];
  const pieces = text.split(ITEM_BREAK).map((p) => p.trim()).filter(Boolean);
  if (pieces.length < 2) return [text];
  if (pieces.every(startsWithVerb)) return pieces;
  const hasComma = text.includes(",");
  const short = pieces.every((p) => words(p).length <= (hasComma ? 4 : 3));
  if (!pieces.some(startsWithVerb) && short) return pieces;
  return [text];
}
