/**
 * Repeating tasks: rules from words or RRULEs, their dates, and their names in English.
 * Pure and framework-free (it runs in the browser too): no node-only imports here.
 */
export { todayIn, type CalendarDate } from "./calendar-date";
export { describeRecurrence } from "./describe";
export { extractRecurrence, type ExtractedRecurrence, type PhraseContext } from "./extract";
export { parseRecurrenceInput, type RecurrenceInput } from "./input";
export {
  feedRule,
  firstOccurrence,
  nextOccurrence,
  previewOccurrences,
  skipOccurrence,
  startSeries,
  type NextOccurrence,
} from "./occurrences";
export { COUNT_MAX, INTERVAL_MAX, formatRule, parseRule, type RuleParts } from "./rule";
export { anchorSchema, seriesSchema, type Anchor, type Series } from "./schemas";
