import { describe, expect, it } from "vitest";
import { addDaysToDate, dueInstant, isValidDate, isValidTime, isValidTimeZone, todayIn } from "./zone";

describe("zone helpers", () => {
  it("accepts IANA zone names and refuses unknown names and bare offsets", () => {
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("Asia/Kolkata")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("+05:30")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });

  it("accepts only real calendar dates in YYYY-MM-DD form", () => {
    expect(isValidDate("2026-02-28")).toBe(true);
    expect(isValidDate("2028-02-29")).toBe(true);
    expect(isValidDate("2026-02-29")).toBe(false);
    expect(isValidDate("2026-02-30")).toBe(false);
    expect(isValidDate("2026-13-01")).toBe(false);
    expect(isValidDate("2026-1-5")).toBe(false);
    expect(isValidDate("2026-12-03T18:00")).toBe(false);
  });

  it("accepts only 24-hour HH:MM times", () => {
    expect(isValidTime("00:00")).toBe(true);
    expect(isValidTime("23:59")).toBe(true);
    expect(isValidTime("25:00")).toBe(false);
    expect(isValidTime("24:00")).toBe(false);
    expect(isValidTime("9:00")).toBe(false);
    expect(isValidTime("12:60")).toBe(false);
  });

  it("gives today in the user's zone, not in UTC", () => {
    const now = new Date("2026-11-25T20:00:00Z");
    expect(todayIn("Pacific/Auckland", now)).toBe("2026-11-26");
    expect(todayIn("America/Los_Angeles", now)).toBe("2026-11-25");
    expect(todayIn("Asia/Kolkata", new Date("2026-11-25T18:29:00Z"))).toBe("2026-11-25");
    expect(todayIn("Asia/Kolkata", new Date("2026-11-25T18:30:00Z"))).toBe("2026-11-26");
  });

  it("adds days across month and year ends", () => {
    expect(addDaysToDate("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDaysToDate("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDaysToDate("2026-03-01", -1)).toBe("2026-02-28");
  });
});

describe("dueInstant", () => {
  it("is null for an all-day due", () => {
    expect(dueInstant({ date: "2026-12-03", time: null }, "Europe/Berlin")).toBeNull();
  });

  it("reads the wall-clock time in the given zone", () => {
    expect(dueInstant({ date: "2026-11-27", time: "18:00" }, "America/New_York")?.toISOString()).toBe("2026-11-27T23:00:00.000Z");
    expect(dueInstant({ date: "2026-11-27", time: "18:00" }, "Asia/Kolkata")?.toISOString()).toBe("2026-11-27T12:30:00.000Z");
    expect(dueInstant({ date: "2026-11-27", time: "18:00" }, "Pacific/Auckland")?.toISOString()).toBe("2026-11-27T05:00:00.000Z");
  });

  it("keeps 09:00 local on both sides of a clock change", () => {
    expect(dueInstant({ date: "2026-03-07", time: "09:00" }, "America/New_York")?.toISOString()).toBe("2026-03-07T14:00:00.000Z");
    expect(dueInstant({ date: "2026-03-08", time: "09:00" }, "America/New_York")?.toISOString()).toBe("2026-03-08T13:00:00.000Z");
    expect(dueInstant({ date: "2026-11-01", time: "09:00" }, "America/New_York")?.toISOString()).toBe("2026-11-01T14:00:00.000Z");
    expect(dueInstant({ date: "2026-03-29", time: "09:00" }, "Europe/Berlin")?.toISOString()).toBe("2026-03-29T07:00:00.000Z");
    expect(dueInstant({ date: "2026-10-25", time: "09:00" }, "Europe/Berlin")?.toISOString()).toBe("2026-10-25T08:00:00.000Z");
  });

  it("moves a time in the spring-forward gap forward by the gap", () => {
    // 02:30 does not exist in New York on 8 March 2026: it becomes 03:30 EDT.
    expect(dueInstant({ date: "2026-03-08", time: "02:30" }, "America/New_York")?.toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(dueInstant({ date: "2026-03-29", time: "02:30" }, "Europe/Berlin")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });

  it("takes the earlier instant of a time repeated in autumn", () => {
    // 01:30 happens twice in New York on 1 November 2026: first in EDT (UTC−4).
    expect(dueInstant({ date: "2026-11-01", time: "01:30" }, "America/New_York")?.toISOString()).toBe("2026-11-01T05:30:00.000Z");
    expect(dueInstant({ date: "2026-10-25", time: "02:30" }, "Europe/Berlin")?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("refuses an impossible date or time", () => {
    expect(() => dueInstant({ date: "2026-02-30", time: "09:00" }, "Europe/Berlin")).toThrow(RangeError);
    expect(() => dueInstant({ date: "2026-02-10", time: "25:00" }, "Europe/Berlin")).toThrow(RangeError);
  });
});
