import { describe, expect, it } from "vitest";
import { extractRecurrence, previewOccurrences, startSeries, todayIn, type Anchor } from "./index";

/*
 * Each phrase is read in two zones at one instant: 2026-03-08 03:00 UTC is Saturday 7 March
 * 22:00 in New York (the night before the US clocks go forward) and Sunday 8 March 04:00 in
 * Berlin. "Today" differs, so the first dates differ wherever the rule allows today.
 */
const NOW = new Date("2026-03-08T03:00:00Z");
const ZONES = { ny: "America/New_York", berlin: "Europe/Berlin" } as const;
type Zone = keyof typeof ZONES;

interface Row {
  say: string;
  rule: string | Record<Zone, string>;
  anchor?: Anchor;
  time?: string;
  /** The recurrence words inside `say`, when they are not the whole text. */
  span?: string;
  next: string[] | Record<Zone, string[]>;
}

const DAILY_FROM_TODAY = { ny: ["2026-03-07", "2026-03-08", "2026-03-09"], berlin: ["2026-03-08", "2026-03-09", "2026-03-10"] };
const WEEKDAYS = ["2026-03-09", "2026-03-10", "2026-03-11"];
const MONDAYS = ["2026-03-09", "2026-03-16", "2026-03-23"];
const MONDAYS_THURSDAYS = ["2026-03-09", "2026-03-12", "2026-03-16"];
const WORKWEEK = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR";

