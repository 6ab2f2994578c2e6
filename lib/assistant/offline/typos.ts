import { distance } from "fastest-levenshtein";

/**
 * Typos in command words ("delte", "compelte", "tsak", "mnay", "shwo") are corrected where a
 * command word is expected: the first word of a clause, a word after a determiner or a command
 * word near the start ("add a tsak", "how mnay tsaks"), and the last word of a clause that is
 * not adding a task ("mark 3 dnoe"). A title's words are never corrected: they are not in those
 * places, and real words that sit one letter from a command word ("shop", "mask", "clean") are
 * left alone.
 */

const VERBS = [
  "add", "create", "show", "list", "display", "view", "delete", "remove", "complete", "finish", "finished",
  "completed", "mark", "rename", "change", "update", "edit", "restore", "recover", "undelete", "undo", "help",
  "search", "find", "count", "reopen", "uncheck", "cancel", "check", "remind", "remember", "what's", "whats",
  "what", "which", "how", "bring", "please", "thanks", "hello", "describe", "cross", "tick", "clear", "give",
  "move", "postpone", "reschedule", "undate", "prioritize", "prioritise", "label", "untag", "unlabel", "snooze", "skip", "stop",
  "repeat", "lists",
];
const NOUNS = ["task", "tasks", "todo", "todos", "pending", "completed", "deleted", "done", "everything", "anything", "finished", "repeating", "reminder"];
const ENDINGS = ["done", "complete", "completed", "finished", "pending", "task", "tasks", "deleted", "trash", "urgent", "priority", "overdue"];

/** Short forms people type for command words; only ever applied to the first word of a clause. */
const SHORT: Record<string, string> = {
  ad: "add", addd: "add", adds: "add", shw: "show", sho: "show", lst: "list", del: "delete", rm: "delete", rmv: "remove", pls: "please",
  plz: "please", adding: "add", creating: "create", deleting: "delete", removing: "remove", marking: "mark", showing: "show",
  listing: "list", renaming: "rename", restoring: "restore", tagg: "tag", tga: "tag", skp: "skip", stp: "stop", snoze: "snooze", snoz: "snooze", helo: "hello", hallo: "hello", hii: "hi", heyy: "hey", thx: "thanks", ty: "thanks", wat: "what", wats: "what's", hw: "how", cmplt: "complete",
};

/** Real words one letter from a command word: never "corrected". */
const REAL_WORDS = new Set(
  ("shop shot shoe snow slow stow lost last lust lint lisp lift remote compete finnish mask mart mars murk mare " +
    "charge chance unto hell held helm hemp heap yelp fine fund fond fins court county cheek chick chuck rewind " +
    "being brine brink thinks hells crows tuck tack tock clean cleat dine dune dole dope dote dome emit gave tusk " +
    "talk tank tall talks tanks tacks tusks competed depleted mint mist wheat when whet chat thank " +
    "more mode mole mope movie moved mover moves").split(" "),
);

const KNOWN = new Set([...VERBS, ...NOUNS, ...ENDINGS, ...Object.values(SHORT)]);
/** After these, a task noun or a status word is expected ("my tsaks", "a tsak", "many tsaks"). */
const LEADS_TO_NOUN = new Set(["a", "an", "the", "my", "all", "any", "new", "another", "some", "this", "that", "these", "those", "me", "of", "many", ...VERBS]);
const ADDING = /^(?:add|create|remind|remember|note|put|make|new|jot|write|i|i'm|i've|don't|dont|need|todo|save|capture|buy)$/i;

/** Edit distance where swapping two neighbouring letters counts as one edit ("tsak" → "task"). */
export function typoDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === b.length) {
    let first = -1;
    let diffs = 0;
    for (let i = 0; i < a.length && diffs <= 2; i++) {
      if (a[i] !== b[i]) {
        if (first < 0) first = i;
        diffs++;
      }
    }
    if (diffs === 2 && a[first] === b[first + 1] && a[first + 1] === b[first]) return 1;
  }
  return distance(a, b);
}

/** Close enough to be a typo of `word`: same first letter, one edit (two for long words). */
export function isTypoOf(typed: string, word: string): boolean {
  if (typed.length < 4 || word.length < 4 || typed[0] !== word[0]) return false;
  if (Math.abs(typed.length - word.length) > 2) return false;
  return typoDistance(typed, word) <= (word.length >= 7 ? 2 : 1);
}

function closest(typed: string, vocabulary: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const word of vocabulary) {
    if (!isTypoOf(typed, word)) continue;
    const d = typoDistance(typed, word);
    if (d < bestDistance) [best, bestDistance] = [word, d];
  }
  return best;
}

function correctWord(word: string, vocabulary: readonly string[], short: boolean): string {
  const lower = word.toLowerCase();
  if (KNOWN.has(lower) || REAL_WORDS.has(lower) || /\d/.test(lower)) return word;
  if (short && SHORT[lower]) return SHORT[lower];
  return closest(lower, vocabulary) ?? word;
}

const PIECES = /[\p{L}\p{N}'#]+|[^\p{L}\p{N}'#]+/gu;
const IS_WORD = /^[\p{L}\p{N}'#]+$/u;

/** The clause with its command words spelled right; everything else exactly as typed. */
export function correctTypos(clause: string): string {
  const pieces = clause.match(PIECES) ?? [];
  const words: number[] = [];
  pieces.forEach((p, i) => {
    if (IS_WORD.test(p)) words.push(i);
  });
  if (words.length === 0 || clause.includes('"')) return clause;

  const first = words[0]!;
  pieces[first] = correctWord(pieces[first]!, VERBS, true);
  if (/^(?:i|i've|ive|i'm|im)$/i.test(pieces[first]!) && words[1] !== undefined) {
    pieces[words[1]] = correctWord(pieces[words[1]]!, [...VERBS, "need", "have"], false);
  }
  for (let w = 1; w < Math.min(words.length, 5); w++) {
    const before = pieces[words[w - 1]!]!.toLowerCase();
    if (!LEADS_TO_NOUN.has(before)) continue;
    const vocabulary = before === "how" ? ["many", "much"] : NOUNS;
    pieces[words[w]!] = correctWord(pieces[words[w]!]!, vocabulary, false);
  }
  const last = words[words.length - 1]!;
  if (words.length > 1 && !ADDING.test(pieces[first]!)) pieces[last] = correctWord(pieces[last]!, ENDINGS, false);
  return pieces.join("");
}
