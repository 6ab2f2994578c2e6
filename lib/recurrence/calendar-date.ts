import { Temporal } from "temporal-polyfill";

/** A calendar date on the wire and in storage: `YYYY-MM-DD`, no zone, no time. */
export type CalendarDate = string;

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** The date, or null when the text is not a real `YYYY-MM-DD` day (2026-02-30 is not). */
export function toPlainDate(text: string): Temporal.PlainDate | null {
  if (!DATE_SHAPE.test(text)) return null;
  try {
    return Temporal.PlainDate.from(text, { overflow: "reject" });
  } catch {
    return null;
  }
}

/** Like `toPlainDate`, for dates the caller promised are valid: a bad one is a bug, so it throws. */
export function plainDate(text: CalendarDate): Temporal.PlainDate {
  const date = toPlainDate(text);
  if (!date) throw new RangeError(`Not a calendar date: ${JSON.stringify(text)}`);
  return date;
}

// Today in the user's zone: one definition, shared with quick add.
export { todayIn } from "@/lib/quick-add/calendar";
