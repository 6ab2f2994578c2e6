import { extractRecurrence } from "@/lib/recurrence";
import type { Change, Intent } from "./intent-types";
import { refsIn } from "./rules-change";
import type { PlanContext } from "./steps";
import { cleanTitle, splitItems } from "./titles";

/**
 * Lists, labels, repeats and reminders of existing tasks: "create a list called Reading", "what
 * lists do I have", "tag task 2 with urgent", "make the report repeat every friday", "stop
 * repeating the gym task", "skip this week's standup", "remind me 30 minutes before the dentist",
 * "snooze the dentist reminder for an hour".
 */

const changeOf = (phrase: string | undefined, change: Change): Intent | null => {
  const refs = refsIn(phrase);
  return refs ? { kind: "change", change, refs } : null;
};

// Lists.
const LISTS =
  /^(?:(?:show|list|see|view|display|give|get|tell)(?: me)?(?: all)?(?: of)?\s+(?:my\s+|the\s+|all\s+(?:my\s+|the\s+)?)?lists|(?:what|which)(?:'s| are| is)?\s+(?:my\s+|the\s+)?lists(?:\s+(?:do i have|have i got|are there|i have|exist|there are))?|(?:what|which)\s+lists\s+(?:do i have|have i got|are there|i have)|(?:my|all(?: my)?)\s+lists|lists|how many lists(?: do i have| have i got| are there)?)$/i;
const CREATE_VERB = "(?:create|make|add|start|set up|open|new)";
const CREATE_CALLED = new RegExp(`^${CREATE_VERB}\\s+(?:me\\s+)?(?:a\\s+|an\\s+)?(?:new\\s+)?list\\s+(?:called|named|titled|for)\\s+(.+)$|^(?:create|make|start|new)\\s+(?:a\\s+)?(?:new\\s+)?list\\s*:?\\s+(?!of\\b|with\\b|for\\b)(.+)$`, "i");
const CREATE_BEFORE = new RegExp(`^(?:create|make|start|set up|new)\\s+(?:me\\s+)?(?:a\\s+|an\\s+)?(?:new\\s+)?(.+?)\\s+list(?:\\s+(?:with|containing|for)\\s+(.+))?$`, "i");
const CREATE_NEW = /^add\s+(?:a\s+)?new\s+(.+?)\s+list$/i;
/** Names that only say "a list": "make a to-do list" is not a list called "To-do". */
const NOT_A_NAME = /^(?:to-?do|to do|task|tasks|shopping|new|another|the|my|a)$/i;

const listName = (raw: string) => cleanTitle(raw.replace(/^(?:the|my)\s+/i, ""));

/** "make a new list": no name said. */
const UNNAMED = /^(?:create|make|start|set up|add|open)\s+(?:me\s+)?(?:a\s+|an\s+|another\s+)?(?:new\s+)?list$|^new list$/i;

function lists(clause: string): Intent | null {
  if (LISTS.test(clause)) return { kind: "lists" };
  if (UNNAMED.test(clause)) return { kind: "cannot", what: "list-name" };
  const called = clause.match(CREATE_CALLED);
  if (called) {
    const name = listName(called[1] ?? called[2]!);
    return name ? { kind: "create-list", name, adds: [] } : null;
  }
  const before = clause.match(CREATE_BEFORE) ?? clause.match(CREATE_NEW);
  // A name is a few words: "make a list of everything I need for the trip" is a task.
  if (!before || before[1]!.trim().split(/\s+/).length > 3) return null;
  const name = listName(before[1]!);
  if (!name || NOT_A_NAME.test(name)) return null;
  const adds = before[2] ? splitItems(before[2]).map((item) => ({ kind: "add" as const, title: cleanTitle(item) })) : [];
  return { kind: "create-list", name, adds };
}

// Labels: names are one word each (letters, digits, - and _), "@" optional.
const NAME = "@?[\\p{L}\\p{N}_-]+";
const NAMES = `${NAME}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*|\\s+(?=@))${NAME})*`;
const LABEL_WORD = "(?:labels?|tags?)";
/** The task, then the names; or (`namesFirst`) the names, then the task. */
const TAG: [RegExp, boolean][] = [
  [new RegExp(`^(?:tag|label)\\s+(.+?)\\s+(?:with|as)\\s+(?:the\\s+|a\\s+)?(?:${LABEL_WORD}\\s+)?(${NAMES})$`, "iu"), false],
  [new RegExp(`^(?:add|put|give|attach|apply|stick)\\s+(?:the\\s+|a\\s+)?${LABEL_WORD}\\s+(${NAMES})\\s+(?:to|on|onto)\\s+(.+)$`, "iu"), true],
  [new RegExp(`^(?:add|put|give|attach|apply|stick)\\s+(?:the\\s+|a\\s+)?(${NAMES})\\s+${LABEL_WORD}\\s+(?:to|on|onto)\\s+(.+)$`, "iu"), true],
  [new RegExp(`^(?:give)\\s+(.+?)\\s+(?:the\\s+|a\\s+)?${LABEL_WORD}\\s+(${NAMES})$`, "iu"), false],
  [new RegExp(`^(?:tag|label)\\s+((?:task\\s*)?#?\\d+|it|that|this|them)\\s+(${NAMES})$`, "iu"), false],
  [new RegExp(`^(?:mark|flag|tag|label)\\s+(.+?)\\s+(?:as\\s+|with\\s+)?(@[\\p{L}\\p{N}_-]+)$`, "iu"), false],
];
/** Words after "remove … from task 2" that aren't labels: the task's other fields. */
const NOT_LABELS = /^(?:the\s+)?(?:date|due|due date|deadline|priority|description|notes?|reminders?|repeat|recurrence|title|name|list)$/i;
const UNTAG: [RegExp, boolean][] = [
  [new RegExp(`^(?:remove|take|drop)\\s+(${NAMES})\\s+(?:from|off(?: of)?)\\s+((?:task\\s*)?#?\\d+|it|that|this|them)$`, "iu"), true],
  [new RegExp(`^(?:remove|delete|take|drop|strip)\\s+(?:the\\s+)?${LABEL_WORD}\\s+(${NAMES})\\s+(?:from|off(?: of)?)\\s+(.+)$`, "iu"), true],
  [new RegExp(`^(?:remove|delete|take|drop|strip)\\s+(?:the\\s+)?(${NAMES})\\s+${LABEL_WORD}\\s+(?:from|off(?: of)?)\\s+(.+)$`, "iu"), true],
  [new RegExp(`^(?:untag|unlabel)\\s+(.+?)\\s+(?:from\\s+|as\\s+)?(${NAMES})$`, "iu"), false],
];
const CLEAR_LABELS = new RegExp(`^(?:remove|clear|delete|drop|strip)\\s+(?:all\\s+)?(?:the\\s+|its\\s+)?${LABEL_WORD}\\s+(?:from|off(?: of)?|on|of)\\s+(.+)$|^(?:untag|unlabel)\\s+(.+)$`, "i");

/** Label names from "urgent", "home and errands", "@home @work". */
function labelNames(words: string): string[] {
  const names = words.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s+/i).map((n) => n.trim().replace(/^@/, ""));
  return names.filter((n) => /^[\p{L}\p{N}_-]{1,40}$/u.test(n) && !/^(?:labels?|tags?|an?|the|new|some|to|it|as|with)$/i.test(n));
}

function labels(clause: string): Intent | null {
  const cleared = clause.match(CLEAR_LABELS);
  if (cleared) {
    const found = changeOf(cleared[1] ?? cleared[2], { verb: "label", add: [], remove: [], clear: true });
    if (found) return found;
  }
  for (const [p, namesFirst] of TAG) {
    const m = clause.match(p);
    if (!m) continue;
    const [task, names] = namesFirst ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
    const add = labelNames(names);
    const found = add.length ? changeOf(task, { verb: "label", add, remove: [] }) : null;
    if (found) return found;
  }
  for (const [p, namesFirst] of UNTAG) {
    const m = clause.match(p);
    if (!m) continue;
    const [task, names] = namesFirst ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
    if (NOT_LABELS.test(names)) continue;
    const remove = labelNames(names);
    const found = remove.length ? changeOf(task, { verb: "label", add: [], remove }) : null;
    if (found) return found;
  }
  return null;
}

// Repeats.
const MAKE_REPEAT: RegExp[] = [
  /^(?:make|set|have|let|get)\s+(.+?)\s+(?:to\s+)?(?:repeat|recur|be recurring|be repeating|recurring|repeating|happen|come back)\s+(.+)$/i,
  /^(.+?)\s+(?:should|must|needs to|has to|will|is going to)\s+(?:repeat|recur|happen|come back)\s+(.+)$/i,
  /^(.+?)\s+(?:repeats|recurs)\s+(.+)$/i,
  /^(?:repeat|recur)\s+(.+?)\s+((?:every|each|daily|weekly|monthly|yearly|annually|fortnightly|biweekly)\b.*)$/i,
  /^(?:make|set)\s+(.+?)\s+((?:daily|weekly|monthly|yearly|annual|fortnightly|biweekly))$/i,
];
const STOP_REPEAT: RegExp[] = [
  /^(?:stop|quit|end|cancel)\s+(?:the\s+)?(?:repeating|recurring|repeat|recurrence|repetition|repeats)\s+(?:of\s+|on\s+|for\s+)?(.+)$/i,
  /^(?:stop|quit)\s+(.+?)\s+(?:from\s+)?(?:repeating|recurring)$/i,
  /^(?:don'?t|do not|never)\s+(?:repeat|recur)\s+(.+?)(?:\s+(?:anymore|any more|again|from now on))?$/i,
  /^(.+?)\s+(?:should|must|needs to|has to)\s+(?:stop repeating|not repeat|no longer repeat|stop recurring|not recur)(?:\s+(?:anymore|any more))?$/i,
  /^(.+?)\s+(?:doesn'?t|does not|shouldn'?t|should not|no longer|won'?t)\s+(?:need to\s+)?(?:repeat|recur)s?(?:\s+(?:anymore|any more))?$/i,
  /^(?:make|set|turn)\s+(.+?)\s+(?:into\s+)?(?:a\s+)?(?:one-?off|one-?time|non-?repeating|not repeating|not recurring|not repeat)(?:\s+task)?$/i,
  /^(?:remove|clear|delete|take off|drop)\s+(?:the\s+)?(?:repeat|recurrence|repetition|repeating)\s+(?:from|of|on|for)\s+(.+)$/i,
];
/** "skip this week's standup", "skip the gym this week", "skip task 5". */
const SKIP =
  /^(?:skip|pass on)\s+(?:this\s+(?:week|month|time)'?s\s+|today'?s\s+|tomorrow'?s\s+|the\s+next\s+|next\s+|this\s+|the\s+)?(.+?)(?:\s+(?:this\s+(?:week|month|time)|today|tomorrow|once|for now|just this once|this one time))?$/i;

/** Repeat words the tool reads ("every friday", "weekly"), as said; null for anything else. */
function repeatWords(words: string, ctx: PlanContext): string | null {
  const text = words.trim().replace(/[.!?]+$/, "");
  const found = extractRecurrence(text, { timezone: ctx.timezone, now: ctx.now });
  if (!found) return null;
  const rest = `${text.slice(0, found.start)}${text.slice(found.end)}`.replace(/[\s,]+/g, " ").trim();
  return rest === "" || /^(?:from now on|starting now|again)$/i.test(rest) ? text.slice(found.start, found.end) : null;
}

function repeats(clause: string, ctx: PlanContext): Intent | null {
  for (const p of STOP_REPEAT) {
    const found = changeOf(clause.match(p)?.[1], { verb: "repeat", recurrence: "none" });
    if (found) return found;
  }
  for (const p of MAKE_REPEAT) {
    const m = clause.match(p);
    const recurrence = m && repeatWords(m[2]!, ctx);
    const found = recurrence ? changeOf(m![1], { verb: "repeat", recurrence }) : null;
    if (found) return found;
  }
  const skip = clause.match(SKIP);
  return skip ? changeOf(skip[1], { verb: "skip" }) : null;
}

// Reminders of existing tasks, and snoozing.
const AMOUNT = "(\\d+|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty-?five|half an?|a couple of|a few)";
const UNIT = "(minutes?|mins?|m|hours?|hrs?|h|days?|d)";
const SPAN = `${AMOUNT}\\s*${UNIT}`;
const REMIND_BEFORE: RegExp[] = [
  new RegExp(`^(?:remind me|ping me|notify me|alert me)\\s+${SPAN}\\s+(?:before|ahead of|prior to)\\s+(.+)$`, "i"),
  new RegExp(`^(?:remind me|ping me|notify me)\\s+(?:about|of)\\s+(.+?)\\s+${SPAN}\\s+(?:before|ahead|early|earlier|beforehand|in advance)(?:\\s+it(?:'s| is)? due)?$`, "i"),
  new RegExp(`^(?:add|set|put|give|create)\\s+(?:me\\s+)?an?\\s+${SPAN}\\s+reminder\\s+(?:to|for|on)\\s+(.+)$`, "i"),
  new RegExp(`^(?:add|set|put|give|create)\\s+(?:me\\s+)?an?\\s+reminder\\s+${SPAN}\\s+(?:before|ahead of)\\s+(.+)$`, "i"),
];
const REMIND_AT_DUE: RegExp[] = [
  /^(?:remind me|ping me|notify me)\s+(?:about\s+)?(?:when|once)\s+(.+?)\s+(?:is|are|'s)\s+(?:due|on|starting|about to start)$/i,
  /^(?:add|set|put|give|create)\s+(?:me\s+)?an?\s+reminder\s+(?:to|for|on)\s+((?:task\s*)?#?\d+|it|that|this|the\s+.+)$/i,
];
const SNOOZE: RegExp[] = [
  new RegExp(`^snooze\\s+(.+?)(?:'s)?(?:\\s+reminders?)?\\s+(?:(?:for|by)\\s+)?(?:another\\s+)?${SPAN}$`, "i"),
  new RegExp(`^snooze\\s+(.+?)(?:'s)?(?:\\s+reminders?)?\\s+(?:till|until)\\s+(tomorrow|later)$`, "i"),
  /^snooze\s+(.+?)(?:'s)?(?:\s+reminders?)?$/i,
  new RegExp(`^(?:remind me|ping me)\\s+(?:about\\s+)?(.+?)\\s+again\\s+in\\s+${SPAN}$`, "i"),
];

const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, ten: 10, fifteen: 15, twenty: 20, thirty: 30, "forty-five": 45, fortyfive: 45,
  "half a": 0.5, "half an": 0.5, "a couple of": 2, "a few": 3,
};
const UNIT_MINUTES = (unit: string) => (/^d/i.test(unit) ? 1440 : /^h/i.test(unit) ? 60 : 1);

function minutesOf(amount: string, unit: string): number | null {
  const n = /^\d+$/.test(amount) ? Number(amount) : WORD_NUMBERS[amount.toLowerCase()];
  return n === undefined ? null : Math.round(n * UNIT_MINUTES(unit));
}

/** "the dentist reminder": the task is named without "reminder". */
const taskOf = (phrase: string) => phrase.replace(/(?:'s)?\s+reminders?$/i, "").replace(/^(?:my|the)\s+reminders?\s+(?:for|about|of)\s+/i, "");

function reminders(clause: string): Intent | null {
  for (const p of REMIND_BEFORE) {
    const m = clause.match(p);
    if (!m) continue;
    // The task comes first in "remind me about the dentist 30 minutes before".
    const [amount, unit, task] = p === REMIND_BEFORE[1] ? [m[2]!, m[3]!, m[1]!] : [m[1]!, m[2]!, m[3]!];
    const minutes = minutesOf(amount, unit);
    const found = minutes !== null ? changeOf(taskOf(task), { verb: "remind", reminder: { before_minutes: minutes } }) : null;
    if (found) return found;
  }
  for (const p of REMIND_AT_DUE) {
    const found = changeOf(clause.match(p)?.[1], { verb: "remind", reminder: { before_minutes: 0 } });
    if (found) return found;
  }
  for (const p of SNOOZE) {
    const m = clause.match(p);
    if (!m) continue;
    const until = m[2]?.toLowerCase();
    const minutes = until === "tomorrow" ? 1440 : until === "later" ? 60 : m[2] && m[3] ? minutesOf(m[2], m[3]) : 10;
    const found = minutes ? changeOf(taskOf(m[1]!), { verb: "snooze", minutes }) : null;
    if (found) return found;
  }
  return null;
}

/** The list, label, repeat or reminder request in a clause, or null. */
export function matchOrganise(clause: string, ctx: PlanContext): Intent | null {
  return lists(clause) ?? labels(clause) ?? reminders(clause) ?? repeats(clause, ctx);
}
