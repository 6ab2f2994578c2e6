import { Temporal } from "temporal-polyfill";
import { localStamp, offsetText } from "./ics-text";

interface Observance {
  kind: "STANDARD" | "DAYLIGHT";
  /** Wall time at the change, in the offset before it (RFC 5545 3.6.5). */
  start: Temporal.PlainDateTime;
  from: number;
  to: number;
  /** A yearly rule when the zone keeps changing this way after the listed years. */
  rule?: string;
}

const NS_PER_S = 1_000_000_000;
// Zones change offset at most a few times a year; the cap only guards against a runaway loop.
const MAX_CHANGES_PER_YEAR = 6;

const offsetSeconds = (zdt: Temporal.ZonedDateTime) => zdt.offsetNanoseconds / NS_PER_S;

/** The zone's offset changes from 1 January of `fromYear` until the end of `toYear`. */
function changes(timezone: string, fromYear: number, toYear: number): Observance[] {
  const out: Observance[] = [];
  let at = Temporal.PlainDate.from({ year: fromYear, month: 1, day: 1 }).toZonedDateTime(timezone);
  let offset = offsetSeconds(at);
  const cap = (toYear - fromYear + 1) * MAX_CHANGES_PER_YEAR;
  for (let i = 0; i < cap; i++) {
    const next = at.getTimeZoneTransition("next");
    if (!next || next.year > toYear) break;
    const to = offsetSeconds(next);
    const start = Temporal.Instant.fromEpochNanoseconds(next.epochNanoseconds + BigInt(offset) * BigInt(NS_PER_S))
      .toZonedDateTimeISO("UTC")
      .toPlainDateTime();
    // Which side is "daylight" only names the observance; the offsets carry the meaning.
    out.push({ kind: to > offset ? "DAYLIGHT" : "STANDARD", start, from: offset, to });
    [at, offset] = [next, to];
  }
  return out;
}

/** The change as a yearly rule: the nth (or last) weekday of its month, e.g. BYMONTH=3;BYDAY=-1SU. */
function yearlyRule(start: Temporal.PlainDateTime): string {
  const day = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][start.dayOfWeek - 1];
  const nth = start.day > start.daysInMonth - 7 ? -1 : Math.ceil(start.day / 7);
  return `FREQ=YEARLY;BYMONTH=${start.month};BYDAY=${nth}${day}`;
}

function ruleDate(rule: string, year: number): Temporal.PlainDate {
  const [, month, nth, day] = /BYMONTH=(\d+);BYDAY=(-?\d)(\w\w)/.exec(rule)!;
  const iso = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"].indexOf(day!) + 1;
  const first = Temporal.PlainDate.from({ year, month: Number(month), day: 1 });
  const firstMatch = first.add({ days: (iso - first.dayOfWeek + 7) % 7 });
  if (Number(nth) > 0) return firstMatch.add({ weeks: Number(nth) - 1 });
  const last = first.with({ day: first.daysInMonth });
  return last.subtract({ days: (last.dayOfWeek - iso + 7) % 7 });
}

/**
 * The last change of each kind gets a yearly RRULE when the zone's next few years follow it,
 * so recurring events past the listed years keep the right offset. A zone about to change its
 * rules (or drop DST) fails the check and keeps only the explicit changes.
 */
function addYearlyRules(listed: Observance[], timezone: string, toYear: number): void {
  const later = changes(timezone, toYear + 1, toYear + 3);
  for (const kind of ["STANDARD", "DAYLIGHT"] as const) {
    const last = listed.findLast((o) => o.kind === kind);
    if (!last) continue;
    const rule = yearlyRule(last.start);
    const following = later.filter((o) => o.kind === kind);
    const holds = following.length === 3 && following.every((o) =>
      o.from === last.from && o.to === last.to &&
      o.start.toPlainTime().equals(last.start.toPlainTime()) &&
      o.start.toPlainDate().equals(ruleDate(rule, o.start.year)));
    if (holds) last.rule = rule;
  }
}

/**
 * A VTIMEZONE for an IANA zone, built from the offsets the runtime knows: every change from
 * `fromYear` to `toYear`, preceded by the offset in force at the start (a parser gives times
 * before its first observance no offset at all). A zone without changes gets one STANDARD.
 */
export function vtimezoneLines(timezone: string, fromYear: number, toYear: number): string[] {
  const listed = changes(timezone, fromYear, toYear);
  addYearlyRules(listed, timezone, toYear);
  const startOffset = offsetSeconds(Temporal.PlainDate.from({ year: fromYear, month: 1, day: 1 }).toZonedDateTime(timezone));
  const opening: Observance = {
    kind: listed[0]?.kind === "STANDARD" ? "DAYLIGHT" : "STANDARD",
    start: Temporal.PlainDateTime.from({ year: 1970, month: 1, day: 1 }),
    from: startOffset,
    to: startOffset,
  };
  return [
    "BEGIN:VTIMEZONE",
    `TZID:${timezone}`,
    ...[opening, ...listed].flatMap((o) => [
      `BEGIN:${o.kind}`,
      `DTSTART:${localStamp(o.start)}`,
      `TZOFFSETFROM:${offsetText(o.from)}`,
      `TZOFFSETTO:${offsetText(o.to)}`,
      ...(o.rule ? [`RRULE:${o.rule}`] : []),
      `END:${o.kind}`,
    ]),
    "END:VTIMEZONE",
  ];
}
