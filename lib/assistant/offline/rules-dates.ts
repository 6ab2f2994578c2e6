import { parseQuickAdd } from "@/lib/quick-add";
import { dueWordsOf, mayBeDate, priorityOf, RECURRENCE_CUE } from "./dates";
import type { Change, Intent } from "./intent-types";
import type { TaskRef } from "./refs";
import { refsIn } from "./rules-change";
import { cleanTitle } from "./titles";
import type { PlanContext } from "./steps";

/**
 * Due dates and priorities of existing tasks: "move the dentist to friday", "task 5 is due on the
 * 15th", "remove the date from 4", "make task 2 urgent", "lower the priority of the gym task".
 * A phrase counts as a date only when the quick-add parser reads the whole of it as one.
 */

const changeOf = (refs: TaskRef[] | null, change: Change): Intent | null => (refs ? { kind: "change", change, refs } : null);
/** "make task 3 repeat" with no words for how: asked about. */
const REPEAT: Intent = { kind: "cannot", what: "recurrence" };

// Clearing the date.
const DATE_WORD = "(?:due dates?|dues?|dates?|deadlines?|schedule)";
const CLEAR: RegExp[] = [
  new RegExp(`^(?:remove|clear|delete|drop|unset|erase|get rid of|take off|take away|strip)\\s+(?:the\\s+)?${DATE_WORD}\\s+(?:from|of|on|for|off)\\s+(.+)$`, "i"),
  new RegExp(`^(.+?)\\s+(?:has|have|needs|should have|gets)\\s+no\\s+${DATE_WORD}(?:\\s+(?:anymore|any more|now))?$`, "i"),
  new RegExp(`^(.+?)\\s+(?:doesn'?t|does not|don'?t|do not)\\s+(?:have|need)\\s+(?:a\\s+)?${DATE_WORD}(?:\\s+(?:anymore|any more))?$`, "i"),
  /^(?:undate|un-date|unschedule|un-schedule)\s+(.+)$/i,
  /^(?:make|mark|set)\s+(.+?)\s+(?:as\s+)?(?:undated|unscheduled)$/i,
];

// Priorities.
const PRIO =
  "(?:p[1-4]|![1-4]|priority:?\\s*(?:[1-4]|one|two|three|four|highest|high|top|medium|normal|lowest|low|none)|(?:top|highest|high|medium|normal|lowest|low|no)[\\s-]priority|(?:very |really |super )?(?:urgent|important)|not (?:urgent|important)|an? (?:top )?priority|top|highest|high|medium|normal|lowest|low)";
const PRIORITY: RegExp[] = [
  /^(?:set|change|update|make|put|raise|lower|give)\s+(?:the\s+)?priority\s+(?:of|for|on)\s+(.+?)\s+(?:to|as|at)\s+(.+)$/i,
  /^(?:set|change|update|raise|lower)\s+(.+?)'s\s+priority\s+(?:to|as|at)\s+(.+)$/i,
  /^give\s+(.+?)\s+(?:an?\s+)?((?:priority\s+(?:of\s+)?)?\S+(?:\s+priority)?)$/i,
  new RegExp(`^(?:make|set|mark|flag|change|put|turn|switch|update|bump|move)\\s+(.+?)\\s+(?:to\\s+|as\\s+|at\\s+|into\\s+|in\\s+)?(?:an?\\s+)?(${PRIO})(?:\\s+now)?$`, "i"),
  new RegExp(`^(.+?)\\s+(?:is|are|'s|should be|is now|becomes|must be|needs to be)\\s+(?:now\\s+)?(?:an?\\s+)?(${PRIO})(?:\\s+now)?$`, "i"),
  /^(.+?)\s+(?:is not|isn'?t|are not|aren'?t)\s+(urgent|important|a priority|high priority)(?:\s+(?:anymore|any more))?$/i,
];
const NOT_WORDS = /^(?:urgent|important|a priority|high priority)$/i;
const UP = "(?:raise|increase|bump up|boost|upgrade|escalate|up)";
const DOWN = "(?:lower|decrease|reduce|drop|downgrade|lessen)";
const RELATIVE: RegExp[] = [
  new RegExp(`^(${UP}|${DOWN})\\s+(?:the\\s+)?priority\\s+(?:of|for|on)\\s+(.+)$`, "i"),
  new RegExp(`^(${UP}|${DOWN})\\s+(.+?)'s\\s+priority$`, "i"),
  new RegExp(`^(${UP}|${DOWN})\\s+(.+?)\\s+in\\s+priority$`, "i"),
];
const RELATIVE_MAKE = /^(?:make|set|put)\s+(.+?)\s+(?:a\s+)?(higher|lower|more urgent|less urgent|more important|less important)(?:\s+priority)?$/i;
const PRIORITISE = /^(prioriti[sz]e|deprioriti[sz]e|de-prioriti[sz]e)\s+(.+)$/i;

