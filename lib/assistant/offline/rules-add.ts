import type { Intent } from "./intent-types";
import { mayBeDate } from "./dates";
import { cleanTitle, splitItems, TASK_VERBS } from "./titles";

/** Adding: "add a task to X", "remind me to X", "I need to X", "put X on my list", "buy milk". */

const ADD_VERB = /^(add|create|make|new|put|note(?: down)?|jot(?: down)?|write down|insert|include|capture|stick|pop|enter|save|log)(?:\s*:\s*|\s+|$)(.*)$/i;
const NOUN = /^(?:(a|an|another|one more|the|some|my|two|three|four|five|few|a few|these|those|\d+)\s+)?(?:new\s+|quick\s+)?(task|todo|to-do|item|reminder|entry|note|one|thing)(s)?\b\s*/i;
const PLACE = "(?:my|the|our)\\s+(?:list|tasks|todo list|to-do list|todos|task list|to-dos)";
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

/** "every monday water the plants": a task said repeat first. */
export const REPEAT_FIRST = /^(?:every|each)\s+\S+.*\s\S+/i;
const QUOTED = /^\s*(["'`]).+\1\s*$/;

/** "… to my Work list", "… on the list Travel", "… to it": the list a task goes to, by name. */
const NAMED_LIST = /\s+(?:to|on|onto|in|into|under)\s+(?:my\s+|the\s+|our\s+)?(?:list\s+(?:called\s+|named\s+)?([\p{L}\p{N}][\p{L}\p{N}' &-]{0,40})|([\p{L}\p{N}][\p{L}\p{N}' &-]{0,40}?)\s+list)$/iu;
const LIST_PRONOUN = /\s+(?:to|on|onto|in|into)\s+(it|that|this|there|that list|this list|the new list|the list)$/i;
/** Names that only say "the list": "add it to my to-do list" goes to no list in particular. */
const NO_LIST = /^(?:my|the|our|your|this|that|a|shopping list|to-?do|to do|todos?|tasks?|whole|main|usual|same|new)$/i;
/** "add milk to groceries": "groceries" may be a list (looked up first) or part of the title ("add a trip to paris"). */
const MAYBE_LIST = /^(.+?)\s+to\s+(?:my\s+|the\s+)?([\p{L}][\p{L}\p{N}'-]*(?:\s+[\p{L}][\p{L}\p{N}'-]*)?)$/iu;
/** Verbs whose "to" is a destination, not a list: "add go to the gym", "add send the report to Ana". */
const TO_VERBS = new Set(
  ("go get drive walk run ride fly travel head commute talk speak write send mail post email e-mail text message reply respond " +
    "move take bring give return deliver ship forward submit upload transfer donate sell lend pay explain introduce invite " +
    "show read listen apply add stick pin attach").split(" "),
);
const NOT_LIST_WORD = /^(?:do|be|me|us|him|her|them|you|it|bed|work on|go|see|buy|get|the|a|an)$/i;
/** "@home", "labelled errands", "tagged home and diy": label names said with the task. */
const AT_LABEL = /(?:^|\s)@([\p{L}\p{N}_-]{1,40})(?=\s|$)/gu;
const LABELLED = /\s+(?:labell?ed|tagged)(?:\s+(?:as|with))?\s+([\p{L}\p{N}_-]+(?:(?:\s*,\s*|\s+and\s+)[\p{L}\p{N}_-]+)*)$/iu;

interface Placed {
  body: string;
  list?: string;
  labels?: string[];
  /** The whole body, when `list` is only maybe a list. */
  orTitle?: string;
}

/** The list and labels said with a task to add, taken out of its words. */
export function placed(text: string, adding: boolean): Placed {
  let body = text;
  const labels: string[] = [];
  body = body.replace(AT_LABEL, (_, name: string) => (labels.push(name), "")).trim();
  const labelled = body.match(LABELLED);
  if (labelled) {
    labels.push(...labelled[1]!.split(/\s*,\s*|\s+and\s+/i));
    body = body.slice(0, labelled.index).trim();
  }
  const withLabels = (p: Placed): Placed => (labels.length ? { ...p, labels } : p);
  const pronoun = body.match(LIST_PRONOUN);
  if (pronoun) return withLabels({ body: body.slice(0, pronoun.index).trim(), list: "it" });
  const named = body.match(NAMED_LIST);
  const name = named && (named[1] ?? named[2])!.trim();
  if (named && name && !NO_LIST.test(name)) return withLabels({ body: body.slice(0, named.index).trim(), list: name });
  const maybe = adding && !QUOTED.test(body) ? body.match(MAYBE_LIST) : null;
  const first = maybe?.[1]!.split(/\s+/)[0]!.toLowerCase();
  if (maybe && first && !TO_VERBS.has(first) && !NOT_LIST_WORD.test(maybe[2]!) && !mayBeDate(maybe[2]!) && !/\d/.test(maybe[2]!)) {
    return withLabels({ body: maybe[1]!, list: maybe[2]!, orTitle: cleanTitle(body) });
  }
  return withLabels({ body });
}

function adds(text: string, single: boolean, { adding = false, remind = false } = {}): Intent[] {
  const { body, list, labels, orTitle } = placed(text, adding);
  const items = splitItems(body, { single });
  return items.map((item) => ({
    kind: "add" as const,
    title: cleanTitle(item),
    ...(QUOTED.test(item) && { verbatim: true as const }),
    ...(list && { list }),
    ...(labels && { labels }),
    ...(remind && { remind: true as const }),
    // Only a single task can fall back to being the whole phrase.
    ...(orTitle && items.length === 1 && { orTitle }),
  }));
}

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
    const listy = !!noun || !!placeFirst || !!placeLast || /^\w+(?: down)?\s*:/i.test(clause) || NAMED_LIST.test(body) || LIST_PRONOUN.test(body);
    if (word === "add" || listy) {
      if (!body || /^(?:a |an )?(?:task|todo|item|something|one)s?$/i.test(body)) return { intents: [{ kind: "add", title: "" }] };
      return { intents: adds(body, single, { adding: word === "add" && !noun?.[2]?.match(/^(?:task|todo|to-do|item|reminder|entry)$/i) }) };
    }
  }
  const need = clause.match(NEEDS);
  if (need) return COMMAND.test(need[1]!) ? { reparse: need[1]! } : { intents: adds(need[1]!, false, { remind: /^remind me\b/i.test(clause) }) };
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
