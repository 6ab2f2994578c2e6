import { describe, expect, it } from "vitest";
import { feedRule, firstOccurrence, nextOccurrence, previewOccurrences, skipOccurrence, startSeries, type Series } from "./index";

const schedule = (rule: string, start: string): Series => ({ rule, anchor: "schedule", start });
const completion = (rule: string, start: string): Series => ({ rule, anchor: "completion", start });

/** Completes each occurrence on its due date until the series ends (bounded). */
function completeAll(series: Series, due: string): string[] {
  const dates = [due];
  let current: Series = series;
  for (let i = 0; i < 50; i++) {
    const next = nextOccurrence(current, dates.at(-1)!);
    if (!next) return dates;
    dates.push(next.date);
    current = next.series;
  }
  throw new Error("the series did not end");
}

describe("starting a series", () => {
  it("a start that does not match the rule moves to the first occurrence after it", () => {
    expect(startSeries("FREQ=WEEKLY;BYDAY=MO", "schedule", "2026-03-07")).toEqual(schedule("FREQ=WEEKLY;BYDAY=MO", "2026-03-09"));
  });

  it("a start that matches the rule stays", () => {
    expect(startSeries("FREQ=WEEKLY;BYDAY=MO", "schedule", "2026-03-09")?.start).toBe("2026-03-09");
  });

  it("the rule is stored in its one written form", () => {
    expect(startSeries("rrule:byday=th,mo;freq=weekly", "schedule", "2026-03-09")?.rule).toBe("FREQ=WEEKLY;BYDAY=MO,TH");
  });

  it("a rule that has ended, or never matches, starts nothing", () => {
    expect(startSeries("FREQ=DAILY;UNTIL=20260301", "schedule", "2026-03-07")).toBeNull();
    expect(startSeries("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "schedule", "2026-03-07")).toBeNull();
  });
});

describe("first occurrence", () => {
  const mondays = schedule("FREQ=WEEKLY;BYDAY=MO", "2026-03-09");

  it("a due date that does not match the rule moves to the next occurrence", () => {
    expect(firstOccurrence(mondays, "2026-03-11")).toBe("2026-03-16");
  });

  it("a due date that matches stays", () => {
    expect(firstOccurrence(mondays, "2026-03-23")).toBe("2026-03-23");
  });

  it("an interval keeps the phase of the series start", () => {
    expect(firstOccurrence(schedule("FREQ=DAILY;INTERVAL=3", "2026-03-07"), "2026-03-08")).toBe("2026-03-10");
  });

  it("a completion series takes any date that fits its day pattern", () => {
    expect(firstOccurrence(completion("FREQ=DAILY;INTERVAL=3", "2026-03-07"), "2026-03-08")).toBe("2026-03-08");
    expect(firstOccurrence(completion("FREQ=WEEKLY;BYDAY=MO", "2026-03-09"), "2026-03-11")).toBe("2026-03-16");
  });
});

describe("schedule anchor", () => {
  const everyThreeDays = schedule("FREQ=DAILY;INTERVAL=3", "2026-03-07");

  it("completing late does not move the next date", () => {
    expect(nextOccurrence(everyThreeDays, "2026-03-10", "2026-03-12")).toEqual({ date: "2026-03-13", series: everyThreeDays });
  });

  it("a moved occurrence does not shift the series", () => {
    const mondays = schedule("FREQ=WEEKLY;BYDAY=MO", "2026-03-09");
    expect(nextOccurrence(mondays, "2026-03-11")?.date).toBe("2026-03-16");
  });

  it("“for 5 times” gives five dates and then ends", () => {
    const series = startSeries("FREQ=DAILY;COUNT=5", "schedule", "2026-03-07")!;
    expect(completeAll(series, series.start)).toEqual(["2026-03-07", "2026-03-08", "2026-03-09", "2026-03-10", "2026-03-11"]);
  });

  it("COUNT is counted from the series start even when an occurrence was moved", () => {
    const series = schedule("FREQ=WEEKLY;BYDAY=MO;COUNT=3", "2026-03-09");
    // The first Monday was moved to Tuesday: the remaining two Mondays follow, then it ends.
    expect(nextOccurrence(series, "2026-03-10")?.date).toBe("2026-03-16");
    expect(nextOccurrence(series, "2026-03-16")?.date).toBe("2026-03-23");
    expect(nextOccurrence(series, "2026-03-23")).toBeNull();
  });

  it("UNTIL is inclusive and ends the series after it", () => {
    const series = schedule("FREQ=DAILY;UNTIL=20260310", "2026-03-08");
    expect(completeAll(series, "2026-03-08")).toEqual(["2026-03-08", "2026-03-09", "2026-03-10"]);
  });

  it("skipping gives the same date as completing", () => {
    expect(skipOccurrence(everyThreeDays, "2026-03-10")).toEqual(nextOccurrence(everyThreeDays, "2026-03-10"));
  });
});

describe("completion anchor", () => {
  const everyThreeDays = completion("FREQ=DAILY;INTERVAL=3", "2026-03-07");

  it("the next date counts from the day it was completed", () => {
    // Due on the 7th, done two days late on the 9th: next is the 12th.
    expect(nextOccurrence(everyThreeDays, "2026-03-07", "2026-03-09")).toEqual({
      date: "2026-03-12",
      series: completion("FREQ=DAILY;INTERVAL=3", "2026-03-12"),
    });
  });

  it("completing early also counts from the completion", () => {
    expect(nextOccurrence(everyThreeDays, "2026-03-07", "2026-03-05")?.date).toBe("2026-03-08");
  });

  it("without a completion date it counts from the due date", () => {
    expect(nextOccurrence(everyThreeDays, "2026-03-07")?.date).toBe("2026-03-10");
  });

  it("a month after 31 January is the end of February", () => {
    expect(nextOccurrence(completion("FREQ=MONTHLY", "2026-01-31"), "2026-01-31")?.date).toBe("2026-02-28");
  });

  it("a day pattern gives the first matching day after completion", () => {
    // Every Monday after completion, done on Wednesday 11 March: the following Monday.
    expect(nextOccurrence(completion("FREQ=WEEKLY;BYDAY=MO", "2026-03-09"), "2026-03-09", "2026-03-11")?.date).toBe("2026-03-16");
  });

  it("COUNT is the number left: it decreases with each completion and then ends", () => {
    const first = completion("FREQ=DAILY;INTERVAL=3;COUNT=3", "2026-03-07");
    const second = nextOccurrence(first, "2026-03-07", "2026-03-08")!;
    expect(second).toEqual({ date: "2026-03-11", series: completion("FREQ=DAILY;INTERVAL=3;COUNT=2", "2026-03-11") });
    const third = nextOccurrence(second.series, second.date, "2026-03-20")!;
    expect(third).toEqual({ date: "2026-03-23", series: completion("FREQ=DAILY;INTERVAL=3;COUNT=1", "2026-03-23") });
    expect(nextOccurrence(third.series, third.date, "2026-03-23")).toBeNull();
  });

  it("UNTIL ends a completion series when the next date would pass it", () => {
    const series = completion("FREQ=DAILY;INTERVAL=3;UNTIL=20260312", "2026-03-07");
    expect(nextOccurrence(series, "2026-03-07", "2026-03-09")?.date).toBe("2026-03-12");
    expect(nextOccurrence(series, "2026-03-07", "2026-03-10")).toBeNull();
  });

  it("skipping counts from the skipped date and uses up one occurrence", () => {
    const series = completion("FREQ=DAILY;INTERVAL=3;COUNT=2", "2026-03-07");
    expect(skipOccurrence(series, "2026-03-07")).toEqual({ date: "2026-03-10", series: completion("FREQ=DAILY;INTERVAL=3;COUNT=1", "2026-03-10") });
  });
});

describe("month ends", () => {
  it("“every month on the 31st” in words falls on the last day of shorter months", () => {
    const series = startSeries("FREQ=MONTHLY;BYMONTHDAY=-1", "schedule", "2026-01-01")!;
    expect(previewOccurrences(series, "2026-01-01", 4)).toEqual(["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"]);
  });

  it("the last day of February is the 29th in a leap year", () => {
    const series = startSeries("FREQ=MONTHLY;BYMONTHDAY=-1", "schedule", "2028-01-15")!;
    expect(previewOccurrences(series, "2028-01-15", 2)).toEqual(["2028-01-31", "2028-02-29"]);
  });

  it("“the 30th” in words is the last day in February", () => {
    const series = startSeries("FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1", "schedule", "2027-01-01")!;
    expect(previewOccurrences(series, "2027-01-01", 3)).toEqual(["2027-01-30", "2027-02-28", "2027-03-30"]);
  });

  it("an RRULE with BYMONTHDAY=31 keeps RFC 5545 meaning and skips months without a 31st", () => {
    const series = startSeries("FREQ=MONTHLY;BYMONTHDAY=31", "schedule", "2026-01-01")!;
    expect(previewOccurrences(series, "2026-01-01", 4)).toEqual(["2026-01-31", "2026-03-31", "2026-05-31", "2026-07-31"]);
  });

  it("“every year on 29 Feb” comes only in leap years", () => {
    const series = startSeries("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "schedule", "2026-03-01")!;
    expect(previewOccurrences(series, "2026-03-01", 2)).toEqual(["2028-02-29", "2032-02-29"]);
  });
});

describe("preview", () => {
  it("lists the next n dates on or after a day", () => {
    const series = schedule("FREQ=WEEKLY;BYDAY=MO,TH", "2026-03-09");
    expect(previewOccurrences(series, "2026-03-12")).toEqual(["2026-03-12", "2026-03-16", "2026-03-19", "2026-03-23", "2026-03-26"]);
  });

  it("stops where the series ends", () => {
    expect(previewOccurrences(schedule("FREQ=DAILY;COUNT=2", "2026-03-07"), "2026-03-07", 5)).toEqual(["2026-03-07", "2026-03-08"]);
  });

  it("asks for at most 100 dates", () => {
    expect(previewOccurrences(schedule("FREQ=DAILY", "2026-03-07"), "2026-03-07", 10_000)).toHaveLength(100);
  });

  it("a stored rule that is not valid is an error, not an ended series", () => {
    expect(() => previewOccurrences(schedule("FREQ=HOURLY", "2026-03-07"), "2026-03-07")).toThrow(RangeError);
  });
});

describe("the rule a calendar feed exports at the current due date", () => {
  it("a rule without COUNT is exported as stored", () => {
    expect(feedRule(schedule("FREQ=WEEKLY;BYDAY=MO", "2026-03-09"), "2026-03-23")).toBe("FREQ=WEEKLY;BYDAY=MO");
  });

  it("COUNT becomes the dates still to come, the current one included", () => {
    const series = schedule("FREQ=DAILY;COUNT=5", "2026-03-07");
    expect(feedRule(series, "2026-03-07")).toBe("FREQ=DAILY;COUNT=5");
    expect(feedRule(series, "2026-03-09")).toBe("FREQ=DAILY;COUNT=3");
    expect(feedRule(series, "2026-03-11")).toBe("FREQ=DAILY;COUNT=1");
  });

  it("a moved occurrence counts as the one it replaced", () => {
    // Mondays, 3 times; the second Monday (16th) was moved to Wednesday 18th: 18th, 23rd.
    expect(feedRule(schedule("FREQ=WEEKLY;BYDAY=MO;COUNT=3", "2026-03-09"), "2026-03-18")).toBe("FREQ=WEEKLY;BYDAY=MO;COUNT=2");
  });

  it("a completion series is a single event", () => {
    expect(feedRule(completion("FREQ=DAILY;INTERVAL=3", "2026-03-07"), "2026-03-07")).toBeNull();
  });
});
