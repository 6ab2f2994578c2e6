import type { LanguageModelV4Prompt } from "@ai-sdk/provider";
import { describe, expect, it } from "vitest";
import { planNextStep } from "./plan";

const ask = (text: string) => planNextStep([{ role: "user", content: [{ type: "text", text }] }] as LanguageModelV4Prompt);

// Each phrasing → the first tool the offline assistant calls, with its arguments.
const table: [string, string, Record<string, unknown>][] = [
  ["Add a task to buy groceries", "add_task", { title: "Buy groceries" }],
  ["add a task to buy groceries.", "add_task", { title: "Buy groceries" }],
  ["ADD A TASK TO BUY GROCERIES!", "add_task", { title: "BUY GROCERIES" }],
  ["Please add buy milk", "add_task", { title: "Buy milk" }],
  ["create a task: water the plants", "add_task", { title: "Water the plants" }],
  ["Create a new task called Review PR", "add_task", { title: "Review PR" }],
  ["new task book flights", "add_task", { title: "Book flights" }],
  ["I need to remember to pay bills", "add_task", { title: "Pay bills" }],
  ["i need to call the dentist", "add_task", { title: "Call the dentist" }],
  ["Remind me to renew my passport", "add_task", { title: "Renew my passport" }],
  ["remember to buy a gift for Sam", "add_task", { title: "Buy a gift for Sam" }],
  ["Don't forget to email Alex", "add_task", { title: "Email Alex" }],
  ["I have to finish the report", "add_task", { title: "Finish the report" }],
  ["add 'Call mom tonight' to my list", "add_task", { title: "Call mom tonight" }],
  ["Show me all my tasks", "list_tasks", { status: "all" }],
  ["show my tasks", "list_tasks", { status: "all" }],
  ["List my todos", "list_tasks", { status: "all" }],
  ["what's on my list?", "list_tasks", { status: "all" }],
  ["What's pending?", "list_tasks", { status: "pending" }],
  ["whats pending", "list_tasks", { status: "pending" }],
  ["What is left to do?", "list_tasks", { status: "pending" }],
  ["what do I still have to do", "list_tasks", { status: "pending" }],
  ["show pending tasks", "list_tasks", { status: "pending" }],
  ["What have I completed?", "list_tasks", { status: "completed" }],
  ["what have i done", "list_tasks", { status: "completed" }],
  ["Show completed tasks", "list_tasks", { status: "completed" }],
  ["what's in the trash?", "list_tasks", { status: "trash" }],
  ["Mark task 3 as complete", "complete_task", { task_id: 3 }],
  ["mark task 3 as done", "complete_task", { task_id: 3 }],
  ["mark #3 done", "complete_task", { task_id: 3 }],
  ["Complete task 3", "complete_task", { task_id: 3 }],
  ["finish task 7", "complete_task", { task_id: 7 }],
  ["task 4 is done", "complete_task", { task_id: 4 }],
  ["I finished task 2", "complete_task", { task_id: 2 }],
  ["check off task three", "complete_task", { task_id: 3 }],
  ["Mark task 2 as not done", "update_task", { task_id: 2, completed: false }],
  ["reopen task 5", "update_task", { task_id: 5, completed: false }],
  ["Delete task 3", "delete_task", { task_id: 3 }],
  ["remove #5", "delete_task", { task_id: 5 }],
  ["cancel task 2", "delete_task", { task_id: 2 }],
  ["Delete the meeting task", "list_tasks", { status: "all", query: "meeti" }],
  ["remove the groceries task", "list_tasks", { status: "all", query: "groce" }],
  ["complete the report task", "list_tasks", { status: "all", query: "repor" }],
  ["Change task 1 to 'Call mom tonight'", "update_task", { task_id: 1, title: "Call mom tonight" }],
  ["change task 1 to “Call mom tonight”", "update_task", { task_id: 1, title: "Call mom tonight" }],
  ["rename task 2 to Pay rent", "update_task", { task_id: 2, title: "Pay rent" }],
  ["update task 1: call mom tonight", "update_task", { task_id: 1, title: "Call mom tonight" }],
  ["Restore task 3", "restore_task", { task_id: 3 }],
  ["restore the meeting task", "list_tasks", { status: "trash", query: "meeti" }],
];

