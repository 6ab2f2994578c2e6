import { plainDate, type CalendarDate } from "./calendar-date";
import { parseRule, type ByDay, type RuleParts } from "./rule";
import type { Anchor } from "./schemas";
import { dayOrdinal, joinAnd, MONTH_NAMES, monthShortName, ordinalName, WEEKDAY_CODES, WEEKDAY_NAMES, WEEKEND, WORKWEEK, type WeekdayCode } from "./words";

const UNITS = { DAILY: "day", WEEKLY: "week", MONTHLY: "month", YEARLY: "year" } as const;

const every = (parts: RuleParts) =>
  parts.interval === 1 ? `Every ${UNITS[parts.freq]}` : `Every ${parts.interval} ${UNITS[parts.freq]}s`;

const sameDays = (days: readonly WeekdayCode[], set: readonly WeekdayCode[]) =>
  days.length === set.length && set.every((d) => days.includes(d));

/** "Monday and Thursday", or "weekday"/"weekend" for those exact sets. */
function dayList(days: WeekdayCode[], plural: boolean): string {
  if (sameDays(days, WORKWEEK)) return plural ? "weekdays" : "weekday";
  if (sameDays(days, WEEKEND)) return plural ? "weekends" : "weekend";
  return joinAnd(days.map((d) => WEEKDAY_NAMES[d]));
}

const plainDays = (byDay: ByDay[]) => (byDay.every((d) => d.nth === null) ? byDay.map((d) => d.day) : null);

/** "the 15th", "the 1st and 15th", "the last day", "the 30th (or the last day)". */
function monthDayWords(parts: RuleParts): string | null {
  const { byMonthDay, bySetPos } = parts;
  const last = byMonthDay.at(-1)!;
  // The shape the phrase reader writes for "every 29th/30th": 28…n, the last one the month has.
  const clamped = bySetPos.length === 1 && bySetPos[0] === -1 && byMonthDay[0] === 28 && last > 28 &&
    byMonthDay.every((d, i) => d === 28 + i);
  if (clamped) return `the ${dayOrdinal(last)} (or the last day)`;
  if (bySetPos.length) return null;
  const names = byMonthDay.map((d) => (d > 0 ? dayOrdinal(d) : `${d === -1 ? "last" : ordinalName(d)} day`));
  return `the ${joinAnd(names)}`;
}

/** "the first Monday", "the last weekday", "the first and third Monday". */
function nthDayWords(parts: RuleParts): string | null {
  const days = plainDays(parts.byDay);
  if (days && parts.bySetPos.length) {
    return `the ${joinAnd(parts.bySetPos.map(ordinalName))} ${dayList(days, false)}`;
  }
  if (parts.bySetPos.length || parts.byDay.some((d) => d.nth === null)) return null;
  return `the ${joinAnd(parts.byDay.map((d) => `${ordinalName(d.nth!)} ${WEEKDAY_NAMES[d.day]}`))}`;
}

/** The pattern in words without anchor, time or end; null when it is not one of the shapes we name. */
function patternWords(parts: RuleParts, start: CalendarDate | null): string | null {
  const base = every(parts);
  const startDay = start ? plainDate(start) : null;
  const { byDay, byMonthDay, byMonth } = parts;
  switch (parts.freq) {
    case "DAILY":
    case "WEEKLY": {
      if (byMonthDay.length || byMonth.length || parts.bySetPos.length) return null;
      if (!byDay.length) {
        return parts.freq === "WEEKLY" && startDay ? `${base} on ${WEEKDAY_NAMES[WEEKDAY_CODES[startDay.dayOfWeek - 1]!]}` : base;
      }
      const days = plainDays(byDay);
      if (!days) return null;
      if (parts.interval === 1) return `Every ${dayList(days, false)}`;
      return parts.freq === "WEEKLY" ? `${base} on ${dayList(days, true)}` : null;
    }
    case "MONTHLY": {
      if (byMonth.length) return null;
      if (byMonthDay.length && byDay.length) return null;
      const day = byMonthDay.length ? monthDayWords(parts) : byDay.length ? nthDayWords(parts) : startDay ? `the ${dayOrdinal(startDay.day)}` : "";
      if (day === null) return null;
      return day ? `${base} on ${day}` : base;
    }
    case "YEARLY": {
      if (byMonth.length > 1 || parts.bySetPos.length) return null;
      const month = byMonth[0] ?? startDay?.month;
      if (byDay.length === 1 && byDay[0]!.nth !== null && byMonth.length === 1 && !byMonthDay.length) {
        return `${base} on the ${ordinalName(byDay[0]!.nth)} ${WEEKDAY_NAMES[byDay[0]!.day]} of ${MONTH_NAMES[month! - 1]}`;
      }
      if (byDay.length || byMonthDay.length > 1) return null;
      const day = byMonthDay[0] ?? (byMonth.length ? null : startDay?.day);
      if (day === undefined) return base;
      if (day === null || month === undefined) return null;
      return `${base} on ${day === -1 ? "the last day of" : day} ${monthShortName(month)}`;
    }
  }
}

/**
 * The rule in short English, the product's own wording: "Every weekday at 09:00", "Every month
 * on the last day", "Every 3 days after completion, 5 times". `start` (the series start) names
 * the day a bare weekly, monthly or yearly rule falls on.
 */
export function describeRecurrence(rule: string, anchor: Anchor, time: string | null, start?: CalendarDate | null): string {
  const parts = parseRule(rule);
  if (!parts) return "Repeats";
  // A completion series has no fixed day: its start moves with each completion.
  const words = patternWords(parts, anchor === "schedule" ? (start ?? null) : null) ?? `${every(parts)} (custom pattern)`;
  const completion = anchor === "completion" ? " after completion" : "";
  const at = time ? ` at ${time}` : "";
  const end = parts.count !== null
    ? `, ${parts.count === 1 ? "once" : `${parts.count} times`}`
    : parts.until !== null
      ? `, until ${untilWords(parts.until)}`
      : "";
  return `${words}${completion}${at}${end}`;
}

function untilWords(date: CalendarDate): string {
  const d = plainDate(date);
  return `${d.day} ${monthShortName(d.month)} ${d.year}`;
}
