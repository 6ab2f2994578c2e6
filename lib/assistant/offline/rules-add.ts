import type { Intent } from "./intent-types";
import { cleanTitle, splitItems, TASK_VERBS } from "./titles";

/** Adding: "add a task to X", "remind me to X", "I need to X", "put X on my list", "buy milk". */

const ADD_VERB = /^(add|create|make|new|put|note(?: down)?|jot(?: down)?|write down|insert|include|capture|stick|pop|enter|save|log)(?:\s*:\s*|\s+|$)(.*)$/i;
const NOUN = /^(?:(a|an|another|one more|the|some|my|two|three|four|five|few|a few|these|those|\d+)\s+)?(?:new\s+|quick\s+)?(task|todo|to-do|item|reminder|entry|note|one|thing)(s)?\b\s*/i;
const PLACE = "(?:my|the|our)\\s+(?:list|tasks|todo list|to-do list|todos|task list|shopping list|to-dos)";
const PLACE_FIRST = new RegExp(`^(?:(?:to|on|onto|in|into)\\s+${PLACE})\\s*`, "i");
const PLACE_LAST = new RegExp(`\\s+(?:to|on|onto|in|into)\\s+${PLACE}$|\\s+as\\s+(?:a|an)\\s+(?:new\\s+)?(?:task|todo|item)$`, "i");
const CONNECTOR = /^(?:to\s+|:\s*|-\s*|called\s+|named\s+|titled\s+|for\s+|that says\s+|saying\s+|about\s+|reading\s+)/i;

const NEEDS = /^(?:remind me to|remind me about|remind me|i need to remember to|i have to remember to|i must remember to|remember to|i need to remember|remember|don'?t forget to|do not forget to|don'?t let me forget to|i need to|i have to|i'?ve got to|ive got to|i got to|i gotta|i must|i should|i ought to|i want to|i'?d like to|i would like to|need to|have to|gotta|must|we need to|we have to|we should|we must|(?:todo|to-do|to do|task)\s*:)\s*:?\s+(.+)$/i;
const WANTS = /^(?:i|we) need\s+(?!to\b|help\b|you\b|a break\b|some help\b|more time\b)(.+)$/i;
const OUT_OF = /^(?:we'?re|we are|i'?m|i am|we'?ve|we have|i'?ve|i have)\s+(?:run\s+)?(?:out of|running (?:low on|out of)|low on|almost out of|no more)\s+(.+)$/i;
/** "move task 3 to tomorrow" talks about task 3: it is never itself a new task. */
const NUMBERED = /\btasks?\s*#?\s*\d|#\d/i;
const COMMAND = /^(?:add|create|delete|remove|mark|rename|restore|show|list|find|search|see my|view|undo|reopen|uncheck|(?:change|update|edit) (?:task|#|\d))/i;
/** Verbs that start a task but are also commands, or chat: never a bare add. */
const NOT_BARE = new Set(["check", "finish", "cancel", "change", "update", "see", "tell", "throw", "back"]);

const QUOTED = /^\s*(["'`]).+\1\s*$/;

const adds = (body: string, single: boolean): Intent[] =>
  splitItems(body, { single }).map((item) => ({ kind: "add", title: cleanTitle(item), ...(QUOTED.test(item) && { verbatim: true }) }) as const);

/**
 * The add intents of one clause: one per title, or a single add with an empty title when the
 * request names no task ("add a task"). `reparse` is set when the words after "I need to" are
 * themselves a request ("I need to delete task 3").
 */
export function matchAdd(clause: string): { intents: Intent[] } | { reparse: string } | null {
  const verb = clause.match(ADD_VERB);
  if (verb) {
    const word = verb[1]!.toLowerCase();
    let body = verb[2]!.trim();
    const noun = body.match(NOUN);
    const single = !!noun && !noun[3] && /^(?:a|an|another|one more)$/i.test(noun[1] ?? "");
    if (noun && (noun[1] || noun[2]!.match(/^(?:task|todo|to-do|item|reminder|entry)$/i))) body = body.slice(noun[0].length);
    const placeFirst = body.match(PLACE_FIRST);
    if (placeFirst) body = body.slice(placeFirst[0].length);
    body = body.replace(CONNECTOR, "");
    const placeLast = body.match(PLACE_LAST);
    if (placeLast) body = body.slice(0, placeLast.index).trim();
    const listy = !!noun || !!placeFirst || !!placeLast || /^\w+(?: down)?\s*:/i.test(clause);
    if (word === "add" || listy) {
      if (!body || /^(?:a |an )?(?:task|todo|item|something|one)s?$/i.test(body)) return { intents: [{ kind: "add", title: "" }] };
      return { intents: adds(body, single) };
    }
  }
  const need = clause.match(NEEDS);
  if (need) return COMMAND.test(need[1]!) ? { reparse: need[1]! } : { intents: adds(need[1]!, false) };
  const want = clause.match(WANTS);
  if (want) return { intents: adds(want[1]!, false) };
  const out = clause.match(OUT_OF);
  return out ? { intents: splitItems(out[1]!).map((item) => ({ kind: "add", title: cleanTitle(`buy ${item}`) }) as const) } : null;
}

/** A clause that simply is a task ("buy milk", "call mom and pay rent"); never a question. */
export function matchBareAdd(clause: string, question: boolean): Intent[] | null {
  const words = clause.split(/\s+/);
  const first = words[0]!.toLowerCase();
  if (question || words.length < 2 || !TASK_VERBS.has(first) || NOT_BARE.has(first) || NUMBERED.test(clause)) return null;
  return adds(clause, false);
}