const ROWS: Row[] = [
  { say: "every day", rule: "FREQ=DAILY", next: DAILY_FROM_TODAY },
  { say: "daily", rule: "FREQ=DAILY", next: DAILY_FROM_TODAY },
  { say: "Every Day.", rule: "FREQ=DAILY", span: "Every Day", next: DAILY_FROM_TODAY },
  { say: "every day at 18:00", rule: "FREQ=DAILY", time: "18:00", next: DAILY_FROM_TODAY },
  { say: "every weekday", rule: WORKWEEK, next: WEEKDAYS },
  { say: "every weekday at 9am", rule: WORKWEEK, time: "09:00", next: WEEKDAYS },
  { say: "at 9:30 pm every weekday", rule: WORKWEEK, time: "21:30", next: WEEKDAYS },
  { say: "every weekend", rule: "FREQ=WEEKLY;BYDAY=SA,SU", next: { ny: ["2026-03-07", "2026-03-08", "2026-03-14"], berlin: ["2026-03-08", "2026-03-14", "2026-03-15"] } },
  { say: "every week", rule: "FREQ=WEEKLY", next: { ny: ["2026-03-07", "2026-03-14", "2026-03-21"], berlin: ["2026-03-08", "2026-03-15", "2026-03-22"] } },
  { say: "weekly", rule: "FREQ=WEEKLY", next: { ny: ["2026-03-07", "2026-03-14", "2026-03-21"], berlin: ["2026-03-08", "2026-03-15", "2026-03-22"] } },
  { say: "every other week", rule: "FREQ=WEEKLY;INTERVAL=2", next: { ny: ["2026-03-07", "2026-03-21", "2026-04-04"], berlin: ["2026-03-08", "2026-03-22", "2026-04-05"] } },
  { say: "every 2 weeks", rule: "FREQ=WEEKLY;INTERVAL=2", next: { ny: ["2026-03-07", "2026-03-21", "2026-04-04"], berlin: ["2026-03-08", "2026-03-22", "2026-04-05"] } },
  { say: "every 2nd week", rule: "FREQ=WEEKLY;INTERVAL=2", next: { ny: ["2026-03-07", "2026-03-21", "2026-04-04"], berlin: ["2026-03-08", "2026-03-22", "2026-04-05"] } },
  { say: "fortnightly", rule: "FREQ=WEEKLY;INTERVAL=2", next: { ny: ["2026-03-07", "2026-03-21", "2026-04-04"], berlin: ["2026-03-08", "2026-03-22", "2026-04-05"] } },
  { say: "every month", rule: "FREQ=MONTHLY", next: { ny: ["2026-03-07", "2026-04-07", "2026-05-07"], berlin: ["2026-03-08", "2026-04-08", "2026-05-08"] } },
  { say: "monthly", rule: "FREQ=MONTHLY", next: { ny: ["2026-03-07", "2026-04-07", "2026-05-07"], berlin: ["2026-03-08", "2026-04-08", "2026-05-08"] } },
  { say: "pay rent monthly", rule: "FREQ=MONTHLY", span: "monthly", next: { ny: ["2026-03-07", "2026-04-07", "2026-05-07"], berlin: ["2026-03-08", "2026-04-08", "2026-05-08"] } },
  { say: "every year", rule: "FREQ=YEARLY", next: { ny: ["2026-03-07", "2027-03-07", "2028-03-07"], berlin: ["2026-03-08", "2027-03-08", "2028-03-08"] } },
  { say: "yearly", rule: "FREQ=YEARLY", next: { ny: ["2026-03-07", "2027-03-07", "2028-03-07"], berlin: ["2026-03-08", "2027-03-08", "2028-03-08"] } },
  { say: "annually", rule: "FREQ=YEARLY", next: { ny: ["2026-03-07", "2027-03-07", "2028-03-07"], berlin: ["2026-03-08", "2027-03-08", "2028-03-08"] } },
  { say: "every year on dec 3", rule: "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=3", next: ["2026-12-03", "2027-12-03", "2028-12-03"] },
  { say: "every monday", rule: "FREQ=WEEKLY;BYDAY=MO", next: MONDAYS },
  { say: "every saturday", rule: "FREQ=WEEKLY;BYDAY=SA", next: { ny: ["2026-03-07", "2026-03-14", "2026-03-21"], berlin: ["2026-03-14", "2026-03-21", "2026-03-28"] } },
  { say: "every mon and thu", rule: "FREQ=WEEKLY;BYDAY=MO,TH", next: MONDAYS_THURSDAYS },
  { say: "every monday and thursday", rule: "FREQ=WEEKLY;BYDAY=MO,TH", next: MONDAYS_THURSDAYS },
  { say: "EVERY THU, MON!", rule: "FREQ=WEEKLY;BYDAY=MO,TH", span: "EVERY THU, MON", next: MONDAYS_THURSDAYS },
  { say: "water the plants every monday", rule: "FREQ=WEEKLY;BYDAY=MO", span: "every monday", next: MONDAYS },
  { say: "every monday water the plants", rule: "FREQ=WEEKLY;BYDAY=MO", span: "every monday", next: MONDAYS },
  { say: "every other monday", rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", next: ["2026-03-09", "2026-03-23", "2026-04-06"] },
  // The phase starts at the first Friday, not in the week of the Saturday it was said on.
  { say: "every 2 weeks on friday", rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", next: ["2026-03-13", "2026-03-27", "2026-04-10"] },
  { say: "every month on the 15th", rule: "FREQ=MONTHLY;BYMONTHDAY=15", next: ["2026-03-15", "2026-04-15", "2026-05-15"] },
  { say: "every 15th", rule: "FREQ=MONTHLY;BYMONTHDAY=15", next: ["2026-03-15", "2026-04-15", "2026-05-15"] },
  { say: "every 2 months on the 15th", rule: "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15", next: ["2026-03-15", "2026-05-15", "2026-07-15"] },
  { say: "every month on the 1st at 8:00", rule: "FREQ=MONTHLY;BYMONTHDAY=1", time: "08:00", next: ["2026-04-01", "2026-05-01", "2026-06-01"] },
  { say: "every month on the last day", rule: "FREQ=MONTHLY;BYMONTHDAY=-1", next: ["2026-03-31", "2026-04-30", "2026-05-31"] },
  { say: "every last day of the month", rule: "FREQ=MONTHLY;BYMONTHDAY=-1", next: ["2026-03-31", "2026-04-30", "2026-05-31"] },
  { say: "every 31st", rule: "FREQ=MONTHLY;BYMONTHDAY=-1", next: ["2026-03-31", "2026-04-30", "2026-05-31"] },
  { say: "every month on the 30th", rule: "FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1", next: ["2026-03-30", "2026-04-30", "2026-05-30"] },
  { say: "every first monday", rule: "FREQ=MONTHLY;BYDAY=1MO", next: ["2026-04-06", "2026-05-04", "2026-06-01"] },
  { say: "every month on the first monday", rule: "FREQ=MONTHLY;BYDAY=1MO", next: ["2026-04-06", "2026-05-04", "2026-06-01"] },
  { say: "every 2nd tuesday at 7 p.m.", rule: "FREQ=MONTHLY;BYDAY=2TU", time: "19:00", span: "every 2nd tuesday at 7 p.m", next: ["2026-03-10", "2026-04-14", "2026-05-12"] },
  { say: "every last friday", rule: "FREQ=MONTHLY;BYDAY=-1FR", next: ["2026-03-27", "2026-04-24", "2026-05-29"] },
  { say: "every 3 days", rule: "FREQ=DAILY;INTERVAL=3", next: { ny: ["2026-03-07", "2026-03-10", "2026-03-13"], berlin: ["2026-03-08", "2026-03-11", "2026-03-14"] } },
  { say: "every 3 days after completion", rule: "FREQ=DAILY;INTERVAL=3", anchor: "completion", next: { ny: ["2026-03-07", "2026-03-10", "2026-03-13"], berlin: ["2026-03-08", "2026-03-11", "2026-03-14"] } },
  { say: "every! 3 days", rule: "FREQ=DAILY;INTERVAL=3", anchor: "completion", next: { ny: ["2026-03-07", "2026-03-10", "2026-03-13"], berlin: ["2026-03-08", "2026-03-11", "2026-03-14"] } },
  { say: "every 3 days after I finish it", rule: "FREQ=DAILY;INTERVAL=3", anchor: "completion", next: { ny: ["2026-03-07", "2026-03-10", "2026-03-13"], berlin: ["2026-03-08", "2026-03-11", "2026-03-14"] } },
  { say: "every three days after it's done for 2 times", rule: "FREQ=DAILY;INTERVAL=3;COUNT=2", anchor: "completion", next: { ny: ["2026-03-07", "2026-03-10"], berlin: ["2026-03-08", "2026-03-11"] } },
  { say: "every day for 5 times", rule: "FREQ=DAILY;COUNT=5", next: DAILY_FROM_TODAY },
  { say: "every monday 2 times", rule: "FREQ=WEEKLY;BYDAY=MO;COUNT=2", next: ["2026-03-09", "2026-03-16"] },
  { say: "every day until Dec 31", rule: "FREQ=DAILY;UNTIL=20261231", next: DAILY_FROM_TODAY },
  { say: "every monday until 2027-01-31", rule: "FREQ=WEEKLY;BYDAY=MO;UNTIL=20270131", next: MONDAYS },
  { say: "every weekday at 9am until Dec 31", rule: `${WORKWEEK};UNTIL=20261231`, time: "09:00", next: WEEKDAYS },
  // 7 March is still today in New York, already past in Berlin: there it means next year's.
  { say: "every day until Mar 7", rule: { ny: "FREQ=DAILY;UNTIL=20260307", berlin: "FREQ=DAILY;UNTIL=20270307" }, next: { ny: ["2026-03-07"], berlin: ["2026-03-08", "2026-03-09", "2026-03-10"] } },
  { say: "every 3 days until 10 March", rule: "FREQ=DAILY;INTERVAL=3;UNTIL=20260310", next: { ny: ["2026-03-07", "2026-03-10"], berlin: ["2026-03-08"] } },
];

const forZone = <T,>(value: T | Record<Zone, T>, zone: Zone): T =>
  typeof value === "object" && value !== null && !Array.isArray(value) && zone in value ? (value as Record<Zone, T>)[zone] : (value as T);

describe.each(Object.keys(ZONES) as Zone[])("recurrence words read in %s", (zone) => {
  const ctx = { timezone: ZONES[zone], now: NOW };
  const today = todayIn(ctx.timezone, ctx.now);

  it.each(ROWS)("“$say” gives its rule, anchor, time and next dates", (row) => {
    const found = extractRecurrence(row.say, ctx);
    expect(found).not.toBeNull();
    expect({ rule: found!.rule, anchor: found!.anchor, time: found!.time, span: row.say.slice(found!.start, found!.end) }).toEqual({
      rule: forZone(row.rule, zone),
      anchor: row.anchor ?? "schedule",
      time: row.time ?? null,
      span: row.span ?? row.say,
    });
    const series = startSeries(found!.rule, found!.anchor, today);
    expect(series && previewOccurrences(series, today, 3)).toEqual(forZone(row.next, zone));
  });
});

describe("recurrence words near the October change in Berlin", () => {
  // Sunday 25 October 00:30 in Berlin (clocks go back at 03:00), Saturday 24 October 18:30 in New York.
  const now = new Date("2026-10-24T22:30:00Z");
  const read = (say: string, timezone: string) => {
    const found = extractRecurrence(say, { timezone, now })!;
    const today = todayIn(timezone, now);
    return { rule: found.rule, next: previewOccurrences(startSeries(found.rule, found.anchor, today)!, today, 3) };
  };

  it("a daily rule starts on each zone's own today", () => {
    expect(read("every day", "Europe/Berlin").next).toEqual(["2026-10-25", "2026-10-26", "2026-10-27"]);
    expect(read("every day", "America/New_York").next).toEqual(["2026-10-24", "2026-10-25", "2026-10-26"]);
  });

  it("“until Oct 24” is this year's date in New York and next year's in Berlin", () => {
    expect(read("every saturday until Oct 24", "America/New_York")).toEqual({ rule: "FREQ=WEEKLY;BYDAY=SA;UNTIL=20261024", next: ["2026-10-24"] });
    expect(read("every saturday until Oct 24", "Europe/Berlin")).toEqual({
      rule: "FREQ=WEEKLY;BYDAY=SA;UNTIL=20271024",
      next: ["2026-10-31", "2026-11-07", "2026-11-14"],
    });
  });

  it("the last day of the month does not move across the change", () => {
    expect(read("every month on the last day", "Europe/Berlin").next).toEqual(["2026-10-31", "2026-11-30", "2026-12-31"]);
  });
});

describe("text that is not a recurrence", () => {
  const ctx = { timezone: "Europe/Berlin", now: NOW };

  it.each(["buy milk", "every time I go out", "write the weekly report", "daily standup notes", "call mom after completion", "every 2 weekdays", "every constructor", "constructor", "every tostring"])(
    "“%s” has no recurrence",
    (say) => {
      expect(extractRecurrence(say, ctx)).toBeNull();
    },
  );

  it("a recurrence ends where its words end, so the rest of the title survives", () => {
    const say = "Water the plants every monday and thursday at 7am, carefully";
    const found = extractRecurrence(say, ctx)!;
    expect(say.slice(0, found.start) + say.slice(found.end)).toBe("Water the plants , carefully");
  });

  it("words after the recurrence that are not about it are left in the title", () => {
    const say = "every monday after work go running";
    const found = extractRecurrence(say, ctx)!;
    expect(found.rule).toBe("FREQ=WEEKLY;BYDAY=MO");
    expect(say.slice(found.end)).toBe(" after work go running");
  });

  it("COUNT and UNTIL are not both taken: the second stays in the text", () => {
    const say = "every day for 5 times until Dec 31";
    const found = extractRecurrence(say, ctx)!;
    expect(found.rule).toBe("FREQ=DAILY;COUNT=5");
    expect(say.slice(found.end)).toBe(" until Dec 31");
  });
});
