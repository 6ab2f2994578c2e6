import { todayIn, plainDate } from "./calendar-date";
import { readDate, readDayNumber, readMonthDay, readNumber, readTime, tokenize, type Read, type Token } from "./phrase-tokens";
import { COUNT_MAX, formatRule, INTERVAL_MAX, ruleParts, type RuleParts } from "./rule";
import type { Anchor } from "./schemas";
import { ORDINAL_WORDS, WEEKDAY_WORDS, WEEKEND, WORKWEEK, type WeekdayCode } from "./words";

export interface PhraseContext {
  /** The user's IANA zone: "until Dec 31" means the next 31 December from today there. */
  timezone: string;
  now: Date;
}

export interface ExtractedRecurrence {
  rule: string;
  anchor: Anchor;
  /** "HH:MM" when the words carried a time ("every weekday at 9am"). */
  time: string | null;
  /** The span of the recurrence words in the text, so a caller can cut them from a title. */
  start: number;
  end: number;
}

type Tokens = readonly Token[];
const at = (t: Tokens, k: number) => t[k]?.text;
const isOneOf = (t: Tokens, k: number, words: readonly string[]) => words.includes(at(t, k) ?? "");

/** "of the month", "of every month", "of each month": optional after a monthly day. */
function skipOfMonth(t: Tokens, k: number): number {
  if (at(t, k) !== "of") return k;
  const i = isOneOf(t, k + 1, ["the", "every", "each"]) ? k + 2 : k + 1;
  return at(t, i) === "month" ? i + 1 : k;
}

/** "mon and thu", "monday, wednesday & friday" (punctuation is not a token). */
function readWeekdays(t: Tokens, k: number): Read<WeekdayCode[]> | null {
  const days: WeekdayCode[] = [];
  let i = k;
  for (;;) {
    const day = WEEKDAY_WORDS.get(at(t, i) ?? "");
    if (!day) break;
    if (!days.includes(day)) days.push(day);
    i += 1;
    if (at(t, i) === "and" && WEEKDAY_WORDS.has(at(t, i + 1) ?? "")) i += 1;
  }
  return days.length ? { value: days, next: i } : null;
}

/** "first monday", "2nd tue", "last friday": the nth weekday of a month. */
function readNthWeekday(t: Tokens, k: number): Read<{ nth: number; day: WeekdayCode }> | null {
  const nth = ORDINAL_WORDS.get(at(t, k) ?? "");
  const day = WEEKDAY_WORDS.get(at(t, k + 1) ?? "");
  return nth !== undefined && day ? { value: { nth, day }, next: k + 2 } : null;
}

/**
 * A day of the month from words. The 29th–31st fall back to the month's last day in shorter
 * months (what people mean by "every 31st"), written in RFC 5545 terms so calendars agree:
 * the 31st is BYMONTHDAY=-1; the 30th is the last of the 28th–30th that the month has.
 */
function monthDay(day: number): Pick<RuleParts, "byMonthDay" | "bySetPos"> {
  if (day <= 28) return { byMonthDay: [day], bySetPos: [] };
  if (day === 31) return { byMonthDay: [-1], bySetPos: [] };
  return { byMonthDay: Array.from({ length: day - 27 }, (_, i) => 28 + i), bySetPos: [-1] };
}

/** The day inside a month: "the 15th", "the last day", "the first monday", "last friday". */
function readDayOfMonth(t: Tokens, k: number, bare: boolean): Read<Partial<RuleParts>> | null {
  const i = at(t, k) === "the" ? k + 1 : k;
  if (at(t, i) === "last" && at(t, i + 1) === "day") return { value: { byMonthDay: [-1] }, next: skipOfMonth(t, i + 2) };
  const nth = readNthWeekday(t, i);
  if (nth) return { value: { byDay: [nth.value] }, next: skipOfMonth(t, nth.next) };
  const day = at(t, i) === "day" ? readDayNumber(t, i + 1, true) : readDayNumber(t, i, bare || i > k);
  if (day) return { value: monthDay(day.value), next: skipOfMonth(t, day.next) };
  return null;
}

