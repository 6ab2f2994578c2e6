import type { Intent, ListFilter, Status } from "./intent-types";
import { parseRefs, refWords } from "./refs";
import { filterOf, placeOf } from "./rules-when";
import type { PlanContext } from "./steps";
import { presentOf } from "./titles";

/** Seeing, counting and searching: "what's pending?", "how many are done?", "find anything about mom". */

const TRASH = /\b(?:trash|bin|deleted|removed|delete|deleting|remove|removing|thrown away|thrown out|got rid of)\b/i;
const PENDING = /\b(?:pending|left|remaining|outstanding|open|incomplete|unfinished|undone|not (?:yet )?(?:done|finished|completed)|(?:to ?do|to-do)(?!s|\s+list)|still|upcoming|active|on my plate|ahead|next|should i do|due)\b/i;
const COMPLETED = /\b(?:done|completed|complete|finished|accomplished|ticked off|checked off|crossed off|achieved|did i (?:do|finish|complete)|got done|have i (?:done|finished|completed))\b/i;

export function statusOf(text: string): Status {
  if (TRASH.test(text)) return "trash";
  if (PENDING.test(text)) return "pending";
  if (COMPLETED.test(text)) return "completed";
  return "all";
}

const COUNT = /^(?:how (?:many|much)|count|number of|total number of|tally|what'?s my (?:task )?count|task count)\b(.*)$/i;

const SEARCH_VERB = /^(?:find|search(?: for| through)?|look (?:for|up)|lookup|locate|grep|where(?:'s| is| are)|wheres|is there (?:a |any )?(?:task|todo|anything|something)?\s*(?:about|for|with|called|named|mentioning)?|do i have (?:a |any )?(?:task|tasks|todo|anything|something)\s*(?:about|for|with|called|named|mentioning)|(?:show|list|give)(?: me)? (?:all |any )?(?:tasks?|todos?|everything|anything|stuff|items?)\s+(?:about|with|for|mentioning|containing|regarding|related to|on|called|named|that (?:mention|say|contain)s?)|any(?:thing)?(?: tasks?| todos?)?\s+(?:about|with|for|mentioning|regarding|related to|on|called|named))\s+(.+)$/i;
const SEARCH_LEAD = /^(?:(?:any|all|the|my)\s+)?(?:(?:tasks?|todos?|anything|everything|something|stuff|items?|ones?)\s+)?(?:(?:about|with|for|mentioning|containing|regarding|related to|on|called|named|titled|that (?:mentions?|says?|contains?))\s+)?/i;
const ON_MY_LIST = /^is\s+(.+?)\s+(?:on|in)\s+(?:my|the)\s+(?:list|tasks)$/i;

const LIST_VERB = /^(?:show|list|display|see|view|give|get|read|print|open|pull up|bring up|review|check|go through|what(?:'s| is| are| do| did| have| should| was| were|s)?|which|whats|anything|any|do i have|have i got|is there anything|are there any|tell me)\b/i;
const LIST_WORDS = /^(?:(?:me|us)\s+)?(?:(?:all|everything|every|of|my|the|your|our|a|list of|current|full|entire|whole|complete|today'?s)\s+)*(?:tasks?|todos?|to-?dos?|to-do list|todo list|list|items?|things|stuff|everything|agenda|overview|summary|status|trash|bin|deleted(?: tasks| ones| items)?|pending(?: tasks| ones| items)?|completed(?: tasks| ones| items)?|done(?: tasks| ones| items)?|finished(?: tasks| ones| items)?|open(?: tasks| ones| items)?)?(?:\s+(?:again|please|now|so far|(?:for |from |due )?today|this week|in (?:the|my) (?:trash|bin)|on (?:my|the) list))*$/i;
const BARE_LIST = /^(?:my\s+)?(?:tasks|todos|to-?do list|todo list|list|agenda|pending|completed|trash|bin|pending tasks|open tasks|completed tasks|done tasks|deleted tasks|everything)$/i;
const ABOUT = /\b(?:about|mentioning|regarding|related to|containing|that mention|with the words?)\s+(.+)$/i;
const DETAILS = /\s+(?:details|info|information|description|notes)$/i;
const SHOWING = /^(?:show|list|display|view|what|which|whats|tell|give)/i;
const QUESTION = /^(?:what|which|whats|anything|any|do i have|have i got|is there|are there|tell me)\b/i;

function search(words: string, clause: string): Intent | null {
  const cleaned = refWords(words.replace(SEARCH_LEAD, ""));
  if (!cleaned || /^(?:tasks?|todos?|anything|everything|something|stuff)$/i.test(cleaned)) return null;
  const refs = parseRefs(cleaned.replace(DETAILS, ""));
  if (refs && refs.every((r) => "number" in r)) return { kind: "show", refs };
  const status = statusOf(clause.replace(words, ""));
  return { kind: "search", words: cleaned, status };
}

/** "did I pay the rent?": a look for that task (its line says whether it's done). */
const DID_I = /^(?:did|have|has)\s+(?:i|we|my)\s+(?:already\s+|ever\s+)?([a-z]+)\s+(.+)$/i;
/** "overdue tasks", "today's tasks", "tasks due friday", "due today?": a filter said without a verb. */
const FILTER_PHRASE =
  /^(?:(?:my|all|the|any)\s+)?(?:overdue|upcoming|urgent|undated|unscheduled|important|today'?s|tomorrow'?s|this week'?s|next week'?s|(?:high|top|low|medium)[\s-]priority|p[1-4])(?:\s+(?:tasks?|todos?|items?|stuff|things|ones|list))?$|^(?:(?:my|all|the|any)\s+)?(?:tasks?|todos?|items?|anything|everything|stuff|things)\s+(?:due|with|without|that|which|for|on|overdue|coming)\b|^(?:due|overdue)\b/i;
/** What a question with a filter lists: pending tasks, unless it asks for done ones too (or only). */
const WITH_DONE = /\b(?:including|incl\.?|with|and|plus)\s+(?:the\s+)?(?:done|completed|finished)(?:\s+ones)?\b|\bdone or not\b/i;
const filteredStatus = (status: Status, text: string): Status => (WITH_DONE.test(text) ? "all" : status === "all" ? "pending" : status);

function filtered(kind: "list" | "count", status: Status, text: string, ctx: PlanContext): Intent | null {
  const filter: ListFilter | null = filterOf(text, WITH_DONE.test(text) ? "all" : status, ctx);
  return filter ? { kind, status: filteredStatus(status, text), filter } : null;
}

/** "when is the dentist due?": a look for that task, whose line shows its date. */
const WHEN_DUE = /^when(?:'s| is| are| was|s)\s+(.+?)\s+(?:due|scheduled|happening|planned)(?:\s+again)?$/i;

/** "give task 1 a deadline of friday", "set the priority of 3": a change, however "give" starts. */
const SETTING = /^(?:give|set|get)\s+.*\b(?:a|an|the)\s+(?:deadline|due date|priority)\b/i;
/** Searches asked as a question ("is there anything due today?") that name only a filter are lists. */
const ASKED_SEARCH = /^(?:is there|are there|do i have|any)\b/i;
const NAMING = /\b(?:about|called|named|titled|mentioning|regarding|containing|with the words?)\b/i;

/** A question about tasks in a list or with a label: "what's in my work list?", "show everything labelled home". */
const PLACE_QUESTION = /^(?:show|list|display|see|view|give|get|read|open|pull up|bring up|check|what|which|whats|anything|any|do i have|is there|are there|tell me|how many|count|my|the|our|all|everything|tasks?|todos?|items?|stuff|things)\b/i;

function placed(clause: string, ctx: PlanContext): Intent | null {
  if (!PLACE_QUESTION.test(clause)) return null;
  const place = placeOf(clause);
  if (!place) return null;
  const counting = COUNT.test(place.rest);
  const status = statusOf(place.rest);
  const day = filterOf(place.rest, status === "all" ? "pending" : status, ctx);
  const { rest: _, ...where } = place;
  const filter: ListFilter = day ? { ...day, ...where, words: `${day.words} ${where.words}` } : where;
  return { kind: counting ? "count" : "list", status: filteredStatus(status, place.rest), filter };
}

export function matchRead(clause: string, ctx: PlanContext): Intent | null {
  if (SETTING.test(clause)) return null;
  const place = placed(clause, ctx);
  if (place) return place;
  const when = clause.match(WHEN_DUE);
  if (when) return search(when[1]!, clause);
  const did = clause.match(DID_I);
  if (did) return search(`${presentOf(did[1]!) ?? did[1]} ${did[2]}`, clause);

  const counted = clause.match(COUNT);
  if (counted) return filtered("count", statusOf(counted[1]!), counted[1]!, ctx) ?? { kind: "count", status: statusOf(counted[1]!) };

  const searched = clause.match(SEARCH_VERB) ?? clause.match(ON_MY_LIST);
  if (searched && ASKED_SEARCH.test(clause) && !NAMING.test(clause)) {
    const asked = filtered("list", statusOf(clause), searched[1]!, ctx);
    if (asked) return asked;
  }
  if (searched) return search(searched[1]!, clause);

  if (BARE_LIST.test(clause)) return { kind: "list", status: statusOf(clause) };
  if (FILTER_PHRASE.test(clause)) {
    const phrase = filtered("list", statusOf(clause), clause, ctx);
    if (phrase) return phrase;
  }
  const verb = clause.match(LIST_VERB);
  if (!verb) return null;
  const rest = clause.slice(verb[0].length).trim();
  // "show me what's pending", "tell me how many are done": the question itself.
  const asked = rest.replace(/^(?:me|us)\s+/i, "");
  if (/^(?:show|list|display|view|tell|give)/i.test(verb[0]) && /^(?:what|which|how|whats|anything)\b/i.test(asked)) return matchRead(asked, ctx);
  const status = statusOf(clause);
  const numbers = SHOWING.test(verb[0]) ? parseRefs(rest.replace(/^(?:(?:me|us|in|on|for|about)\s+)+/i, "").replace(DETAILS, "")) : null;
  if (numbers?.every((r) => "number" in r)) return { kind: "show", refs: numbers };
  const dated = filtered("list", status, rest, ctx);
  if (dated) return dated;
  if (!rest || LIST_WORDS.test(rest)) return { kind: "list", status };
  const about = rest.match(ABOUT);
  if (about) return search(about[1]!, clause);
  // A question about the list ("what do I still have to do", "what did I delete") is a list.
  if (QUESTION.test(clause) && (status !== "all" || /\b(?:tasks?|todos?|list|plate|agenda|have)\b/i.test(rest))) {
    if (!/\b(?:about|mention|mentions|mentioning|containing|regarding|called|named)\b/i.test(rest)) return { kind: "list", status };
  }
  // "show the meeting task", "show task 3": a search for those words.
  if (/^(?:show|list|display|view|pull up|bring up)\b/i.test(verb[0])) return search(rest.replace(/^(?:me|us)\s+/i, ""), clause);
  return null;
}
