import { addDaysToDate, addToDate, formatDate, isValidDate, weekdayOf } from "./calendar";

// Date rules for relative words, on plain YYYY-MM-DD dates (the user's "today"). Weeks start on
// Monday. Weekdays are ISO numbers: 1 = Monday … 7 = Sunday.

/**
 * A bare weekday ("fri", "on friday", "this friday") is the next such day strictly after today:
 * said on a Friday, "friday" means a week later (use "today" for today).
 */
export function upcomingWeekday(today: string, weekday: number): string {
  const ahead = (weekday - weekdayOf(today) + 7) % 7;
  return addDaysToDate(today, ahead === 0 ? 7 : ahead);
}

/** "next friday" is the Friday of next week (the week starting next Monday). */
export function weekdayNextWeek(today: string, weekday: number): string {
  return addDaysToDate(nextMonday(today), weekday - 1);
}

/** "last friday" is the most recent Friday strictly before today. */
export function previousWeekday(today: string, weekday: number): string {
  const back = (weekdayOf(today) - weekday + 7) % 7;
  return addDaysToDate(today, back === 0 ? -7 : -back);
}

/** "next week" is Monday of next week (tomorrow, when said on a Sunday). */
export function nextMonday(today: string): string {
  return addDaysToDate(today, 8 - weekdayOf(today));
}

/** "this weekend" is the coming Saturday; on a Saturday or Sunday it is today. "next weekend" is a week after. */
export function weekendDate(today: string, next: boolean): string {
  const weekday = weekdayOf(today);
  const thisWeekend = weekday >= 6 ? today : addDaysToDate(today, 6 - weekday);
  if (!next) return thisWeekend;
  const saturday = weekday === 7 ? addDaysToDate(today, -1) : thisWeekend;
  return addDaysToDate(saturday, 7);
}

/** "end of month": the last day of today's month. */
export function endOfMonth(today: string): string {
  return addDaysToDate(addToDate(`${today.slice(0, 8)}01`, { months: 1 }), -1);
}

/** "next month" / "next year": the first day of that month or year. */
export function startOfNext(today: string, unit: "month" | "year"): string {
  if (unit === "year") return `${Number(today.slice(0, 4)) + 1}-01-01`;
  return addToDate(`${today.slice(0, 8)}01`, { months: 1 });
}

/** "on the 15th": the next 15th not in the past (today counts), skipping months too short for it. */
export function nextDayOfMonth(today: string, day: number): string | null {
  if (day < 1 || day > 31) return null;
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  for (let i = 0; i < 13; i++) {
    const candidate = formatDate(year, month, day);
    if (isValidDate(candidate) && candidate >= today) return candidate;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return null;
}

/** A month and day without a year: the next one not in the past (today counts); Feb 29 waits for a leap year. */
export function nextMonthDay(today: string, month: number, day: number): string | null {
  const year = Number(today.slice(0, 4));
  for (let y = year; y <= year + 8; y++) {
    const candidate = formatDate(y, month, day);
    if (isValidDate(candidate) && candidate >= today) return candidate;
  }
  return null;
}
