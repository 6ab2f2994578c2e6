import { toPlainDate, type CalendarDate } from "./calendar-date";
import { WEEKDAY_CODES, type WeekdayCode } from "./words";

/**
 * The RRULE subset Docket stores: a date pattern only. The time of day lives in `due_time` and
 * the start in the series, so DTSTART, BYHOUR, BYMINUTE and BYSECOND are refused here.
 */
export const FREQUENCIES = ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const INTERVAL_MAX = 365;
export const COUNT_MAX = 1000;

export interface ByDay {
  /** null = every such weekday in the period; ±n = the nth (from the end when negative). */
  nth: number | null;
  day: WeekdayCode;
}

export interface RuleParts {
  freq: Frequency;
  interval: number;
  byDay: ByDay[];
  byMonthDay: number[];
  byMonth: number[];
  bySetPos: number[];
  count: number | null;
  until: CalendarDate | null;
}

const PART_NAMES = ["FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "COUNT", "UNTIL"] as const;
type PartName = (typeof PART_NAMES)[number];

const INTEGER = /^[+-]?\d{1,4}$/;

function integers(value: string, min: number, max: number, allowNegative: boolean): number[] | null {
  const out: number[] = [];
  for (const item of value.split(",")) {
    if (!INTEGER.test(item)) return null;
    const n = Number(item);
    const size = Math.abs(n);
    if (size < min || size > max || (n < 0 && !allowNegative) || out.includes(n)) return null;
    out.push(n);
  }
  return out;
}

function byDays(value: string, freq: Frequency): ByDay[] | null {
  // A numbered weekday ("1MO") only means something inside a month or a year (RFC 5545 3.3.10).
  const nthMax = freq === "MONTHLY" ? 5 : freq === "YEARLY" ? 53 : 0;
  const out: ByDay[] = [];
  for (const item of value.split(",")) {
    const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
    if (!m) return null;
    const nth = m[1] === undefined ? null : Number(m[1]);
    if (nth !== null && (nth === 0 || Math.abs(nth) > nthMax)) return null;
    if (out.some((d) => d.day === m[2] && d.nth === nth)) return null;
    out.push({ nth, day: m[2] as WeekdayCode });
  }
  return out;
}

/**
 * Reads an RRULE value ("FREQ=WEEKLY;BYDAY=MO", optionally after "RRULE:") strictly: an unknown
 * or repeated part, a value out of range or a contradiction gives null rather than a guess.
 */
export function parseRule(text: string): RuleParts | null {
  const body = text.trim().replace(/^RRULE:/i, "").toUpperCase();
  if (!body) return null;
  const raw = new Map<PartName, string>();
  for (const part of body.split(";")) {
    const m = /^([A-Z]+)=([^=]+)$/.exec(part);
    if (!m || !(PART_NAMES as readonly string[]).includes(m[1]!) || raw.has(m[1] as PartName)) return null;
    raw.set(m[1] as PartName, m[2]!);
  }
  const freq = raw.get("FREQ") as Frequency | undefined;
  if (!freq || !FREQUENCIES.includes(freq)) return null;

  const interval = raw.has("INTERVAL") ? integers(raw.get("INTERVAL")!, 1, INTERVAL_MAX, false) : [1];
  const byDay = raw.has("BYDAY") ? byDays(raw.get("BYDAY")!, freq) : [];
  const byMonthDay = raw.has("BYMONTHDAY") ? integers(raw.get("BYMONTHDAY")!, 1, 31, true) : [];
  const byMonth = raw.has("BYMONTH") ? integers(raw.get("BYMONTH")!, 1, 12, false) : [];
  const bySetPos = raw.has("BYSETPOS") ? integers(raw.get("BYSETPOS")!, 1, 366, true) : [];
  const count = raw.has("COUNT") ? integers(raw.get("COUNT")!, 1, COUNT_MAX, false) : [];
  const untilText = raw.get("UNTIL");
  const until = untilText === undefined ? null : /^\d{8}$/.test(untilText) ? toPlainDate(`${untilText.slice(0, 4)}-${untilText.slice(4, 6)}-${untilText.slice(6)}`) : null;

  if (!interval || interval.length !== 1 || !byDay || !byMonthDay || !byMonth || !bySetPos || !count || count.length > 1) return null;
  if (untilText !== undefined && !until) return null;
  if (count.length && until) return null; // RFC 5545: COUNT and UNTIL MUST NOT occur together
  if (freq === "WEEKLY" && byMonthDay.length) return null; // RFC 5545: no BYMONTHDAY in a weekly rule
  if (bySetPos.length && !byDay.length && !byMonthDay.length && !byMonth.length) return null;

  return {
    freq,
    interval: interval[0]!,
    // Sorted as formatRule writes them, so a describer lists days in week order.
    byDay: byDay.sort(byDayOrder),
    byMonthDay: byMonthDay.sort(monthDayOrder),
    byMonth: byMonth.sort((a, b) => a - b),
    bySetPos: bySetPos.sort(monthDayOrder),
    count: count[0] ?? null,
    until: until?.toString() ?? null,
  };
}

/** Positive days first in calendar order, then counts from the end (-1 last). */
function monthDayOrder(a: number, b: number): number {
  if (Math.sign(a) !== Math.sign(b)) return b - a;
  return a - b;
}

const byDayOrder = (a: ByDay, b: ByDay) =>
  WEEKDAY_CODES.indexOf(a.day) - WEEKDAY_CODES.indexOf(b.day) || (a.nth ?? 0) - (b.nth ?? 0);

/**
 * The one written form of a rule, so equal rules compare equal as strings: fixed part order,
 * sorted lists, INTERVAL=1 left out, UNTIL as a DATE.
 */
export function formatRule(parts: RuleParts): string {
  const out = [`FREQ=${parts.freq}`];
  if (parts.interval !== 1) out.push(`INTERVAL=${parts.interval}`);
  if (parts.byMonth.length) out.push(`BYMONTH=${parts.byMonth.toSorted((a, b) => a - b).join(",")}`);
  if (parts.byMonthDay.length) out.push(`BYMONTHDAY=${parts.byMonthDay.toSorted(monthDayOrder).join(",")}`);
  if (parts.byDay.length) out.push(`BYDAY=${parts.byDay.toSorted(byDayOrder).map((d) => `${d.nth ?? ""}${d.day}`).join(",")}`);
  if (parts.bySetPos.length) out.push(`BYSETPOS=${parts.bySetPos.toSorted(monthDayOrder).join(",")}`);
  if (parts.count !== null) out.push(`COUNT=${parts.count}`);
  if (parts.until !== null) out.push(`UNTIL=${parts.until.replaceAll("-", "")}`);
  return out.join(";");
}

/** A rule with nothing but FREQ (and INTERVAL): its dates follow from the start alone. */
export function hasDatePattern(parts: RuleParts): boolean {
  return parts.byDay.length > 0 || parts.byMonthDay.length > 0 || parts.byMonth.length > 0 || parts.bySetPos.length > 0;
}

/** Shorthand for building rules in code: every list empty, INTERVAL 1, no end. */
export function ruleParts(freq: Frequency, extra: Partial<Omit<RuleParts, "freq">> = {}): RuleParts {
  return { freq, interval: 1, byDay: [], byMonthDay: [], byMonth: [], bySetPos: [], count: null, until: null, ...extra };
}
