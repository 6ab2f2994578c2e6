import { describe, expect, it } from "vitest";
import { describeDue, dueLabel, isOverdue } from "./format";
import type { QuickAddContext } from "./types";

// Wednesday 25 November 2026, 10:00 in New York (already 15:00 UTC).
const ny: QuickAddContext = { timezone: "America/New_York", now: new Date("2026-11-25T15:00:00Z") };
// The same instant is Thursday 26 November 04:00 in Auckland.
const auckland: QuickAddContext = { timezone: "Pacific/Auckland", now: new Date("2026-11-25T15:00:00Z") };

describe("dueLabel", () => {
  it.each([
    [{ date: "2026-11-25", time: "18:00" }, "Today 18:00"],
    [{ date: "2026-11-25", time: null }, "Today"],
    [{ date: "2026-11-26", time: null }, "Tomorrow"],
    [{ date: "2026-11-24", time: null }, "Yesterday"],
    [{ date: "2026-11-27", time: null }, "Fri"],
    [{ date: "2026-12-01", time: "09:30" }, "Tue 09:30"],
    [{ date: "2026-12-02", time: null }, "2 Dec"],
    [{ date: "2026-12-03", time: null }, "3 Dec"],
    [{ date: "2026-11-20", time: null }, "20 Nov"],
    [{ date: "2027-12-03", time: "18:00" }, "3 Dec 2027 18:00"],
    [{ date: "2025-12-31", time: null }, "31 Dec 2025"],
  ])("labels %j as %j", (due, label) => {
    expect(dueLabel(due, ny)).toBe(label);
  });

  it("counts days from the user's today, not the UTC date", () => {
    expect(dueLabel({ date: "2026-11-26", time: null }, auckland)).toBe("Today");
    expect(dueLabel({ date: "2026-11-25", time: null }, auckland)).toBe("Yesterday");
  });
});

describe("describeDue", () => {
  it("spells out weekday, day and month, with the time after a comma", () => {
    expect(describeDue({ date: "2026-11-27", time: "18:00" })).toBe("Fri 27 Nov, 18:00");
    expect(describeDue({ date: "2026-11-28", time: null })).toBe("Sat 28 Nov");
    expect(describeDue({ date: "2027-01-01", time: "00:00" })).toBe("Fri 1 Jan, 00:00");
  });

  it("adds the year when given a context and the date is in another year", () => {
    expect(describeDue({ date: "2027-12-03", time: null }, ny)).toBe("Fri 3 Dec 2027");
    expect(describeDue({ date: "2026-12-03", time: null }, ny)).toBe("Thu 3 Dec");
  });
});

describe("isOverdue", () => {
  it("is true for a date before today", () => {
    expect(isOverdue({ date: "2026-11-24", time: null }, ny)).toBe(true);
    expect(isOverdue({ date: "2026-11-24", time: "23:59" }, ny)).toBe(true);
  });

  it("is true for today at a time already passed, false for one still ahead", () => {
    expect(isOverdue({ date: "2026-11-25", time: "09:59" }, ny)).toBe(true);
    expect(isOverdue({ date: "2026-11-25", time: "10:01" }, ny)).toBe(false);
  });

  it("is false for an all-day task due today and for any later date", () => {
    expect(isOverdue({ date: "2026-11-25", time: null }, ny)).toBe(false);
    expect(isOverdue({ date: "2026-11-26", time: "00:00" }, ny)).toBe(false);
  });

  it("judges by the user's zone: a date that is today in UTC may already be past in Auckland", () => {
    expect(isOverdue({ date: "2026-11-25", time: null }, auckland)).toBe(true);
    expect(isOverdue({ date: "2026-11-25", time: null }, ny)).toBe(false);
  });
});
