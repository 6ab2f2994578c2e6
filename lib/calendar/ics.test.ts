import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, type CalendarEvent } from "./ics";

const NOW = new Date("2026-03-08T03:00:00Z");

function event(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: "1@docket",
    title: "Water the plants",
    description: "",
    url: "https://docket.example/tasks/1",
    date: "2026-12-03",
    time: "18:00",
    reminders: [],
    updatedAt: new Date("2026-03-01T10:00:00Z"),
    ...overrides,
  };
}

function build(events: CalendarEvent[], timezone = "Europe/Berlin", now = NOW): string {
  return buildCalendar({ name: "Docket", timezone, now, events });
}

/** The calendar parsed by ical.js: TZID dates resolve through the feed's own VTIMEZONE. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
  return { calendar, events };
}

const instant = (t: ICAL.Time) => new Date(t.toUnixTime() * 1000).toISOString();

/** Occurrence start instants from ical.js's own RRULE expansion, at most `n`. */
function expand(e: ICAL.Event, n = 20): string[] {
  const it = e.iterator();
  const out: string[] = [];
  for (let next = it.next(); next && out.length < n; next = it.next()) {
    out.push(next.isDate ? next.toString() : instant(next));
  }
  return out;
}

describe("calendar feed structure", () => {
  it("has one event per task and names the calendar and its zone", () => {
    const { calendar, events } = parse(build([event(), event({ uid: "2@docket", time: null })]));
    expect(events).toHaveLength(2);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("calscale")).toBe("GREGORIAN");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Docket");
    expect(calendar.getFirstPropertyValue("x-wr-timezone")).toBe("Europe/Berlin");
    expect(calendar.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid"))).toEqual(["Europe/Berlin"]);
  });

  it("ends every line with CRLF and has no bare line feed", () => {
    const text = build([event({ title: "a\nb\r\nc", description: "x\ny" })]);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(text).not.toMatch(/\r(?!\n)/);
  });

  it("folds long lines at 75 octets without cutting a character", () => {
    const title = "Ünïcödé tásk 🌱🌱🌱 with a long, long; name — ".repeat(6);
    const text = build([event({ title, description: "ä".repeat(200) })]);
    const lines = text.split("\r\n").slice(0, -1);
    for (const line of lines) {
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
      // A cut surrogate pair would leave half a character at a line end.
      expect(line).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
    }
    expect(lines.some((l) => l.startsWith(" "))).toBe(true);
    expect(parse(text).events[0]!.summary).toBe(title);
  });

  it("summary and description round-trip commas, semicolons, backslashes, newlines and emoji", () => {
    const title = 'Buy milk, eggs; bread \\ jam\nthen "cook" 🍳';
    const { events } = parse(build([event({ title, description: "Line one\nLine two, with; marks" })]));
    expect(events[0]!.summary).toBe(title);
    expect(events[0]!.description).toBe("Line one\nLine two, with; marks\n\nhttps://docket.example/tasks/1");
    expect(events[0]!.component.getFirstPropertyValue("url")).toBe("https://docket.example/tasks/1");
  });

  it("a description without text is just the link", () => {
    expect(parse(build([event()])).events[0]!.description).toBe("https://docket.example/tasks/1");
  });

  it("keeps the UID across builds, and stamps DTSTAMP and LAST-MODIFIED in UTC", () => {
    const first = parse(build([event()], "Europe/Berlin", NOW)).events[0]!;
    const later = parse(build([event()], "Europe/Berlin", new Date("2026-03-09T12:00:00Z"))).events[0]!;
    expect(first.uid).toBe("1@docket");
    expect(later.uid).toBe(first.uid);
    expect(instant(first.component.getFirstPropertyValue("dtstamp") as ICAL.Time)).toBe("2026-03-08T03:00:00.000Z");
    expect(instant(later.component.getFirstPropertyValue("dtstamp") as ICAL.Time)).toBe("2026-03-09T12:00:00.000Z");
    expect(instant(first.component.getFirstPropertyValue("last-modified") as ICAL.Time)).toBe("2026-03-01T10:00:00.000Z");
  });

  it("the calendar name is escaped like any text", () => {
    const text = buildCalendar({ name: "Work, home; misc", timezone: "UTC", now: NOW, events: [] });
    // Checked on the text: ical.js reads X- properties as unknown values and does not unescape them.
    expect(text).toContain("X-WR-CALNAME:Work\\, home\\; misc\r\n");
  });
});

