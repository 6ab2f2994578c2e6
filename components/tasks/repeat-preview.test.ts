import { describe, expect, it } from "vitest";
import { checkRepeat } from "./repeat-preview";
import { reminderWords } from "./reminder-words";

// Wednesday 25 November 2026, 10:00 in New York.
const ctx = { timezone: "America/New_York", locale: "en-US", now: new Date("2026-11-25T15:00:00Z") };
const noDue = { date: "", time: "" };

describe("checkRepeat", () => {
  it("reads words as the server will and previews the next five Mondays", () => {
    expect(checkRepeat("every monday", noDue, ctx)).toEqual({
      kind: "ok",
      text: "Every Monday",
      dates: ["Mon 30 Nov", "Mon 7 Dec", "Mon 14 Dec", "Mon 21 Dec", "Mon 28 Dec"],
    });
  });

  it("starts tomorrow when today's time has already passed", () => {
    const check = checkRepeat("every day at 9am", noDue, ctx);
    expect(check).toMatchObject({ kind: "ok", text: "Every day at 09:00" });
    expect(check.kind === "ok" && check.dates[0]).toBe("Thu 26 Nov, 09:00");
  });

  it("starts from a later due date, and keeps its time", () => {
    const check = checkRepeat("every weekday", { date: "2026-12-05", time: "18:00" }, ctx);
    expect(check.kind === "ok" && check.dates.slice(0, 2)).toEqual(["Mon 7 Dec, 18:00", "Tue 8 Dec, 18:00"]);
  });

  it("says what to type when the words are not a repeat", () => {
    expect(checkRepeat("every mondya", noDue, ctx)).toMatchObject({ kind: "invalid", message: expect.stringContaining("every weekday at 9am") });
  });

  it("treats an empty field or “none” as not repeating", () => {
    expect(checkRepeat("  ", noDue, ctx)).toEqual({ kind: "none" });
    expect(checkRepeat("none", noDue, ctx)).toEqual({ kind: "none" });
  });
});

describe("reminderWords", () => {
  it("names each kind of reminder in the user's zone", () => {
    expect(reminderWords({ before_minutes: 0 }, ctx)).toBe("At the due time");
    expect(reminderWords({ before_minutes: 30 }, ctx)).toBe("30 minutes before");
    expect(reminderWords({ before_minutes: 120 }, ctx)).toBe("2 hours before");
    expect(reminderWords({ before_minutes: 1440 }, ctx)).toBe("1 day before");
    expect(reminderWords({ before_minutes: 90 }, ctx)).toBe("90 minutes before");
    expect(reminderWords({ at: "2026-11-27T23:30:00.000Z" }, ctx)).toBe("At Fri 27 Nov, 18:30");
  });
});