/** What may follow a period word ("week", "monthly", …): "on friday", "on the 15th", "on dec 3". */
function readPeriodTail(parts: RuleParts, t: Tokens, k: number): Read<RuleParts> {
  if (at(t, k) !== "on") return { value: parts, next: k };
  if (parts.freq === "WEEKLY") {
    const days = readWeekdays(t, k + 1);
    if (days) return { value: { ...parts, byDay: days.value.map((day) => ({ nth: null, day })) }, next: days.next };
  } else if (parts.freq === "MONTHLY") {
    const day = readDayOfMonth(t, k + 1, true);
    if (day) return { value: { ...parts, ...day.value }, next: day.next };
  } else if (parts.freq === "YEARLY") {
    const date = readMonthDay(t, k + 1);
    if (date) return { value: { ...parts, byMonth: [date.value.month], byMonthDay: [date.value.day] }, next: date.next };
  }
  return { value: parts, next: k };
}

// Maps, not object literals: a word like "constructor" must not find an inherited property.
const PERIOD_WORDS: ReadonlyMap<string, RuleParts["freq"]> = new Map([
  ["day", "DAILY"], ["days", "DAILY"],
  ["week", "WEEKLY"], ["weeks", "WEEKLY"],
  ["month", "MONTHLY"], ["months", "MONTHLY"],
  ["year", "YEARLY"], ["years", "YEARLY"],
]);

/** The words after "every": a period with its interval, a weekday list, or a day of the month or year. */
function readAfterEvery(t: Tokens, k: number): Read<RuleParts> | null {
  // "every 2nd week", "every third day": an ordinal before a period is its interval.
  const ordinal = ORDINAL_WORDS.get(at(t, k) ?? "") ?? 0;
  const period = PERIOD_WORDS.get(at(t, k + 1) ?? "");
  if (ordinal > 0 && period && !at(t, k + 1)!.endsWith("s")) return readPeriodTail(ruleParts(period, { interval: ordinal }), t, k + 2);
  const nth = readNthWeekday(t, k);
  if (nth) {
    return { value: ruleParts("MONTHLY", { byDay: [nth.value] }), next: skipOfMonth(t, nth.next) };
  }
  if (at(t, k) === "last" && at(t, k + 1) === "day") {
    return { value: ruleParts("MONTHLY", { byMonthDay: [-1] }), next: skipOfMonth(t, k + 2) };
  }
  const date = readMonthDay(t, k);
  if (date) return { value: ruleParts("YEARLY", { byMonth: [date.value.month], byMonthDay: [date.value.day] }), next: date.next };
  const day = readDayNumber(t, k, false);
  if (day) return { value: ruleParts("MONTHLY", monthDay(day.value)), next: skipOfMonth(t, day.next) };

  let i = k;
  let interval = 1;
  const n = at(t, i) === "other" ? { value: 2, next: i + 1 } : readNumber(t, i, INTERVAL_MAX);
  if (n) [interval, i] = [n.value, n.next];

  const w = at(t, i) ?? "";
  const freq = PERIOD_WORDS.get(w);
  if (freq) return readPeriodTail(ruleParts(freq, { interval }), t, i + 1);
  if (["weekday", "weekdays", "workday", "workdays"].includes(w) || (w === "work" && isOneOf(t, i + 1, ["day", "days"]))) {
    if (interval !== 1) return null;
    return { value: ruleParts("WEEKLY", { byDay: WORKWEEK.map((day) => ({ nth: null, day })) }), next: i + (w === "work" ? 2 : 1) };
  }
  if (w === "weekend" || w === "weekends") {
    const next = isOneOf(t, i + 1, ["day", "days"]) ? i + 2 : i + 1;
    return { value: ruleParts("WEEKLY", { interval, byDay: WEEKEND.map((day) => ({ nth: null, day })) }), next };
  }
  const days = readWeekdays(t, i);
  if (days) return { value: ruleParts("WEEKLY", { interval, byDay: days.value.map((day) => ({ nth: null, day })) }), next: days.next };
  return null;
}

const SINGLE_WORDS: ReadonlyMap<string, RuleParts> = new Map([
  ["daily", ruleParts("DAILY")],
  ["weekly", ruleParts("WEEKLY")],
  ["biweekly", ruleParts("WEEKLY", { interval: 2 })],
  ["fortnightly", ruleParts("WEEKLY", { interval: 2 })],
  ["monthly", ruleParts("MONTHLY")],
  ["yearly", ruleParts("YEARLY")],
  ["annually", ruleParts("YEARLY")],
]);