describe("event times", () => {
  it("an all-day event is a DATE from its day to the next", () => {
    const text = build([event({ time: null })]);
    expect(text).toContain("DTSTART;VALUE=DATE:20261203\r\n");
    expect(text).toContain("DTEND;VALUE=DATE:20261204\r\n");
    const e = parse(text).events[0]!;
    expect(e.startDate.isDate).toBe(true);
    expect(e.startDate.toString()).toBe("2026-12-03");
    expect(e.endDate.toString()).toBe("2026-12-04");
  });

  it.each([
    ["Europe/Berlin", "2026-12-03", "2026-12-03T17:00:00.000Z"],
    ["Europe/Berlin", "2026-07-15", "2026-07-15T16:00:00.000Z"],
    ["America/New_York", "2026-12-03", "2026-12-03T23:00:00.000Z"],
    ["America/New_York", "2026-07-15", "2026-07-15T22:00:00.000Z"],
    ["Australia/Sydney", "2026-01-15", "2026-01-15T07:00:00.000Z"],
    ["Australia/Sydney", "2026-07-15", "2026-07-15T08:00:00.000Z"],
    ["Asia/Tokyo", "2026-07-15", "2026-07-15T09:00:00.000Z"],
    ["UTC", "2026-07-15", "2026-07-15T18:00:00.000Z"],
  ])("18:00 in %s on %s is %s through the feed's VTIMEZONE", (timezone, date, expected) => {
    const text = build([event({ date })], timezone);
    expect(text).toContain(`DTSTART;TZID=${timezone}:${date.replaceAll("-", "")}T180000\r\n`);
    const e = parse(text).events[0]!;
    expect(instant(e.startDate)).toBe(expected);
    expect(new Date(e.endDate.toUnixTime() * 1000).getTime() - new Date(expected).getTime()).toBe(30 * 60_000);
  });

  it("the days either side of a DST change get their own offsets", () => {
    const { events } = parse(build([event({ date: "2026-03-28", time: "09:00" }), event({ uid: "2@docket", date: "2026-03-29", time: "09:00" })]));
    expect(events.map((e) => instant(e.startDate))).toEqual(["2026-03-28T08:00:00.000Z", "2026-03-29T07:00:00.000Z"]);
  });

  it("an event years away still converts with that year's offset", () => {
    const { events } = parse(build([event({ date: "2031-07-01", time: "12:00" })], "America/New_York"));
    expect(instant(events[0]!.startDate)).toBe("2031-07-01T16:00:00.000Z");
  });

  it("a duration sets DTEND", () => {
    const text = build([event({ durationMinutes: 90 })]);
    expect(text).toContain("DTEND;TZID=Europe/Berlin:20261203T193000\r\n");
  });

  it("a zone without DST gets a single STANDARD observance", () => {
    const zone = parse(build([event()], "Asia/Tokyo")).calendar.getFirstSubcomponent("vtimezone")!;
    expect(zone.getAllSubcomponents().map((c) => c.name)).toEqual(["standard"]);
    expect(zone.getFirstSubcomponent("standard")!.getFirstPropertyValue("tzoffsetto")!.toString()).toBe("+09:00");
  });

  it("a DST zone lists its real changes with the offsets before and after", () => {
    const zone = parse(build([event()], "America/New_York")).calendar.getFirstSubcomponent("vtimezone")!;
    const daylight = zone.getAllSubcomponents("daylight").map((c) => [
      c.getFirstPropertyValue("dtstart")!.toString(),
      c.getFirstPropertyValue("tzoffsetfrom")!.toString(),
      c.getFirstPropertyValue("tzoffsetto")!.toString(),
    ]);
    expect(daylight).toContainEqual(["2026-03-08T02:00:00", "-05:00", "-04:00"]);
    const standard = zone.getAllSubcomponents("standard").map((c) => c.getFirstPropertyValue("dtstart")!.toString());
    expect(standard).toContain("2026-11-01T02:00:00");
  });
});

