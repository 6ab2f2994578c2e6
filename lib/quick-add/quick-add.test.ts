import { describe, expect, it } from "vitest";
import { dueInstant, parseQuickAdd, type QuickAddContext } from "./index";

// Wednesday 25 November 2026, 10:00 in New York.
const ctx: QuickAddContext = { timezone: "America/New_York", now: new Date("2026-11-25T15:00:00Z") };

describe("tokens", () => {
  it("point at the recognised text exactly as typed, connectors included", () => {
    const text = "Pay rent on the 1st P1";
    const { tokens } = parseQuickAdd(text, ctx);
    expect(tokens).toEqual([
      { kind: "due", start: 9, end: 19, text: "on the 1st" },
      { kind: "priority", start: 20, end: 22, text: "P1" },
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("mark a date and a time that stand apart as two due tokens", () => {
    const { tokens, due } = parseQuickAdd("Call mom tomorrow about the party at 6pm", ctx);
    expect(tokens.map((t) => t.text)).toEqual(["tomorrow", "at 6pm"]);
    expect(due).toEqual({ date: "2026-11-26", time: "18:00" });
  });

  it("are empty when nothing was recognised", () => {
    expect(parseQuickAdd("Read 1984", ctx)).toEqual({ title: "Read 1984", due: null, priority: null, recurrence: null, remind: false, tokens: [] });
  });
});

describe("ignore", () => {
  it("keeps a highlight the user turned back into text in the title, unparsed", () => {
    const result = parseQuickAdd("Watch Tomorrow Never Dies", ctx, { ignore: ["tomorrow"] });
    expect(result).toEqual({ title: "Watch Tomorrow Never Dies", due: null, priority: null, recurrence: null, remind: false, tokens: [] });
  });

  it("ignores only the phrase given, so other dates and priorities still count", () => {
    const result = parseQuickAdd("Plan friday party tomorrow p2", ctx, { ignore: ["FRIDAY"] });
    expect(result.title).toBe("Plan friday party");
    expect(result.due).toEqual({ date: "2026-11-26", time: null });
    expect(result.priority).toBe(2);
  });

  it("turns a priority mark back into text too", () => {
    const result = parseQuickAdd("Buy p1 cable", ctx, { ignore: ["p1"] });
    expect(result).toEqual({ title: "Buy p1 cable", due: null, priority: null, recurrence: null, remind: false, tokens: [] });
  });

  it("keeps a whole ignored phrase from being parsed in parts", () => {
    const result = parseQuickAdd("Read Monday at 9 by Kim", ctx, { ignore: ["monday at 9"] });
    expect(result.due).toBeNull();
    expect(result.title).toBe("Read Monday at 9 by Kim");
  });

  it("keeps an ignored word from counting as the end of the text", () => {
    // "fri" must end the text to count; the ignored "sun" after it is still a word.
    expect(parseQuickAdd("Plan fri sun", ctx, { ignore: ["sun"] }).due).toBeNull();
  });
});

describe("due instants around clock changes", () => {
  it.each([
    ["America/New_York", "2026-03-07T17:00:00Z", "2026-03-08T13:00:00.000Z"],
    ["America/New_York", "2026-10-31T16:00:00Z", "2026-11-01T14:00:00.000Z"],
    ["Europe/Berlin", "2026-03-28T11:00:00Z", "2026-03-29T07:00:00.000Z"],
    ["Europe/Berlin", "2026-10-24T10:00:00Z", "2026-10-25T08:00:00.000Z"],
  ])("'tomorrow at 9am' said the day before a change in %s is 09:00 local", (timezone, now, instant) => {
    const { due } = parseQuickAdd("Run tomorrow at 9am", { timezone, now: new Date(now) });
    expect(due?.time).toBe("09:00");
    expect(dueInstant(due!, timezone)?.toISOString()).toBe(instant);
  });

  it("moves 02:30 on the New York spring-forward day to 03:30 local", () => {
    const { due } = parseQuickAdd("Feed cat tomorrow at 2:30am", { timezone: "America/New_York", now: new Date("2026-03-07T17:00:00Z") });
    expect(due).toEqual({ date: "2026-03-08", time: "02:30" });
    const instant = dueInstant(due!, "America/New_York")!;
    expect(instant.toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(instant.toLocaleTimeString("en-GB", { timeZone: "America/New_York" })).toBe("03:30:00");
  });
});
