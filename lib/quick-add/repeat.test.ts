// Quick add with a repeat: the words become the task's rule (sent as typed; the service reads
// them again), a highlight and a label, and leave the title; everything else is read as before.
import { describe, expect, it } from "vitest";
import { parseQuickAdd } from "./index";

const ctx = { timezone: "America/Los_Angeles", now: new Date("2026-11-25T18:00:00Z"), locale: "en-US" };

type Row = [text: string, title: string, words: string | null, label: string | null, priority?: number | null];

// prettier-ignore
const rows: Row[] = [
  ["Water the plants every monday", "Water the plants", "every monday", "Every Monday"],
  ["every Monday water the plants", "water the plants", "every Monday", "Every Monday"],
  ["Standup every weekday at 9am", "Standup", "every weekday at 9am", "Every weekday at 09:00"],
  ["Take the bins out every tuesday at 8pm p2", "Take the bins out", "every tuesday at 8pm", "Every Tuesday at 20:00", 2],
  ["Pay rent every month on the 1st", "Pay rent", "every month on the 1st", "Every month on the 1st"],
  ["Water cactus every! 3 days", "Water cactus", "every! 3 days", "Every 3 days after completion"],
  ["Gym every monday and thursday", "Gym", "every monday and thursday", "Every Monday and Thursday"],
  ["Review budget every 2 weeks on friday", "Review budget", "every 2 weeks on friday", "Every 2 weeks on Friday"],
  ["Physio every day for 5 times", "Physio", "every day for 5 times", "Every day, 5 times"],
  ["Invoice each month on the last day", "Invoice", "each month on the last day", "Every month on the last day"],
  // Not repeats: a bare frequency word, "every" with no period after it.
  ["Read the weekly report", "Read the weekly report", null, null],
  ["Pay monthly bill", "Pay monthly bill", null, null],
  ["Call every client", "Call every client", null, null],
  ["Thank everyone", "Thank everyone", null, null],
];

describe("quick add repeats", () => {
  it.each(rows)("%s", (text, title, words, label, priority = null) => {
    const result = parseQuickAdd(text, ctx);
    expect(result.title).toBe(title);
    expect(result.recurrence).toEqual(words === null ? null : { words, label });
    expect(result.priority).toBe(priority);
    if (words) expect(result.tokens.filter((t) => t.kind === "recurrence").map((t) => t.text)).toEqual([words]);
  });

  it("keeps a date next to the repeat as the first due date", () => {
    const result = parseQuickAdd("Yoga every friday starting tomorrow", ctx);
    expect(result.recurrence?.words).toBe("every friday");
    expect(result.due).toEqual({ date: "2026-11-26", time: null });
  });

  it("leaves the repeat in the title once it is kept as text", () => {
    const result = parseQuickAdd("Water the plants every monday", ctx, { ignore: ["every monday"] });
    expect(result).toMatchObject({ title: "Water the plants every monday", recurrence: null });
  });
});

describe("quick add “remind me”", () => {
  it.each([
    ["Remind me to call mom tomorrow at 6pm", "Call mom", { date: "2026-11-26", time: "18:00" }, true],
    ["remind me about the dentist friday", "The dentist", { date: "2026-11-27", time: null }, true],
    ["Remind me to take the bins out every tuesday at 8pm", "Take the bins out", null, true],
    ["Remind me to buy milk", "Remind me to buy milk", null, false],
    ["Call mom to remind me tomorrow", "Call mom to remind me", { date: "2026-11-26", time: null }, false],
  ])("%s", (text, title, due, remind) => {
    const result = parseQuickAdd(text, ctx);
    expect(result).toMatchObject({ title, remind });
    if (due) expect(result.due).toEqual(due);
  });
});
