import type { Span } from "./types";

// When do words that look like a date count as one? Titles are full of numbers, month names and
// words like "sun" or "morning", so a date expression must earn its place:
//
// 1. Unmistakable words count anywhere: today, tonight, tomorrow, yesterday, an ISO date.
// 2. A bare hour ("at 9") counts only at the end of the text: "Meet at 10 Downing Street" has no due.
// 3. Anything introduced by a connector counts anywhere: on/at/by/due/before/until before it, or
//    in/next/this/last/within starting it ("Dinner at 6pm with Ann", "Submit report by friday to Bob").
// 4. Weekday abbreviations, numeric dates and bare time-of-day words (sun, 3/12, evening) count only
//    at the end: "Pick up Sun newspaper", "Evening walk", "Read 3/4 of the book" have no due.
// 5. Anything else (month and day, a full weekday, "6pm") counts at the end or at the start:
//    "Friday: call mom", "6pm call mom"; in the middle it stays title ("Send Dec 3 invoice").
// A bare month ("Call May", "Book for March reading group") and a bare number ("Read 1984",
// "Buy 2 apples") are never dates (resolve.ts drops them). Placement is judged on the blanked
// text, where priority marks are already spaces, so "End" and "start" look past them and past
// punctuation: "Call Ann fri p1" ends with its date.

const STRONG = /\b(today|tonight|tomorrow|tmrw?|tmr|yesterday)\b|\d{4}-\d{2}-\d{2}/;
const BARE_HOUR = /^(at\s+)?\d{1,2}$/;
const STARTS_INTRODUCED = /^(on|at|by|in|within|next|this|last|before|until|after)\b/;
const WEAK = /^((mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?|morning|afternoon|evening|night|noon|midday|midnight)$/;
/** Words before a date that belong to it, and go with it from the title. */
const CONNECTOR_BEFORE = /\b(on|by|at|due|before|until|till)\s+$/i;
/** "in the evening", "for tomorrow" (the latter only at the end: "Buy cake for tomorrow's party"). */
const CONNECTOR_BEFORE_AT_END = /\b(for|in\s+the)\s+$/i;
const MARGIN = /^[\s.,;:!?()[\]\-–—]*$/;

function isAtEnd(blank: string, span: Span): boolean {
  return MARGIN.test(blank.slice(span.end));
}

function isAtStart(blank: string, span: Span): boolean {
  return MARGIN.test(blank.slice(0, span.start));
}

function followsConnector(blank: string, span: Span): boolean {
  return CONNECTOR_BEFORE.test(blank.slice(0, span.start));
}

/** Whether a date expression at this place in the text is meant as a due date (rules above). */
export function isAnchored(blank: string, span: Span): boolean {
  const words = blank.slice(span.start, span.end).toLowerCase().trim();
  const atEnd = isAtEnd(blank, span);
  if (STRONG.test(words)) return true;
  if (BARE_HOUR.test(words)) return atEnd;
  if (followsConnector(blank, span) || STARTS_INTRODUCED.test(words)) return true;
  if (WEAK.test(words)) return atEnd;
  return atEnd || isAtStart(blank, span);
}

/** The span widened to take in the connector words before it ("by friday", "due on friday"). */
export function withConnectors(blank: string, span: Span): Span {
  let start = span.start;
  const atEnd = isAtEnd(blank, span);
  // "the 3rd of December": chrono leaves out the article before an ordinal.
  const article = /\bthe\s+$/i.exec(blank.slice(0, start));
  if (article && /^\d/.test(blank.slice(start, span.end))) start = article.index;
  for (let i = 0; i < 2; i++) {
    const before = blank.slice(0, start);
    const match = CONNECTOR_BEFORE.exec(before) ?? (atEnd ? CONNECTOR_BEFORE_AT_END.exec(before) : null);
    if (!match) break;
    start = match.index;
  }
  return { start, end: span.end };
}
