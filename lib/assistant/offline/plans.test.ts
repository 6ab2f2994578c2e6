import type { LanguageModelV4Prompt } from "@ai-sdk/provider";
import { describe, expect, it } from "vitest";
import { TOOL, type AnyToolName } from "../tools/names";
import { planNextStep } from "./plan";

type Result = [toolName: AnyToolName, input: Record<string, unknown>, output: unknown];
let ids = 0;

/** The prompt the model sees mid-turn: the message, then one assistant step per round with its results. */
function turn(text: string, ...rounds: Result[][]): LanguageModelV4Prompt {
  return [
    { role: "user", content: [{ type: "text", text }] },
    ...rounds.flatMap((round) => {
      const calls = round.map(([toolName, input, output]) => ({ id: `c${ids++}`, toolName, input, output }));
      return [
        { role: "assistant" as const, content: calls.map((c) => ({ type: "tool-call" as const, toolCallId: c.id, toolName: c.toolName, input: c.input })) },
        { role: "tool" as const, content: calls.map((c) => ({ type: "tool-result" as const, toolCallId: c.id, toolName: c.toolName, output: { type: "json" as const, value: c.output as never } })) },
      ];
    }),
  ];
}
const then = (earlier: LanguageModelV4Prompt, reply: string, text: string, ...rounds: Result[][]): LanguageModelV4Prompt => [
  ...earlier,
  { role: "assistant", content: [{ type: "text", text: reply }] },
  ...turn(text, ...rounds),
];
const listed = (...tasks: [number, string, boolean?][]) => ({
  tasks: tasks.map(([task_id, title, completed = false]) => ({ task_id, title, description: "", completed })),
  total: tasks.length,
});
const text = (prompt: LanguageModelV4Prompt) => {
  const step = planNextStep(prompt);
  if (step.type !== "text") throw new Error(`expected text, got ${JSON.stringify(step)}`);
  return step.text;
};
const tools = (...calls: [AnyToolName, Record<string, unknown>][]) => ({ type: "tool-calls", calls: calls.map(([toolName, input]) => ({ toolName, input })) });

const all = { status: "all" };
const meetings = listed([2, "Team meeting"], [3, "Buy milk"], [5, "Meeting notes"]);

