import type { Due, QuickAddContext } from "./types";
import { daysBetween, todayIn, wallClock, weekdayOf } from "./calendar";

// Labels are English and built by hand, not with Intl: ICU versions differ between browsers and
// servers ("Fri, 28 Nov" vs "Fri 28 Nov"), and a label rendered on the server must match the one
// the browser renders.

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

const weekdayName = (date: string) => WEEKDAYS[weekdayOf(date) - 1]!;
const dayMonth = (date: string) => `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]!}`;

/**
 * The short chip label: "Today", "Tomorrow", "Yesterday", the weekday ("Fri") within the next 6
 * days, "3 Dec" in this year, "3 Dec 2027" in another; " 18:00" appended when timed.
 */
export function dueLabel(due: Due, ctx: QuickAddContext): string {
  const today = todayIn(ctx.timezone, ctx.now);
  const days = daysBetween(today, due.date);
  const day =
    days === 0 ? "Today"
    : days === 1 ? "Tomorrow"
    : days === -1 ? "Yesterday"
    : days > 1 && days <= 6 ? weekdayName(due.date)
    : due.date.slice(0, 4) === today.slice(0, 4) ? dayMonth(due.date)
    : `${dayMonth(due.date)} ${due.date.slice(0, 4)}`;
  return due.time === null ? day : `${day} ${due.time}`;
}

/**
 * The resolved value shown while typing: "Fri 28 Nov, 18:00", or "Fri 28 Nov" all day. Given a
 * context, a date in another year than the user's today carries the year ("Fri 3 Dec 2027").
 */
export function describeDue(due: Due, ctx?: QuickAddContext): string {
  const otherYear = ctx !== undefined && due.date.slice(0, 4) !== todayIn(ctx.timezone, ctx.now).slice(0, 4);
  const day = `${weekdayName(due.date)} ${dayMonth(due.date)}${otherYear ? ` ${due.date.slice(0, 4)}` : ""}`;
  return due.time === null ? day : `${day}, ${due.time}`;
}

/** Overdue: a date before the user's today, or today at a time already passed. */
export function isOverdue(due: Due, ctx: QuickAddContext): boolean {
  const wall = wallClock(ctx.now, ctx.timezone);
  if (due.date !== wall.date) return due.date < wall.date;
  if (due.time === null) return false;
  // Compared on today's wall clock, with the seconds into this minute (zone offsets are whole minutes).
  const [hour, minute] = due.time.split(":").map(Number) as [number, number];
  return (hour * 60 + minute) * 60_000 < wall.minutes * 60_000 + (ctx.now.getTime() % 60_000);
}
