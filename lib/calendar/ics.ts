import { Temporal } from "temporal-polyfill";
import { dateStamp, durationText, escapeText, foldLine, localStamp, oneLine, utcStamp } from "./ics-text";
import { vtimezoneLines } from "./vtimezone";

/** A reminder: minutes before the due time (all-day: before 09:00 local), or an instant. */
export type CalendarReminder = { beforeMinutes: number } | { at: Date };

export interface CalendarEvent {
  /** Stable across builds, e.g. `${taskId}@docket`, so calendars update rather than duplicate. */
  uid: string;
  title: string;
  description: string;
  url: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM wall clock in the calendar's zone, or null for an all-day event. */
  time: string | null;
  /** Default 30 for a timed event. */
  durationMinutes?: number;
  /** An RRULE value without DTSTART; exported with DTSTART at `date`. */
  rule?: string;
  reminders: CalendarReminder[];
  updatedAt: Date;
  completed?: boolean;
}

export interface CalendarInput {
  name: string;
  /** IANA zone of the user: timed events are written in it. */
  timezone: string;
  now: Date;
  events: CalendarEvent[];
}

const DEFAULT_DURATION_MINUTES = 30;
/** All-day reminders count back from 09:00 local. */
const ALL_DAY_REMINDER_MINUTE = 9 * 60;
/** Far-off dates would make the zone's change list long; beyond this the yearly rules carry on. */
const ZONE_YEARS_AROUND_NOW = 10;

const plainDateTime = (date: string, time: string) => Temporal.PlainDateTime.from(`${date}T${time}:00`);

/**
 * RFC 5545 wants a DATE-TIME UNTIL in UTC when DTSTART has a TZID: the rule's UNTIL date
 * becomes the end of that day in the zone.
 */
function untilInUtc(rule: string, timezone: string): string {
  return rule.replace(/UNTIL=(\d{4})(\d{2})(\d{2})(?=;|$)/, (_, y: string, m: string, d: string) => {
    const end = Temporal.PlainDateTime.from(`${y}-${m}-${d}T23:59:59`).toZonedDateTime(timezone);
    return `UNTIL=${utcStamp(new Date(end.epochMilliseconds))}`;
  });
}

function alarmLines(event: CalendarEvent): string[] {
  if (event.completed) return []; // a finished task should not ring
  return event.reminders.flatMap((reminder) => {
    const trigger = "at" in reminder
      ? `TRIGGER;VALUE=DATE-TIME:${utcStamp(reminder.at)}`
      : `TRIGGER:${durationText(event.time === null ? ALL_DAY_REMINDER_MINUTE - reminder.beforeMinutes : -reminder.beforeMinutes)}`;
    return ["BEGIN:VALARM", "ACTION:DISPLAY", `DESCRIPTION:${escapeText(event.title)}`, trigger, "END:VALARM"];
  });
}

function eventLines(event: CalendarEvent, timezone: string, now: Date): string[] {
  const when = event.time === null
    ? [
        `DTSTART;VALUE=DATE:${dateStamp(event.date)}`,
        `DTEND;VALUE=DATE:${dateStamp(Temporal.PlainDate.from(event.date).add({ days: 1 }).toString())}`,
      ]
    : [
        `DTSTART;TZID=${timezone}:${localStamp(plainDateTime(event.date, event.time))}`,
        // The end is the start plus real minutes, so an event across a DST change keeps its length.
        `DTEND;TZID=${timezone}:${localStamp(
          plainDateTime(event.date, event.time)
            .toZonedDateTime(timezone)
            .add({ minutes: event.durationMinutes ?? DEFAULT_DURATION_MINUTES })
            .toPlainDateTime(),
        )}`,
      ];
  const rule = event.rule?.replace(/^RRULE:/i, "");
  const description = event.description.trim() ? `${event.description.trim()}\n\n${event.url}` : event.url;
  return [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcStamp(now)}`,
    `LAST-MODIFIED:${utcStamp(event.updatedAt)}`,
    `SUMMARY:${escapeText(event.completed ? `✓ ${event.title}` : event.title)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `URL:${oneLine(event.url)}`,
    ...when,
    ...(rule ? [`RRULE:${oneLine(event.time === null ? rule : untilInUtc(rule, timezone))}`] : []),
    // A task is not a meeting: it should not mark the user busy.
    "TRANSP:TRANSPARENT",
    ...alarmLines(event),
    "END:VEVENT",
  ];
}

/**
 * The calendar feed as RFC 5545 text: one VTIMEZONE for the user's zone (the years of the
 * events and a year either side of now), one VEVENT per event, lines folded at 75 octets and
 * ended with CRLF.
 */
export function buildCalendar(input: CalendarInput): string {
  const nowYear = Temporal.Instant.fromEpochMilliseconds(input.now.getTime()).toZonedDateTimeISO(input.timezone).year;
  const years = input.events
    .map((e) => Number(e.date.slice(0, 4)))
    .map((y) => Math.min(Math.max(y, nowYear - ZONE_YEARS_AROUND_NOW), nowYear + ZONE_YEARS_AROUND_NOW));
  const fromYear = Math.min(nowYear - 1, ...years);
  const toYear = Math.max(nowYear + 1, ...years);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Docket//Tasks//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(input.name)}`,
    `X-WR-TIMEZONE:${input.timezone}`,
    ...vtimezoneLines(input.timezone, fromYear, toYear),
    ...input.events.flatMap((e) => eventLines(e, input.timezone, input.now)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