describe("the offline assistant's multi-step plans", () => {
  it("looks a task named by words up in the whole list first", () => {
    expect(planNextStep(turn("Delete the meeting task"))).toEqual(tools([TOOL.listTasks, all]));
  });

  it("acts on the one task that clearly matches", () => {
    const prompt = turn("Delete the meeting task", [[TOOL.listTasks, all, listed([1, "Buy milk"], [2, "Team meeting"])]]);
    expect(planNextStep(prompt)).toEqual(tools([TOOL.deleteTask, { task_id: 2 }]));
  });

  it("asks which one when several match, listing them with their numbers", () => {
    const reply = text(turn("Delete the meeting task", [[TOOL.listTasks, all, meetings]]));
    expect(reply).toBe("2 tasks match “meeting”:\n- #2 Team meeting\n- #5 Meeting notes\n\nWhich one should I delete? Say “the first one” or its number.");
  });

  it("acts on the first one listed when the answer is “the first one”", () => {
    const asked = turn("Delete the meeting task", [[TOOL.listTasks, all, meetings]]);
    const answer = then(asked, text(asked), "the first one");
    expect(planNextStep(answer)).toEqual(tools([TOOL.deleteTask, { task_id: 2 }]));
    expect(planNextStep(then(asked, text(asked), "5"))).toEqual(tools([TOOL.deleteTask, { task_id: 5 }]));
    expect(planNextStep(then(asked, text(asked), "the second"))).toEqual(tools([TOOL.deleteTask, { task_id: 5 }]));
  });

  it("says honestly that none matched, in words that agree with the tool line, and shows what is pending", () => {
    const prompt = turn("get rid of the lisbon thing", [[TOOL.listTasks, all, listed([1, "Buy milk"], [2, "Call mom"], [3, "Pay rent", true])]]);
    // The tool line reads "Found 3 tasks".
    expect(text(prompt)).toBe("I looked through your 3 tasks and none matches “lisbon”. Here's what's pending:\n- #1 Buy milk\n- #2 Call mom");
  });

  it("deletes everything that's done in one step after listing it, and says which", () => {
    const start = turn("delete everything that's done");
    expect(planNextStep(start)).toEqual(tools([TOOL.listTasks, { status: "completed" }]));
    const found = turn("delete everything that's done", [[TOOL.listTasks, { status: "completed" }, listed([1, "Buy milk", true], [4, "Pay rent", true])]]);
    expect(planNextStep(found)).toEqual(tools([TOOL.deleteTask, { task_id: 1 }], [TOOL.deleteTask, { task_id: 4 }]));
    const deleted = turn(
      "delete everything that's done",
      [[TOOL.listTasks, { status: "completed" }, listed([1, "Buy milk", true], [4, "Pay rent", true])]],
      [
        [TOOL.deleteTask, { task_id: 1 }, { task_id: 1, status: "deleted", title: "Buy milk" }],
        [TOOL.deleteTask, { task_id: 4 }, { task_id: 4, status: "deleted", title: "Pay rent" }],
      ],
    );
    expect(text(deleted)).toBe("Deleted 2 tasks:\n- #1 Buy milk\n- #4 Pay rent\n\nThey're in the trash; say “undo” to bring them back.");
  });

  it("adds the things of a list in one step and confirms each", () => {
    expect(planNextStep(turn("add milk, eggs and bread"))).toEqual(tools([TOOL.addTask, { title: "Milk" }], [TOOL.addTask, { title: "Eggs" }], [TOOL.addTask, { title: "Bread" }]));
  });

  it("confirms an action in a sentence with the task's number and title", () => {
    const prompt = turn("Mark task 3 as complete", [[TOOL.completeTask, { task_id: 3 }, { task_id: 3, status: "completed", title: "Call mom" }]]);
    expect(text(prompt)).toBe("Nice work! Marked #3 “Call mom” as done.");
  });

  it("explains a task number that isn't on the list", () => {
    const prompt = turn("Mark task 9 as complete", [[TOOL.completeTask, { task_id: 9 }, { error: "task_not_found", message: "Task 9 not found" }]]);
    expect(text(prompt)).toMatch(/couldn't find task 9/);
  });

  it("undoes the delete made just before", () => {
    const earlier = turn("delete task 4", [[TOOL.deleteTask, { task_id: 4 }, { task_id: 4, status: "deleted", title: "Old" }]]);
    expect(planNextStep(then(earlier, "Deleted.", "undo"))).toEqual(tools([TOOL.restoreTask, { task_id: 4 }]));
  });

  it("has nothing to undo at the start of a conversation", () => {
    expect(text(turn("undo"))).toMatch(/nothing to undo/);
  });

  it("reads “it” from a turn another model answered, by its tool results", () => {
    const earlier = turn("could you jot down that I should phone the bank", [[TOOL.addTask, { title: "Phone the bank" }, { task_id: 7, status: "created", title: "Phone the bank" }]]);
    expect(planNextStep(then(earlier, "Added #7.", "mark it done"))).toEqual(tools([TOOL.completeTask, { task_id: 7 }]));
  });

  it("asks for what was completed today in the caller's time zone, and reports what the list says", () => {
    // 05:00 UTC on 10 March is still 9 March (21:00) in Los Angeles.
    const now = new Date("2026-03-10T05:00:00Z");
    const start = (timezone: string) => planNextStep(turn("what's done today?"), { timezone, now });
    expect(start("UTC")).toEqual(tools([TOOL.listTasks, { status: "completed", completed_on: "2026-03-10" }]));
    expect(start("America/Los_Angeles")).toEqual(tools([TOOL.listTasks, { status: "completed", completed_on: "2026-03-09" }]));
    const input = { status: "completed", completed_on: "2026-03-09" };
    const prompt = turn("what's done today?", [[TOOL.listTasks, input, {
      tasks: [{ task_id: 1, title: "Late one", description: "", completed: true, completed_at: "2026-03-10T04:30:00Z", due: null, priority: 4 }],
      total: 1,
    }]]);
    expect(planNextStep(prompt, { timezone: "America/Los_Angeles", now })).toEqual({ type: "text", text: "You've completed 1 task today:\n- #1 Late one" });
    const none = turn("what's done today?", [[TOOL.listTasks, input, { tasks: [], total: 0 }]]);
    expect(planNextStep(none, { timezone: "America/Los_Angeles", now })).toEqual({ type: "text", text: "Nothing completed today yet." });
  });

  describe("moving a task named by words to a date", () => {
    const at = { timezone: "UTC", now: new Date("2026-03-10T15:00:00Z") }; // a Tuesday
    const due = (date: string, time: string | null, label: string) => ({ date, time, zone: "UTC", at: time ? `${date}T${time}:00.000Z` : null, label });
    const dentist = { task_id: 3, title: "Dentist", description: "", completed: false, due: due("2026-03-12", "10:00", "Thu 10:00"), priority: 4 };
    const moved = { task_id: 3, status: "updated", title: "Dentist", completed: false, due: due("2026-03-13", null, "Fri"), priority: 4, previous: { title: "Dentist", description: "", completed: false, due_date: "2026-03-12", due_time: "10:00", priority: 4 } };
    const plan = (prompt: LanguageModelV4Prompt) => planNextStep(prompt, at);
    const words = (prompt: LanguageModelV4Prompt) => {
      const step = plan(prompt);
      if (step.type !== "text") throw new Error(`expected text, got ${JSON.stringify(step)}`);
      return step.text;
    };

    it("looks the task up, moves the one clear match with the date words as said, and confirms from the result", () => {
      expect(plan(turn("move the dentist to friday"))).toEqual(tools([TOOL.listTasks, all]));
      const listing: Result = [TOOL.listTasks, all, { tasks: [{ task_id: 1, title: "Buy milk", description: "", completed: false, due: null, priority: 4 }, dentist], total: 2 }];
      expect(plan(turn("move the dentist to friday", [listing]))).toEqual(tools([TOOL.updateTask, { task_id: 3, due: "friday" }]));
      const done = turn("move the dentist to friday", [listing], [[TOOL.updateTask, { task_id: 3, due: "friday" }, moved]]);
      expect(words(done)).toBe("Moved #3 “Dentist” to Fri.");
    });

    it("asks which one when two tasks match, showing their dates, and moves the one named in the answer", () => {
      const appointment = { ...dentist, title: "Dentist appointment" };
      const call = { task_id: 5, title: "Call the dentist", description: "", completed: false, due: null, priority: 4 };
      const asked = turn("move the dentist to friday", [[TOOL.listTasks, all, { tasks: [appointment, call], total: 2 }]]);
      expect(words(asked)).toBe("2 tasks match “dentist”:\n- #3 Dentist appointment — Thu 10:00\n- #5 Call the dentist\n\nWhich one should I move? Say “the first one” or its number.");
      expect(plan(then(asked, words(asked), "the second one"))).toEqual(tools([TOOL.updateTask, { task_id: 5, due: "friday" }]));
    });

    it("undoes a move by putting back the date and time the result says it had", () => {
      const earlier = turn("move task 3 to friday", [[TOOL.updateTask, { task_id: 3, due: "friday" }, moved]]);
      const undo = then(earlier, "Moved #3 “Dentist” to Fri.", "undo");
      expect(plan(undo)).toEqual(tools([TOOL.updateTask, { task_id: 3, due: "2026-03-12T10:00" }]));
      const back = { ...moved, due: dentist.due, previous: { ...moved.previous, due_date: "2026-03-13", due_time: null } };
      const undone = then(earlier, "Moved #3 “Dentist” to Fri.", "undo", [[TOOL.updateTask, { task_id: 3, due: "2026-03-12T10:00" }, back]]);
      expect(words(undone)).toBe("Undone: #3 “Dentist” is due Thu 10:00 again.");
    });

    it("undoes a move of a task that had no date by clearing it", () => {
      const earlier = turn("move task 3 to friday", [[TOOL.updateTask, { task_id: 3, due: "friday" }, { ...moved, previous: { ...moved.previous, due_date: null, due_time: null } }]]);
      expect(plan(then(earlier, "#3 “Dentist” is now due Fri.", "undo"))).toEqual(tools([TOOL.updateTask, { task_id: 3, due: "none" }]));
    });
  });

  it("varies small talk by message and turn, never at random", () => {
    const replies = ["thanks", "thank you", "thanks!!", "thx"].map((m) => text(turn(m)));
    expect(new Set(replies).size).toBeGreaterThan(1);
    expect(text(turn("thanks"))).toBe(text(turn("thanks")));
  });

  it("makes a list before adding to it: one step for the list, the next for its tasks", () => {
    const say = "make a Groceries list and add milk and eggs to it";
    expect(planNextStep(turn(say))).toEqual(tools([TOOL.createList, { name: "Groceries" }]));
    const made = turn(say, [[TOOL.createList, { name: "Groceries" }, { list_id: "l2", name: "Groceries", status: "created" }]]);
    expect(planNextStep(made)).toEqual(tools([TOOL.addTask, { title: "Milk", list: "Groceries" }], [TOOL.addTask, { title: "Eggs", list: "Groceries" }]));
  });

  it("looks the user's lists up before reading “to groceries” as a list, and keeps the words as the title when it isn't one", () => {
    expect(planNextStep(turn("add milk to groceries"))).toEqual(tools([TOOL.listLists, {}]));
    const lists = (...names: string[]) => ({ lists: names.map((name, i) => ({ list_id: `l${i}`, name, pending: 0 })) });
    expect(planNextStep(turn("add milk to groceries", [[TOOL.listLists, {}, lists("Inbox", "Groceries")]]))).toEqual(tools([TOOL.addTask, { title: "Milk", list: "groceries" }]));
    expect(planNextStep(turn("add milk to groceries", [[TOOL.listLists, {}, lists("Inbox")]]))).toEqual(tools([TOOL.addTask, { title: "Milk to groceries" }]));
  });

  it("reads a task's own reminders before adding one, so they are kept", () => {
    const say = "remind me an hour before task 3";
    expect(planNextStep(turn(say))).toEqual(tools([TOOL.getTask, { task_id: 3 }]));
    const read = turn(say, [[TOOL.getTask, { task_id: 3 }, { task_id: 3, title: "Dentist", reminders: [{ id: "r1", at: "2026-03-12T08:00:00.000Z" }, { id: "r2", before_minutes: 15 }] }]]);
    expect(planNextStep(read)).toEqual(tools([TOOL.updateTask, { task_id: 3, reminders: [{ at: "2026-03-12T08:00:00.000Z" }, { before_minutes: 15 }, { before_minutes: 60 }] }]));
  });

  it("turns list_not_found into the user's lists and an offer of the Inbox", () => {
    const missing = { error: "list_not_found", message: "You have no list called “Shopping” — your lists are Inbox, Work. Use one of them, or create_list first." };
    const reply = text(turn("add milk to my Shopping list", [[TOOL.addTask, { title: "Milk", list: "Shopping" }, missing]]));
    expect(reply).toBe("You have no list called “Shopping” — your lists are Inbox, Work. Say “create a list called Shopping” to make it, or “yes” to use your Inbox instead.");
  });
});
