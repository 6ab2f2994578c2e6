import { describe, expect, it } from "vitest";
import { parseQuickAdd, tagBeingTyped, type QuickAddContext } from "./index";

// Wednesday 25 November 2026, 10:00 in New York.
const ctx: QuickAddContext = { timezone: "America/New_York", now: new Date("2026-11-25T15:00:00Z") };
const LISTS = ["Inbox", "Travel", "Travel plans", "Work"];

type Row = [text: string, title: string, list: string | null, labels: string[], due: string | null, priority: number | null];

// prettier-ignore
const rows: Row[] = [
  ["Book flights #travel @online tomorrow p2", "Book flights", "Travel", ["online"], "2026-11-26", 2],
  ["Book flights #Travel plans", "Book flights", "Travel plans", [], null, null],
  ["Book flights #travel planning", "Book flights planning", "Travel", [], null, null],
  ["Pack #holidays", "Pack", "holidays", [], null, null],
  ["#work Write report", "Write report", "Work", [], null, null],
  ["Buy milk @errands @shop @Errands", "Buy milk", null, ["errands", "shop"], null, null],
  ["Call Ann @phone-calls fri", "Call Ann", null, ["phone-calls"], "2026-11-27", null],
  ["Email me@example.com", "Email me@example.com", null, [], null, null],
  ["Fix issue #42", "Fix issue #42", null, [], null, null],
  ["Learn C# basics", "Learn C# basics", null, [], null, null],
  ["Plan #work #travel", "Plan", "Travel", [], null, null],
  ["Read @ later #", "Read @ later #", null, [], null, null],
  ["Fly #tomorrow", "Fly", "tomorrow", [], null, null],
  ["Café @café-crème", "Café", null, ["café-crème"], null, null],
  ["Lunch (@social)", "Lunch", null, ["social"], null, null],
];

describe("#list and @label", () => {
  it.each(rows)("%j", (text, title, list, labels, due, priority) => {
    const result = parseQuickAdd(text, ctx, { tags: { lists: LISTS } });
    expect({ title: result.title, list: result.list, labels: result.labels, due: result.due?.date ?? null, priority: result.priority }).toEqual({
      title,
      list,
      labels,
      due,
      priority,
    });
  });

  it("marks each tag as a token, exactly as typed", () => {
    const text = "Book flights #travel @online tomorrow";
    const { tokens } = parseQuickAdd(text, ctx, { tags: { lists: LISTS } });
    expect(tokens.map((t) => [t.kind, t.text])).toEqual([
      ["list", "#travel"],
      ["label", "@online"],
      ["due", "tomorrow"],
    ]);
  });

  it("leaves # and @ alone unless asked (the assistant's words)", () => {
    const result = parseQuickAdd("Book flights #travel tomorrow", ctx);
    expect(result.title).toBe("Book flights #travel");
    expect(result.list).toBeUndefined();
  });

  it("keeps a tag the user turned back into text", () => {
    const result = parseQuickAdd("Post on #general", ctx, { tags: { lists: LISTS }, ignore: ["#general"] });
    expect({ title: result.title, list: result.list }).toEqual({ title: "Post on #general", list: null });
  });
});

describe("tagBeingTyped", () => {
  it.each([
    ["Book #tra", 9, { kind: "list", start: 5, query: "tra" }],
    ["Book #", 6, { kind: "list", start: 5, query: "" }],
    ["Buy @err now", 8, { kind: "label", start: 4, query: "err" }],
    ["Buy @err now", 12, null],
    ["me@exa", 6, null],
    ["Book #travel ", 13, null],
  ] as const)("%j at %i", (text, caret, expected) => {
    expect(tagBeingTyped(text, caret)).toEqual(expected);
  });
});
