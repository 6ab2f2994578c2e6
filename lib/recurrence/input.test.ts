import { describe, expect, it } from "vitest";
import { parseRecurrenceInput } from "./index";

const ctx = { timezone: "Europe/Berlin", now: new Date("2026-03-08T03:00:00Z") };

describe("recurrence input as an RRULE", () => {
  it.each([
    ["FREQ=WEEKLY;BYDAY=MO", "FREQ=WEEKLY;BYDAY=MO"],
    ["RRULE:FREQ=WEEKLY;BYDAY=MO", "FREQ=WEEKLY;BYDAY=MO"],
    ["  rrule:byday=th,mo;freq=weekly  ", "FREQ=WEEKLY;BYDAY=MO,TH"],
    ["FREQ=DAILY;INTERVAL=1", "FREQ=DAILY"],
    ["FREQ=DAILY;INTERVAL=365", "FREQ=DAILY;INTERVAL=365"],
    ["FREQ=MONTHLY;BYMONTHDAY=-1", "FREQ=MONTHLY;BYMONTHDAY=-1"],
    ["FREQ=MONTHLY;BYMONTHDAY=15,1", "FREQ=MONTHLY;BYMONTHDAY=1,15"],
    ["FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1", "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1"],
    ["FREQ=MONTHLY;BYDAY=-1FR", "FREQ=MONTHLY;BYDAY=-1FR"],
    ["FREQ=YEARLY;BYMONTH=11;BYDAY=4TH", "FREQ=YEARLY;BYMONTH=11;BYDAY=4TH"],
    ["FREQ=DAILY;COUNT=1000", "FREQ=DAILY;COUNT=1000"],
    ["FREQ=DAILY;UNTIL=20271231", "FREQ=DAILY;UNTIL=20271231"],
  ])("“%s” is accepted as %s", (input, rule) => {
    expect(parseRecurrenceInput(input, ctx)).toEqual({ rule, anchor: "schedule", time: null });
  });

  it.each([
    ["an empty rule", "RRULE:"],
    ["an hourly rule", "FREQ=HOURLY"],
    ["a minutely rule", "FREQ=MINUTELY"],
    ["a rule without FREQ", "INTERVAL=2;BYDAY=MO"],
    ["FREQ twice", "FREQ=DAILY;FREQ=WEEKLY"],
    ["INTERVAL 0", "FREQ=DAILY;INTERVAL=0"],
    ["INTERVAL over 365", "FREQ=DAILY;INTERVAL=366"],
    ["COUNT 0", "FREQ=DAILY;COUNT=0"],
    ["COUNT over 1000", "FREQ=DAILY;COUNT=1001"],
    ["COUNT and UNTIL together", "FREQ=DAILY;COUNT=5;UNTIL=20271231"],
    ["UNTIL with a time", "FREQ=DAILY;UNTIL=20271231T000000Z"],
    ["UNTIL on a day that does not exist", "FREQ=DAILY;UNTIL=20270230"],
    ["UNTIL already past", "FREQ=DAILY;UNTIL=20260101"],
    ["DTSTART", "DTSTART=20260101;FREQ=DAILY"],
    ["an iCalendar DTSTART line", "DTSTART:20260101T090000\nRRULE:FREQ=DAILY"],
    ["BYHOUR", "FREQ=DAILY;BYHOUR=9"],
    ["BYMINUTE", "FREQ=DAILY;BYMINUTE=30"],
    ["BYSECOND", "FREQ=DAILY;BYSECOND=0"],
    ["an unknown part", "FREQ=DAILY;X-COLOR=RED"],
    ["WKST, which Docket does not store", "FREQ=WEEKLY;WKST=SU"],
    ["a trailing semicolon", "FREQ=DAILY;"],
    ["a weekday that is not one", "FREQ=WEEKLY;BYDAY=XX"],
    ["a numbered weekday in a weekly rule", "FREQ=WEEKLY;BYDAY=1MO"],
    ["a sixth Monday", "FREQ=MONTHLY;BYDAY=6MO"],
    ["BYMONTHDAY 0", "FREQ=MONTHLY;BYMONTHDAY=0"],
    ["BYMONTHDAY 32", "FREQ=MONTHLY;BYMONTHDAY=32"],
    ["BYMONTHDAY in a weekly rule", "FREQ=WEEKLY;BYMONTHDAY=1"],
    ["month 13", "FREQ=YEARLY;BYMONTH=13"],
    ["BYSETPOS alone", "FREQ=MONTHLY;BYSETPOS=1"],
    ["a repeated weekday", "FREQ=WEEKLY;BYDAY=MO,MO"],
    ["a date that never comes", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"],
  ])("%s is rejected", (_, input) => {
    expect(parseRecurrenceInput(input, ctx)).toBeNull();
  });
});

describe("recurrence input as words", () => {
  it("words that are only a recurrence give the rule, the anchor and the time", () => {
    expect(parseRecurrenceInput("Every weekday at 9am", ctx)).toEqual({ rule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", anchor: "schedule", time: "09:00" });
    expect(parseRecurrenceInput("every! 3 days", ctx)).toEqual({ rule: "FREQ=DAILY;INTERVAL=3", anchor: "completion", time: null });
  });

  it("punctuation around the words does not matter", () => {
    expect(parseRecurrenceInput("  every monday!  ", ctx)?.rule).toBe("FREQ=WEEKLY;BYDAY=MO");
  });

  it.each(["buy milk every monday", "tomorrow", "every", "every 400 days", "every day until Feb 30", "none"])("“%s” is not a recurrence on its own", (input) => {
    expect(parseRecurrenceInput(input, ctx)).toBeNull();
  });
});
