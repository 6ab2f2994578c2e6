import { describe, expect, it } from "vitest";
import { parseDueString } from "./due-string";
import type { QuickAddContext } from "./types";

// Wednesday 25 November 2026, 10:00 in New York.
const ctx: QuickAddContext = { timezone: "America/New_York", now: new Date("2026-11-25T15:00:00Z") };

describe("parseDueString", () => {
  it.each([
    ["tomorrow 6pm", "2026-11-26", "18:00"],
    ["Tomorrow at 6pm", "2026-11-26", "18:00"],
    ["fri", "2026-11-27", null],
    ["next week", "2026-11-30", null],
    ["in 3 days", "2026-11-28", null],
    ["on the 1st", "2026-12-01", null],
    ["dec 3 at 9am", "2026-12-03", "09:00"],
    ["6pm", "2026-11-25", "18:00"],
    ["2026-12-03", "2026-12-03", null],
    ["2026-12-03 18:00", "2026-12-03", "18:00"],
    ["2026-12-03T18:00", "2026-12-03", "18:00"],
    ["  2026-12-03T18:00:00  ", "2026-12-03", "18:00"],
  ])("reads %j as %s %s", (text, date, time) => {
    expect(parseDueString(text, ctx)).toEqual({ date, time });
  });

  it("reads an ISO instant with an offset on the user's wall clock", () => {
    expect(parseDueString("2026-12-03T23:00:00Z", ctx)).toEqual({ date: "2026-12-03", time: "18:00" });
    expect(parseDueString("2026-12-03T23:00:00Z", { ...ctx, timezone: "Asia/Tokyo" })).toEqual({ date: "2026-12-04", time: "08:00" });
  });

  it("reads a weekday without the placement rules of quick add", () => {
    expect(parseDueString("sun", ctx)).toEqual({ date: "2026-11-29", time: null });
    expect(parseDueString("evening", ctx)).toEqual({ date: "2026-11-25", time: "18:00" });
  });

  it.each(["none", "None", "no date", "clear", " no due date "])("reads %j as clearing the due", (text) => {
    expect(parseDueString(text, ctx)).toBe("clear");
  });

  it.each(["tomorrow p1", "Read 1984", "call mom tomorrow", "March", "soon", "", "2026-02-30", "2026-12-03 25:00", "2 weeks"])(
    "refuses %j: leftover words or not a date",
    (text) => {
      expect(parseDueString(text, ctx)).toBeNull();
    },
  );

  it("follows the locale for numeric dates", () => {
    expect(parseDueString("3/12", ctx)).toEqual({ date: "2027-03-12", time: null });
    expect(parseDueString("3/12", { ...ctx, locale: "en-GB" })).toEqual({ date: "2026-12-03", time: null });
    expect(parseDueString("3/12", { ...ctx, locale: "fr-FR" })).toEqual({ date: "2026-12-03", time: null });
    expect(parseDueString("3/12", { ...ctx, locale: "not a locale!" })).toEqual({ date: "2027-03-12", time: null });
  });
});