describe("repeating events", () => {
  it("a timed rule expands across the March change at the same wall time", () => {
    const { events } = parse(build([event({ date: "2026-03-23", time: "09:00", rule: "FREQ=WEEKLY;BYDAY=MO,TH;COUNT=4" })]));
    expect(events[0]!.isRecurring()).toBe(true);
    expect(expand(events[0]!)).toEqual([
      "2026-03-23T08:00:00.000Z",
      "2026-03-26T08:00:00.000Z",
      "2026-03-30T07:00:00.000Z",
      "2026-04-02T07:00:00.000Z",
    ]);
  });

  it("an all-day rule expands to dates", () => {
    const { events } = parse(build([event({ date: "2026-01-31", time: null, rule: "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3" })]));
    expect(expand(events[0]!)).toEqual(["2026-01-31", "2026-02-28", "2026-03-31"]);
  });

  it("UNTIL on a timed rule becomes the end of that day in UTC and still includes it", () => {
    const text = build([event({ date: "2026-12-28", time: "18:00", rule: "FREQ=DAILY;UNTIL=20261231" })]);
    expect(text).toContain("RRULE:FREQ=DAILY;UNTIL=20261231T225959Z\r\n");
    expect(expand(parse(text).events[0]!)).toEqual([
      "2026-12-28T17:00:00.000Z",
      "2026-12-29T17:00:00.000Z",
      "2026-12-30T17:00:00.000Z",
      "2026-12-31T17:00:00.000Z",
    ]);
  });

  it("UNTIL on an all-day rule stays a DATE", () => {
    const text = build([event({ date: "2026-12-30", time: null, rule: "FREQ=DAILY;UNTIL=20261231" })]);
    expect(text).toContain("RRULE:FREQ=DAILY;UNTIL=20261231\r\n");
    expect(expand(parse(text).events[0]!)).toEqual(["2026-12-30", "2026-12-31"]);
  });

  it("a yearly event long after the listed years keeps its summer offset", () => {
    const { events } = parse(build([event({ date: "2026-07-01", time: "12:00", rule: "FREQ=YEARLY" })], "Europe/Berlin"));
    const dates = expand(events[0]!, 15);
    expect(dates[0]).toBe("2026-07-01T10:00:00.000Z");
    expect(dates[14]).toBe("2040-07-01T10:00:00.000Z");
  });

  it("an event without a rule has no RRULE", () => {
    const e = parse(build([event()])).events[0]!;
    expect(e.component.hasProperty("rrule")).toBe(false);
    expect(e.isRecurring()).toBe(false);
  });
});

describe("reminders", () => {
  const triggers = (e: ICAL.Event) =>
    e.component.getAllSubcomponents("valarm").map((a) => {
      const trigger = a.getFirstPropertyValue("trigger") as ICAL.Duration | ICAL.Time;
      return trigger instanceof ICAL.Duration ? trigger.toSeconds() : instant(trigger);
    });

  it("a timed event's reminders count back from its start, or fire at their instant", () => {
    const text = build([event({ reminders: [{ beforeMinutes: 30 }, { beforeMinutes: 0 }, { beforeMinutes: 1500 }, { at: new Date("2026-12-03T16:30:00Z") }] })]);
    expect(text).toContain("TRIGGER:-PT30M\r\n");
    expect(text).toContain("TRIGGER:-P1DT1H\r\n");
    expect(text).toContain("TRIGGER;VALUE=DATE-TIME:20261203T163000Z\r\n");
    const e = parse(text).events[0]!;
    expect(triggers(e)).toEqual([-1800, 0, -90_000, "2026-12-03T16:30:00.000Z"]);
    const alarm = e.component.getFirstSubcomponent("valarm")!;
    expect(alarm.getFirstPropertyValue("action")).toBe("DISPLAY");
    expect(alarm.getFirstPropertyValue("description")).toBe("Water the plants");
  });

  it("an all-day event's reminders count back from 09:00 local", () => {
    const text = build([event({ time: null, reminders: [{ beforeMinutes: 30 }, { beforeMinutes: 0 }, { beforeMinutes: 1440 }] })]);
    expect(text).toContain("TRIGGER:PT8H30M\r\n");
    expect(triggers(parse(text).events[0]!)).toEqual([8.5 * 3600, 9 * 3600, -15 * 3600]);
  });

  it("a completed task is marked and does not ring", () => {
    const e = parse(build([event({ completed: true, reminders: [{ beforeMinutes: 30 }] })])).events[0]!;
    expect(e.summary).toBe("✓ Water the plants");
    expect(triggers(e)).toEqual([]);
  });
});
