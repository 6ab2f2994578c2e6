import { describe, expect, it } from "vitest";
import { describeToolPart } from "./tool-line";

/** The lines under a reply for the tools the built-in assistant now calls for lists and reminders. */
describe("a tool line", () => {
  it("says “Done” for list_lists and create_list, never “Done #undefined”", () => {
    expect(describeToolPart({ type: "tool-list_lists", state: "output-available", input: {}, output: { lists: [] } })).toEqual({ text: "Done", state: "ok" });
    expect(describeToolPart({ type: "tool-create_list", state: "output-available", input: { name: "Reading" }, output: { list_id: "x", name: "Reading", status: "created" } })).toEqual({ text: "Done", state: "ok" });
  });

  it("names the task of a get_task or a snooze", () => {
    expect(describeToolPart({ type: "tool-get_task", state: "output-available", input: { task_id: 3 }, output: { task_id: 3, title: "Dentist" } })).toEqual({ text: "Done #3 Dentist", state: "ok" });
    expect(describeToolPart({ type: "tool-snooze_reminder", state: "output-available", input: { task_id: 3, minutes: 60 }, output: { task_id: 3, status: "snoozed" } })).toEqual({ text: "Done #3", state: "ok" });
  });
});
