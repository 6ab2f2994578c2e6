import { describe, expect, it } from "vitest";
import { describeToolPart } from "./tool-line";

/** The lines under a reply for the tools the built-in assistant now calls for lists, labels and reminders. */
describe("a tool line", () => {
  it("says what list_lists and create_list did, never “#undefined”", () => {
    expect(describeToolPart({ type: "tool-list_lists", state: "output-available", input: {}, output: { lists: [{}, {}, {}] } })).toEqual({ text: "Found 3 lists", state: "ok" });
    expect(describeToolPart({ type: "tool-create_list", state: "output-available", input: { name: "Reading" }, output: { list_id: "x", name: "Reading", status: "created" } })).toEqual({ text: "Made the list Reading", state: "ok" });
    expect(describeToolPart({ type: "tool-create_list", state: "output-available", input: { name: "Work" }, output: { error: "conflict", message: "…" } })).toEqual({ text: "List Work already exists", state: "ok" });
  });

  it("names the missing list, the task looked at and the task snoozed", () => {
    expect(describeToolPart({ type: "tool-add_task", state: "output-available", input: { title: "Milk", list: "shopping" }, output: { error: "list_not_found", message: "…" } })).toEqual({ text: "No list called shopping", state: "error" });
    expect(describeToolPart({ type: "tool-get_task", state: "output-available", input: { task_id: 3 }, output: { task_id: 3, title: "Dentist" } })).toEqual({ text: "Looked at #3 Dentist", state: "ok" });
    expect(describeToolPart({ type: "tool-snooze_reminder", state: "output-available", input: { task_id: 3, minutes: 60 }, output: { task_id: 3, remind_at: "…", status: "snoozed", minutes: 60 } })).toEqual({ text: "Snoozed #3", state: "ok" });
    expect(describeToolPart({ type: "tool-list_lists", state: "input-available", input: {} })).toEqual({ text: "Looking at your lists…", state: "running" });
  });
});
