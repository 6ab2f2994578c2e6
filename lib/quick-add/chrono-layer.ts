import * as chrono from "chrono-node/en";
import { nextDayOfMonth } from "./relative";
import { formatDate, type WallClock } from "./calendar";

// chrono finds date expressions and reads their absolute parts (month names, ordinals, numeric
// dates, clock times). It is never asked for an instant: its `timezone` option takes only offsets
// or abbreviations (an IANA name is silently ignored) and its arithmetic runs in the process
// zone. So it gets a reference whose local components are the user's wall-clock date, and only
// the components it marks as certain are read back (see resolve.ts); everything relative to
// "now" (weekdays, years left implicit, durations, a time with no date) is worked out here.

/**
 * "the 15th", "on the 1st", and "on 1st" when it ends the text ("Meet Ann on 5th Avenue" is an
 * address): chrono has no day-of-month-only form. The date is the next such day not in the past;
 * giving chrono the day alone would not do, as it drops "the 31st" in a 30-day month.
 */
const dayOfMonthParser: chrono.Parser = {
  pattern: () =>
    /\b(?:the\s+([12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|on\s+([12]?\d|3[01])(?:st|nd|rd|th)(?=[\s.,;:!?]*$))/i,
  extract: (context, match) => {
    const date = nextDayOfMonth(localDate(context.refDate), Number(match[1] ?? match[2]));
    if (date === null) return null;
    const [year, month, day] = date.split("-").map(Number) as [number, number, number];
    return { year, month, day };
  },
};

/** chrono's numeric-date parser (3/12), told apart from the others by its own field. */
const isNumericDateParser = (parser: chrono.Parser) => "groupNumberMonth" in parser;

function build(littleEndian: boolean): chrono.Chrono {
  const config = chrono.configuration.createCasualConfiguration(false);
  if (littleEndian) {
    // Only the numeric order changes with the locale. chrono's own little-endian mode also reads
    // "Dec 31" as December 2031; month names here read the same in every locale.
    const dayFirst = chrono.configuration.createCasualConfiguration(true).parsers.find(isNumericDateParser);
    const index = config.parsers.findIndex(isNumericDateParser);
    if (dayFirst && index >= 0) config.parsers[index] = dayFirst;
  }
  const parser = new chrono.Chrono(config);
  parser.parsers.push(dayOfMonthParser);
  return parser;
}

const parsers = new Map<boolean, chrono.Chrono>();
const monthFirstByLocale = new Map<string, boolean>();

/**
 * Whether numeric dates put the month first (3/12 = March 12), read from the locale's own
 * short date pattern: en-US, en-CA, ja, zh → month first; en-GB, de, fr, es → day first.
 * Missing or unknown locale → en-US.
 */
export function isMonthFirst(locale: string | undefined): boolean {
  const tag = locale ?? "en-US";
  let monthFirst = monthFirstByLocale.get(tag);
  if (monthFirst === undefined) {
    try {
      const parts = new Intl.DateTimeFormat(tag, { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" }).formatToParts(
        Date.UTC(2026, 2, 12),
      );
      const types = parts.map((p) => p.type);
      monthFirst = types.indexOf("month") < types.indexOf("day");
    } catch {
      monthFirst = true;
    }
    monthFirstByLocale.set(tag, monthFirst);
  }
  return monthFirst;
}

/**
 * The user's date as a Date whose process-local components spell it, at noon: chrono reads only
 * the date from it (see above), and noon is clear of any DST gap the process zone has that night.
 */
function referenceFor(date: string): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const reference = new Date(year, month - 1, day, 12, 0, 0, 0);
  reference.setFullYear(year);
  return reference;
}

/** The date a reference from referenceFor spells. */
const localDate = (reference: Date) => formatDate(reference.getFullYear(), reference.getMonth() + 1, reference.getDate());

/** chrono's raw results for the text, read against the user's wall-clock date. */
export function findDateExpressions(text: string, wall: WallClock, locale: string | undefined): chrono.ParsedResult[] {
  const littleEndian = !isMonthFirst(locale);
  let parser = parsers.get(littleEndian);
  if (!parser) parsers.set(littleEndian, (parser = build(littleEndian)));
  return parser.parse(text, referenceFor(wall.date), { forwardDate: true });
}