// Moving to a date. Verbs that also start a task ("move the couch on saturday") take only "to".
const MOVE = /^(move|push|shift|bump|postpone|reschedule|re-schedule|defer|delay|put off|change|set|update|switch)\s+(.+)$/i;
const PARTICLE = "(?:(?:back|forward|out|off|over|ahead|up)\\s+)?";
const TO_ONLY = new RegExp(`\\s+${PARTICLE}(?:to|until|till|til|into)\\s+`, "gi");
const ANY_CONNECTOR = new RegExp(`\\s+${PARTICLE}(?:to|until|till|til|into|for|on|by)\\s+`, "gi");
const SETTING_CONNECTOR = /\s+(?:to|for)\s+/gi;
const POSTPONING = /^(?:postpone|reschedule|re-schedule|defer|delay|put off)$/i;
const SETTING = /^(?:change|set|update|switch)$/i;
/** After "set"/"change", only something that reads as a task: "set up a meeting for friday" is not a move. */
const LOOKS_LIKE_TASK = /^(?:the|my|that|this|our)\s|\btask\b|^#?\s*\d|^(?:it|them|both)$/i;

const DUE_SAID = /^(?:(?:make|set|mark)\s+)?(.+?)\s+(?:is|are|'s|should be|will be|is now|gets)\s+(?:now\s+)?(?:due|due date is|deadline is)\s*:?\s+(.+)$/i;
const DUE_BARE = /^(?:(?:make|set|mark)\s+)?((?:task\s*|#)\s*\d+|\d+)\s+(?:due|deadline)\s*:?\s+(.+)$/i;
const MAKE_DUE = /^(?:make|set|mark)\s+(.+?)\s+due\s+(.+)$/i;
const DONE_BY = /^(.+?)\s+(?:needs|has|have|need|must|should)\s+(?:to\s+)?be\s+(?:done|finished|completed|ready|submitted|sent|paid)\s+(?:by|on|before)\s+(.+)$/i;
/** "the meeting is on thursday", "the dentist was moved to friday": said of the task, the date as words. */
const IS_ON = /^(.+?)\s+(?:is|are|'s|has been|have been|was|were)\s+(?:now\s+|actually\s+)?(?:moved\s+|pushed\s+(?:back\s+)?|postponed\s+|rescheduled\s+|delayed\s+)?(?:to|on|for|until|till)\s+(.+)$/i;
const SET_DATE: RegExp[] = [
  new RegExp(`^(?:set|change|update|move|make|put|give|add)\\s+(?:the\\s+|a\\s+)?${DATE_WORD}\\s+(?:of|for|on|to)\\s+(.+?)(?:\\s+(?:to|as|for|on|at)\\s+|\\s*:\\s*)(.+)$`, "i"),
  new RegExp(`^(?:set|change|update|move)\\s+(.+?)'s\\s+${DATE_WORD}\\s+(?:to|for|as)\\s+(.+)$`, "i"),
  new RegExp(`^(?:give|set)\\s+(.+?)\\s+an?\\s+${DATE_WORD}(?:\\s+of|\\s+for|\\s+on|\\s*:)?\\s+(.+)$`, "i"),
];
const MAKE_REPEAT = /^(?:make|set|have|let)\s+(.+?)\s+(?:to\s+)?(?:repeat|recur|be recurring|be repeating|recurring|repeating)\b|^(.+?)\s+(?:should|must|needs to|has to)\s+(?:repeat|recur)\b/i;

function cleared(clause: string): Intent | null {
  for (const p of CLEAR) {
    const found = changeOf(refsIn(clause.match(p)?.[1]), { verb: "due", due: "none" });
    if (found) return found;
  }
  return null;
}

function prioritised(clause: string): Intent | null {
  for (const p of PRIORITY) {
    const m = clause.match(p);
    if (!m) continue;
    const priority = p === PRIORITY.at(-1) && NOT_WORDS.test(m[2]!) ? 4 : priorityOf(m[2]!);
    const found = priority ? changeOf(refsIn(m[1]), { verb: "priority", priority }) : null;
    if (found) return found;
  }
  for (const p of RELATIVE) {
    const m = clause.match(p);
    const found = m && changeOf(refsIn(m[2]), { verb: "priority", priority: new RegExp(`^${DOWN}$`, "i").test(m[1]!) ? "down" : "up" });
    if (found) return found;
  }
  const made = clause.match(RELATIVE_MAKE);
  if (made) return changeOf(refsIn(made[1]), { verb: "priority", priority: /^(?:lower|less)/i.test(made[2]!) ? "down" : "up" });
  const prioritise = clause.match(PRIORITISE);
  return prioritise ? changeOf(refsIn(prioritise[2]), { verb: "priority", priority: /^de/i.test(prioritise[1]!) ? 4 : 1 }) : null;
}

/** "move the dentist to friday": every "to" is tried, so "move the trip to paris to friday" works. */
function moved(clause: string, ctx: PlanContext): Intent | null {
  const m = clause.match(MOVE);
  if (!m) return null;
  const [verb, rest] = [m[1]!, m[2]!];
  const connectors = SETTING.test(verb) ? SETTING_CONNECTOR : POSTPONING.test(verb) ? ANY_CONNECTOR : TO_ONLY;
  for (const c of rest.matchAll(connectors)) {
    const ref = rest.slice(0, c.index).trim();
    if (SETTING.test(verb) && !LOOKS_LIKE_TASK.test(ref)) return null;
    const words = rest.slice(c.index + c[0].length);
    if (RECURRENCE_CUE.test(words) && mayBeDate(words)) return changeOf(refsIn(ref), { verb: "repeat", recurrence: words.trim() });
    const due = dueWordsOf(words, ctx);
    if (due) return changeOf(refsIn(ref), { verb: "due", due });
  }
  // "postpone the dentist friday": the date ends the message, with no word before it.
  if (!POSTPONING.test(verb) || !mayBeDate(rest)) return null;
  const parsed = parseQuickAdd(rest, ctx);
  const dates = parsed.tokens.filter((t) => t.kind === "due");
  if (dates.length === 0 || parsed.tokens.length !== dates.length || dates.at(-1)!.end < rest.replace(/[\s.!?]+$/, "").length) return null;
  const due = dueWordsOf(dates.map((t) => t.text).join(" "), ctx);
  return due ? changeOf(refsIn(parsed.title), { verb: "due", due }) : null;
}

// Moving to a list: "move task 4 to travel", "put task 3 on my work list".
const LIST_NAME = "([\\p{L}\\p{N}][\\p{L}\\p{N}' &-]{0,40}?)";
const TO_LIST = new RegExp(`^(?:move|shift|transfer|file|send|put|stick)\\s+(.+?)\\s+(?:to|into|in|onto|on|under)\\s+(?:my\\s+|the\\s+|our\\s+)?(?:list\\s+(?:called\\s+|named\\s+)?${LIST_NAME}|${LIST_NAME}\\s+list)$`, "iu");
const TO_NAME = /^(?:move|shift|transfer)\s+(.+?)\s+(?:to|into)\s+(?:my\s+|the\s+)?([\p{L}][\p{L}\p{N}'-]*(?:\s+[\p{L}][\p{L}\p{N}'-]*)?)$/iu;
/** Words that say "the list" or a time, never a list's name. */
const NOT_A_LIST = /^(?:to-?do|to do|todos?|tasks?|whole|main|trash|bin|top|bottom|end|start|front|back|later|someday|next|done|pending|completed|the top|the bottom)$/i;
/** "put milk on the groceries list" adds milk: "put" moves only a task said by its number or as "it". */
const PUT_TASK = /^(?:task\s*)?#?\d+$|^(?:it|that|this|them|those)$|\btask\b/i;

function movedToList(clause: string, ctx: PlanContext): Intent | null {
  const m = clause.match(TO_LIST);
  const named = m ? (m[2] ?? m[3])!.trim() : null;
  if (m && named && !NOT_A_LIST.test(named) && (!/^(?:put|stick)\b/i.test(clause) || PUT_TASK.test(m[1]!.trim()))) {
    return changeOf(refsIn(m[1]), { verb: "move", list: named });
  }
  const bare = clause.match(TO_NAME);
  if (!bare || NOT_A_LIST.test(bare[2]!) || mayBeDate(bare[2]!) || dueWordsOf(bare[2]!, ctx)) return null;
  return changeOf(refsIn(bare[1]), { verb: "move", list: bare[2]!, orTitle: cleanTitle(clause) });
}

function dueSaid(clause: string, ctx: PlanContext): Intent | null {
  for (const p of [...SET_DATE, DUE_SAID, DUE_BARE, MAKE_DUE, DONE_BY, IS_ON]) {
    const m = clause.match(p);
    const due = m && dueWordsOf(m[2]!, ctx);
    const found = due ? changeOf(refsIn(m![1]), { verb: "due", due }) : null;
    if (found) return found;
  }
  return null;
}

export function matchSchedule(clause: string, ctx: PlanContext): Intent | null {
  const repeat = clause.match(MAKE_REPEAT);
  if (repeat && refsIn(repeat[1] ?? repeat[2])) return REPEAT;
  return cleared(clause) ?? prioritised(clause) ?? dueSaid(clause, ctx) ?? moved(clause, ctx) ?? movedToList(clause, ctx);
}
