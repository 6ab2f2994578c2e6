// Calendar days and wall clocks with no Temporal: what the first page load needs (today's date in
// the user's zone, a day's weekday, a date some days on) stays small. Plain dates count in UTC
// milliseconds, where every day has 24 hours; wall clocks come from Intl with an explicit zone, never
// from Date's local getters, so the process zone (a server in UTC, a laptop abroad) changes nothing.
// Instants of a wall time in a zone (DST gaps and overlaps) need Temporal: ./zone.ts.

/** The user's wall clock at an instant. */
export interface WallClock {
  date: string;
  /** HH:MM */
  time: string;
  /** Minutes since local midnight. */
  minutes: number;
  /** 1 = Monday … 7 = Sunday (ISO). */
  weekday: number;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
const DAY_MS = 86_400_000;

export function formatTime(hour: number, minute: number): string {
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

export function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Year, month, day of a YYYY-MM-DD text, or null when it is not a real date ("2026-02-30" is not). */
function parts(date: string): [number, number, number] | null {
  const match = DATE_PATTERN.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? [year, month, day] : null;
}

function dayNumber(date: string): number {
  const p = parts(date);
  if (!p) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  const at = new Date(0);
  at.setUTCFullYear(p[0], p[1] - 1, p[2]);
  return Math.round(at.getTime() / DAY_MS);
}

function fromDayNumber(n: number): string {
  const at = new Date(n * DAY_MS);
  return formatDate(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
}

/** A real calendar date in YYYY-MM-DD form ("2026-02-30" is not). */
export function isValidDate(date: string): boolean {
  return typeof date === "string" && parts(date) !== null;
}

/** A 24-hour HH:MM time ("25:00" and "9:00" are not). */
export function isValidTime(time: string): boolean {
  return TIME_PATTERN.test(time);
}

export function addDaysToDate(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Adds calendar units; a day that does not exist in the target month clamps (Jan 31 + 1 month → Feb 28). */
export function addToDate(date: string, amount: { days?: number; weeks?: number; months?: number; years?: number }): string {
  const p = parts(date);
  if (!p) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  const months = p[0] * 12 + (p[1] - 1) + (amount.years ?? 0) * 12 + (amount.months ?? 0);
  const [year, month] = [Math.floor(months / 12), (((months % 12) + 12) % 12) + 1];
  const clamped = formatDate(year, month, Math.min(p[2], daysInMonth(year, month)));
  return addDaysToDate(clamped, (amount.weeks ?? 0) * 7 + (amount.days ?? 0));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: string): number {
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday
}

// Making a formatter costs far more than using one; a zone's is kept (there are a few hundred zones).
const formats = new Map<string, Intl.DateTimeFormat>();

function clockFormat(timezone: string): Intl.DateTimeFormat {
  let format = formats.get(timezone);
  if (!format) formats.set(timezone, (format = newClockFormat(timezone)));
  return format;
}

function newClockFormat(timezone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat("en-US", {
    timeZone: timezone,
    calendar: "iso8601",
    numberingSystem: "latn",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    hourCycle: "h23",
    era: "short",
  });
}

/** An IANA zone name that this runtime knows. UTC offsets ("+05:30") are not profile zones. */
export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== "string" || tz.trim() === "" || /^[+-]/.test(tz)) return false;
  try {
    clockFormat(tz);
    return true;
  } catch {
    return false;
  }
}

/** The user's wall clock at an instant. Throws RangeError on an unknown zone. */
export function wallClock(now: Date, timezone: string): WallClock {
  const field: Record<string, string> = {};
  for (const part of clockFormat(timezone).formatToParts(now)) field[part.type] = part.value;
  const year = field.era === "BC" ? 1 - Number(field.year) : Number(field.year);
  const [hour, minute] = [Number(field.hour) % 24, Number(field.minute)];
  const date = formatDate(year, Number(field.month), Number(field.day));
  return { date, time: formatTime(hour, minute), minutes: hour * 60 + minute, weekday: weekdayOf(date) };
}

/** Today's date (YYYY-MM-DD) in the zone. */
export function todayIn(timezone: string, now: Date): string {
  return wallClock(now, timezone).date;
}

/** The wall clock `amount` minutes after `now` in the zone (DST-aware: elapsed time, not wall time). */
export function wallClockAfter(now: Date, timezone: string, minutes: number): WallClock {
  return wallClock(new Date(now.getTime() + minutes * 60_000), timezone);
}