describe("the offline assistant's phrasings", () => {
  it.each(table)("%j → %s", (text, toolName, input) => {
    expect(ask(text)).toEqual({ type: "tool", toolName, input });
  });

  it.each(["tell me a joke", "what's the weather", "asdf", "hi"])("answers %j with a short, honest help reply and no tool", (text) => {
    const step = ask(text);
    expect(step.type).toBe("text");
    expect(step.type === "text" && step.text).toMatch(/Add a task to buy groceries/);
  });
});

describe("the offline assistant's multi-step plans", () => {
  const turn = (text: string, ...results: [string, Record<string, unknown>, unknown][]): LanguageModelV4Prompt => [
    { role: "user", content: [{ type: "text", text }] },
    ...results.flatMap(([toolName, input, output], i) => [
      { role: "assistant" as const, content: [{ type: "tool-call" as const, toolCallId: `c${i}`, toolName, input }] },
      { role: "tool" as const, content: [{ type: "tool-result" as const, toolCallId: `c${i}`, toolName, output: { type: "json" as const, value: output as never } }] },
    ]),
  ];
  const listed = (...titles: [number, string][]) => ({
    tasks: titles.map(([task_id, title]) => ({ task_id, title, description: "", completed: false })),
    total: titles.length,
  });

  it("acts on the one task a name matches", () => {
    const prompt = turn("Delete the meeting task", ["list_tasks", { status: "all", query: "meeti" }, listed([2, "Team meeting"])]);
    expect(planNextStep(prompt)).toEqual({ type: "tool", toolName: "delete_task", input: { task_id: 2 } });
  });

  it("asks which one when several tasks match, naming them", () => {
    const prompt = turn("Delete the meeting task", ["list_tasks", {}, listed([2, "Team meeting"], [5, "Meeting notes"])]);
    const step = planNextStep(prompt);
    expect(step).toMatchObject({ type: "text" });
    expect(step.type === "text" && step.text).toMatch(/2 tasks matching “meeting”[\s\S]*#2 Team meeting[\s\S]*#5 Meeting notes[\s\S]*Which one/);
  });

  it("says so when nothing matches, then shows what is pending", () => {
    const nothing = turn("Delete the meeting task", ["list_tasks", {}, listed()]);
    expect(planNextStep(nothing)).toEqual({ type: "tool", toolName: "list_tasks", input: { status: "pending" } });
    const withPending = turn("Delete the meeting task", ["list_tasks", {}, listed()], ["list_tasks", { status: "pending" }, listed([1, "Buy groceries"])]);
    const step = planNextStep(withPending);
    expect(step.type === "text" && step.text).toBe("I couldn't find a task matching “meeting”. Here's what's pending:\n- #1 Buy groceries");
  });

  it("confirms an action in a sentence with the task's number and title", () => {
    const prompt = turn("Mark task 3 as complete", ["complete_task", { task_id: 3 }, { task_id: 3, status: "completed", title: "Call mom" }]);
    expect(planNextStep(prompt)).toEqual({ type: "text", text: "Nice work! Marked #3 “Call mom” as done." });
  });

  it("explains a task number that isn't on the list", () => {
    const prompt = turn("Mark task 9 as complete", ["complete_task", { task_id: 9 }, { error: "task_not_found", message: "Task 9 not found" }]);
    const step = planNextStep(prompt);
    expect(step.type === "text" && step.text).toMatch(/couldn't find task 9/);
  });

  it("undoes the delete made just before", () => {
    const earlier = turn("delete task 4", ["delete_task", { task_id: 4 }, { task_id: 4, status: "deleted", title: "Old" }]);
    const prompt: LanguageModelV4Prompt = [...earlier, { role: "assistant", content: [{ type: "text", text: "Deleted." }] }, { role: "user", content: [{ type: "text", text: "undo" }] }];
    expect(planNextStep(prompt)).toEqual({ type: "tool", toolName: "restore_task", input: { task_id: 4 } });
  });

  it("has nothing to undo at the start of a conversation", () => {
    const step = ask("undo");
    expect(step.type === "text" && step.text).toMatch(/nothing to undo/);
  });
});
