import { Temporal } from "temporal-polyfill";
import { findDue } from "./dates";
import { titleWithout } from "./title";
import type { Due, QuickAddContext } from "./types";
import { isValidDate, isValidTime, wallClock } from "./calendar";

const CLEAR = /^(none|no date|no due date|no due|clear|remove)$/i;
const ISO_WALL = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2})(?::00(?:\.0+)?)?)?$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** An ISO date or date-time; an instant with an offset is read on the user's wall clock. undefined: not ISO. */
function readIso(text: string, timezone: string): Due | null | undefined {
  const wall = ISO_WALL.exec(text);
  if (wall) {
    const [, date, time = null] = wall as unknown as [string, string, string | undefined];
    return isValidDate(date) && (time === null || isValidTime(time)) ? { date, time } : null;
  }
  if (!ISO_INSTANT.test(text)) return undefined;
  try {
    const local = wallClock(new Date(Temporal.Instant.from(text).epochMilliseconds), timezone);
    return { date: local.date, time: local.time };
  } catch {
    return null;
  }
}

/**
 * A whole string that is only a due expression ("tomorrow 6pm", "fri", "2026-12-03 18:00",
 * "in 3 days"), read like quick add in the user's zone; "none" / "no date" / "clear" → "clear".
 * Leftover words ("tomorrow p1", "Read 1984") or nothing recognisable → null.
 */
export function parseDueString(text: string, ctx: QuickAddContext): Due | null | "clear" {
  const words = text.trim().replace(/\s+/g, " ");
  if (CLEAR.test(words)) return "clear";
  const iso = readIso(words, ctx.timezone);
  if (iso !== undefined) return iso;
  const found = findDue(words, ctx, true);
  if (found.due === null) return null;
  return titleWithout(words, found.spans) === "" ? found.due : null;
}
