import { describeDue } from "@/lib/quick-add/format";
import type { QuickAddContext } from "@/lib/quick-add/types";
import { wallClock } from "@/lib/quick-add/calendar";

/** A reminder as the editor holds it: the wire's set, without ids (a write replaces the whole set). */
export type ReminderDraft = { before_minutes: number } | { at: string };

export const UNITS = [
  { unit: "minutes", minutes: 1 },
  { unit: "hours", minutes: 60 },
  { unit: "days", minutes: 1440 },
] as const;

/** "At the due time", "30 minutes before", "1 day before", "At Fri 27 Nov, 22:30" (the user's zone). */
export function reminderWords(r: ReminderDraft, ctx: QuickAddContext): string {
  if ("at" in r) {
    const clock = wallClock(new Date(r.at), ctx.timezone);
    return `At ${describeDue({ date: clock.date, time: clock.time }, ctx)}`;
  }
  if (r.before_minutes === 0) return "At the due time";
  const { unit, minutes } = [...UNITS].reverse().find((u) => r.before_minutes % u.minutes === 0)!;
  const n = r.before_minutes / minutes;
  return `${n} ${n === 1 ? unit.slice(0, -1) : unit} before`;
}

export const sameReminder = (a: ReminderDraft, b: ReminderDraft) =>
  "at" in a ? "at" in b && Date.parse(a.at) === Date.parse(b.at) : "before_minutes" in b && a.before_minutes === b.before_minutes;