/** The recurrence itself, starting at token k: "every …" (or "every! …") or a word like "weekly". */
function readCore(t: Tokens, k: number): Read<{ parts: RuleParts; completion: boolean }> | null {
  const single = SINGLE_WORDS.get(at(t, k) ?? "");
  if (single) {
    const tail = readPeriodTail(single, t, k + 1);
    return { value: { parts: tail.value, completion: false }, next: tail.next };
  }
  if (at(t, k) !== "every" && at(t, k) !== "each") return null;
  // "every!" means counted from completion; the "!" has to touch the word.
  const bang = at(t, k + 1) === "!" && t[k + 1]!.start === t[k]!.end;
  const rest = readAfterEvery(t, bang ? k + 2 : k + 1);
  return rest && { value: { parts: rest.value, completion: bang }, next: rest.next };
}

const COMPLETION_FILLERS = ["i", "i've", "ive", "ve", "have", "it", "its", "s", "is", "has", "been", "being", "the", "task", "this", "was", "am", "m"];
const COMPLETION_VERBS = ["completion", "complete", "completing", "completed", "finish", "finishing", "finished", "done"];

/** "after completion", "after I finish it", "after it's done", "from completion". */
function readCompletion(t: Tokens, k: number): number | null {
  if (!isOneOf(t, k, ["after", "from"])) return null;
  let i = k + 1;
  while (i < k + 4 && isOneOf(t, i, COMPLETION_FILLERS)) i += 1;
  if (!isOneOf(t, i, COMPLETION_VERBS)) return null;
  return isOneOf(t, i + 1, ["it", "this", "them"]) ? i + 2 : i + 1;
}

/** "for 5 times", "5 times", "for five occurrences". */
function readCount(t: Tokens, k: number): Read<number> | null {
  const n = readNumber(t, at(t, k) === "for" ? k + 1 : k, COUNT_MAX);
  return n && isOneOf(t, n.next, ["times", "time", "occurrences"]) ? { value: n.value, next: n.next + 1 } : null;
}

interface Modifiers {
  completion: boolean;
  count: number | null;
  until: string | null;
  time: string | null;
}

/** The optional words after the core, in any order, each at most once. */
function readModifiers(t: Tokens, k: number, ctx: PhraseContext, found: Modifiers): number {
  let i = k;
  for (;;) {
    const completion = found.completion ? null : readCompletion(t, i);
    if (completion !== null) [found.completion, i] = [true, completion];
    const count = found.count !== null || found.until !== null ? null : readCount(t, i);
    if (count) [found.count, i] = [count.value, count.next];
    const until = found.count !== null || found.until !== null || !isOneOf(t, i, ["until", "till", "til"])
      ? null
      : readDate(t, i + 1, plainDate(todayIn(ctx.timezone, ctx.now)));
    if (until) [found.until, i] = [until.value.toString(), until.next];
    const time = found.time !== null ? null : readTime(t, i);
    if (time) [found.time, i] = [time.value, time.next];
    if (completion === null && !count && !until && !time) return i;
  }
}

/** A time written just before the core ("at 9am every weekday"): where it starts, or null. */
function timeBefore(t: Tokens, k: number): Read<string> & { start: number } | null {
  for (let s = Math.max(0, k - 4); s < k; s++) {
    const time = readTime(t, s);
    if (time && time.next === k) return { ...time, start: s };
  }
  return null;
}

/**
 * Finds recurrence words anywhere in a text ("water the plants every monday at 9am") and
 * returns the rule, the anchor, any time said with them, and where the words are. The first
 * place that reads as a recurrence wins; null when there is none.
 */
export function extractRecurrence(text: string, ctx: PhraseContext): ExtractedRecurrence | null {
  const t = tokenize(text);
  for (let k = 0; k < t.length; k++) {
    const core = readCore(t, k);
    if (!core) continue;
    const before = timeBefore(t, k);
    const found: Modifiers = { completion: core.value.completion, count: null, until: null, time: before?.value ?? null };
    const end = readModifiers(t, core.next, ctx, found);
    // A lone "weekly" inside a title is usually an adjective ("weekly report"): it counts when it
    // ends the text or brings more recurrence words ("monthly on the 1st", "daily at 9am").
    if (SINGLE_WORDS.has(at(t, k)!) && end === k + 1 && !before && end < t.length) continue;
    const parts: RuleParts = { ...core.value.parts, count: found.count, until: found.until };
    return {
      rule: formatRule(parts),
      anchor: found.completion ? "completion" : "schedule",
      time: found.time,
      start: t[before?.start ?? k]!.start,
      end: t[end - 1]!.end,
    };
  }
  return null;
}
