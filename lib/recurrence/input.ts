import { todayIn } from "./calendar-date";
import { extractRecurrence, type PhraseContext } from "./extract";
import { startSeries } from "./occurrences";
import { formatRule, parseRule } from "./rule";
import type { Anchor } from "./schemas";

export interface RecurrenceInput {
  rule: string;
  anchor: Anchor;
  /** "HH:MM" when words carried a time; always null for an RRULE. */
  time: string | null;
}

/**
 * Reads a recurrence a client sent as one string: either words that are nothing but a
 * recurrence ("every weekday at 9am") or an RRULE ("FREQ=WEEKLY;BYDAY=MO", "RRULE:" allowed),
 * checked strictly. Null for anything else, including a rule with no date from today on.
 */
export function parseRecurrenceInput(input: string, ctx: PhraseContext): RecurrenceInput | null {
  const text = input.trim();
  let found: RecurrenceInput | null;
  if (text.includes("=")) {
    const parts = parseRule(text);
    found = parts && { rule: formatRule(parts), anchor: "schedule", time: null };
  } else {
    const words = extractRecurrence(text, ctx);
    const rest = words && text.slice(0, words.start) + text.slice(words.end);
    found = words && !/[\p{L}\p{N}]/u.test(rest ?? "") ? { rule: words.rule, anchor: words.anchor, time: words.time } : null;
  }
  if (!found || !startSeries(found.rule, found.anchor, todayIn(ctx.timezone, ctx.now))) return null;
  return found;
}
