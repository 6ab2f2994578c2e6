import { randomUUID } from "node:crypto";
import type { LanguageModelV4CallOptions, LanguageModelV4StreamPart } from "@ai-sdk/provider";
import { convertArrayToReadableStream, MockLanguageModelV4 } from "ai/test";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { conversationService } from "@/lib/conversations/service";
import { addDaysToDate, todayIn } from "@/lib/quick-add";
import { taskService } from "@/lib/tasks/service";
import { createUser, describeWithDatabases, openTestDatabase, type TestDatabase } from "@/test/databases";
import { drain, startTurn, type TurnRequest } from "./chat";
import { TOOL } from "./tools/names";
import { offlineModel } from "./offline/model";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase("pglite");
  return () => t.close();
});

const usage = { inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 1, text: 1, reasoning: 0 } };
const finish = (unified: "stop" | "tool-calls"): LanguageModelV4StreamPart => ({ type: "finish", usage, finishReason: { unified, raw: undefined } });
const textReply = (text: string): LanguageModelV4StreamPart[] => [
  { type: "text-start", id: "t" },
  { type: "text-delta", id: "t", delta: text },
  { type: "text-end", id: "t" },
  finish("stop"),
];
const toolCall = (toolName: string, input: object): LanguageModelV4StreamPart[] => [
  { type: "tool-call", toolCallId: randomUUID(), toolName, input: JSON.stringify(input) },
  finish("tool-calls"),
];

/** A model that plays the given steps in order, one per call. */
function scripted(...steps: LanguageModelV4StreamPart[][]) {
  let i = 0;
  return new MockLanguageModelV4({
    doStream: async () => ({ stream: convertArrayToReadableStream(steps[Math.min(i++, steps.length - 1)]!) }),
  });
}

async function turn(userId: string, conversationId: string, text: string, model: TurnRequest["model"], extra: Partial<TurnRequest> = {}) {
  const { stream, outcome } = await startTurn({ db: t.db, userId, conversationId, text, model, ...extra });
  await drain(stream);
  return outcome;
}

describe("a chat turn", () => {
  it("stores the user's message, then the reply with its tool call and result", async () => {
    const userId = await createUser(t.db);
    const c = randomUUID();
    const outcome = await turn(userId, c, "add a task to buy groceries", scripted(toolCall(TOOL.addTask, { title: "Buy groceries" }), textReply("Added #1.")));
    expect(outcome.text).toBe("Added #1.");
    const [user, assistant] = await conversationService(t.db).listMessages(userId, c);
    expect(user).toMatchObject({ role: "user", content: "add a task to buy groceries", status: "complete" });
    expect(assistant).toMatchObject({ role: "assistant", content: "Added #1.", status: "complete" });
    expect(assistant!.parts).toContainEqual(
      expect.objectContaining({
        type: "tool-add_task",
        state: "output-available",
        input: { title: "Buy groceries" },
        output: { task_id: 1, status: "created", title: "Buy groceries", completed: false, due: null, priority: 4, list: "Inbox", labels: [] },
      }),
    );
    expect((await conversationService(t.db).getConversation(userId, c)).title).toBe("add a task to buy groceries");
  });

  it("shows the model only the last 30 messages of a 200-message conversation", async () => {
    const userId = await createUser(t.db);
    const c = randomUUID();
    const conversations = conversationService(t.db);
    await conversations.openConversation(userId, c, "long one");
    for (let i = 0; i < 200; i++) {
      const role = i % 2 === 0 ? "user" : "assistant";
      await conversations.appendMessage(userId, c, { id: randomUUID(), role, content: `m${i}`, parts: [{ type: "text", text: `m${i}` }] });
    }
    const model = scripted(textReply("ok"));
    await turn(userId, c, "the newest", model);
    const prompt = model.doStreamCalls[0]!.prompt;
    const texts = prompt.filter((m) => m.role !== "system").map((m) => (m.content as { text?: string }[]).map((p) => p.text).join(""));
    expect(texts.length).toBeLessThanOrEqual(30);
    expect(texts.at(-1)).toBe("the newest");
    expect(texts[0]).toMatch(/^m\d+$/);
    expect(prompt.find((m) => m.role !== "system")!.role).toBe("user");
    expect(texts).not.toContain("m100");
  });

  it("gives a model that asks for another user's task number task_not_found and changes nothing", async () => {
    const alice = await createUser(t.db);
    const mallory = await createUser(t.db);
    await taskService(t.db).addTask(alice, { title: "Alice's task" });
    const outcome = await turn(mallory, randomUUID(), "delete task 1", scripted(toolCall(TOOL.deleteTask, { task_id: 1 }), textReply("Sorry.")));
    expect(outcome.toolCalls).toEqual([
      { tool: TOOL.deleteTask, arguments: { task_id: 1 }, result: { error: "task_not_found", message: "Task 1 not found" } },
    ]);
    expect(await taskService(t.db).getTask(alice, 1)).toMatchObject({ title: "Alice's task", deleted_at: null });
  });

  it("keeps the turn going when the model sends malformed tool arguments", async () => {
    const userId = await createUser(t.db);
    const outcome = await turn(userId, randomUUID(), "complete it", scripted(toolCall(TOOL.completeTask, { task_id: "three" }), textReply("Which task?")));
    expect(outcome.failure).toBeUndefined();
    expect(outcome.text).toBe("Which task?");
    expect(outcome.toolCalls[0]).toMatchObject({ tool: TOOL.completeTask, result: { error: "tool_failed" } });
  });

  it("answers 404 for another user's conversation id and stores nothing there", async () => {
    const alice = await createUser(t.db);
    const bob = await createUser(t.db);
    const c = randomUUID();
    await turn(alice, c, "hello", scripted(textReply("hi")));
    await expect(turn(bob, c, "let me in", scripted(textReply("no")))).rejects.toMatchObject({ code: "not_found" });
    expect(await conversationService(t.db).listMessages(alice, c)).toHaveLength(2);
  });

  it("continues the same conversation from a fresh module instance, as after a restart", async () => {
    const userId = await createUser(t.db);
    const c = randomUUID();
    await turn(userId, c, "Add a task to buy groceries", offlineModel());
    await turn(userId, c, "delete task 1", offlineModel());
    vi.resetModules();
    const fresh = await import("./chat");
    const { offlineModel: freshModel } = await import("./offline/model");
    const { stream, outcome } = await fresh.startTurn({ db: t.db, userId, conversationId: c, text: "undo", timezone: "UTC", model: freshModel() });
    await fresh.drain(stream);
    expect((await outcome).text).toBe("Undone: restored #1 “Buy groceries”.");
  });

  it("keeps the user's message and stores a plain-words error when the provider fails", async () => {
    const userId = await createUser(t.db);
    const c = randomUUID();
    const broken = new MockLanguageModelV4({ doStream: async () => { throw new Error("upstream exploded: secret internals"); } });
    const outcome = await turn(userId, c, "are you there?", broken);
    expect(outcome.failure?.code).toBe("model_unavailable");
    const [user, assistant] = await conversationService(t.db).listMessages(userId, c);
    expect(user).toMatchObject({ role: "user", content: "are you there?" });
    expect(assistant).toMatchObject({ role: "assistant", status: "error" });
    expect(assistant!.content).toMatch(/couldn't be reached.*saved.*try again/);
    expect(assistant!.content).not.toContain("secret internals");
    // A retry works.
    expect((await turn(userId, c, "again", scripted(textReply("Back!")))).text).toBe("Back!");
  });

  it("reports a model that takes too long as a timeout, keeping the user's message", async () => {
    const userId = await createUser(t.db);
    const c = randomUUID();
    const slow = new MockLanguageModelV4({
      doStream: async ({ abortSignal }: LanguageModelV4CallOptions) =>
        new Promise((_, reject) => abortSignal?.addEventListener("abort", () => reject(abortSignal.reason ?? new Error("aborted")))),
    });
    const outcome = await turn(userId, c, "slow one", slow, { timeouts: { stepMs: 150, totalMs: 300 } });
    expect(outcome.failure?.code).toBe("model_timeout");
    const stored = await conversationService(t.db).listMessages(userId, c);
    expect(stored.map((m) => [m.role, m.status])).toEqual([["user", "complete"], ["assistant", "error"]]);
  });

  it("stores what was produced, marked stopped, when the user stops the reply", async () => {
    const userId = await createUser(t.db);
    const c = randomUUID();
    const controller = new AbortController();
    const model = new MockLanguageModelV4({
      doStream: async ({ abortSignal }: LanguageModelV4CallOptions) => ({
        stream: new ReadableStream<LanguageModelV4StreamPart>({
          start(ctrl) {
            ctrl.enqueue({ type: "text-start", id: "t" });
            ctrl.enqueue({ type: "text-delta", id: "t", delta: "Here is the first half" });
            abortSignal?.addEventListener("abort", () => ctrl.error(abortSignal.reason));
            setTimeout(() => controller.abort(), 50);
          },
        }),
      }),
    });
    const outcome = await turn(userId, c, "write a long answer", model, { abortSignal: controller.signal });
    expect(outcome.message).toMatchObject({ role: "assistant", status: "stopped" });
    expect(outcome.text).toContain("Here is the first half");
  });
});

describeWithDatabases(
  "a chat turn with the built-in offline assistant",
  (database) => {
    async function say(userId: string, conversationId: string, text: string, timezone = "UTC") {
      const { stream, outcome } = await startTurn({ db: database().db, userId, conversationId, text, timezone, model: offlineModel() });
      await drain(stream);
      return outcome;
    }

    it("adds milk, eggs and bread as three tasks in one step and lists all three in the reply", async () => {
      const userId = await createUser(database().db);
      const c = randomUUID();
      const outcome = await say(userId, c, "add milk, eggs and bread");
      expect(outcome.toolCalls.map((c) => [c.tool, c.arguments])).toEqual([
        [TOOL.addTask, { title: "Milk" }],
        [TOOL.addTask, { title: "Eggs" }],
        [TOOL.addTask, { title: "Bread" }],
      ]);
      const tasks = await taskService(database().db).listTasks(userId, { status: "all" });
      expect(tasks.map((t) => [t.id, t.title])).toEqual([[1, "Milk"], [2, "Eggs"], [3, "Bread"]]);
      expect(outcome.text).toBe("Added 3 tasks:\n- #1 Milk\n- #2 Eggs\n- #3 Bread");
      // One model step held all three calls: one step-start before them, one before the reply.
      expect(outcome.message.parts.filter((p) => (p as { type: string }).type === "step-start")).toHaveLength(2);
      // Undo, read from the stored turn, takes all three back.
      const undone = await say(userId, c, "undo");
      expect(undone.toolCalls.map((call) => call.tool)).toEqual([TOOL.deleteTask, TOOL.deleteTask, TOOL.deleteTask]);
      expect(await taskService(database().db).listTasks(userId, { status: "all" })).toEqual([]);
    });

    it("reads the stored turn back: “which one?” answered with “the second one”, then undo", async () => {
      const userId = await createUser(database().db);
      const tasks = taskService(database().db);
      for (const title of ["Team meeting", "Buy milk", "Meeting notes"]) await tasks.addTask(userId, { title });
      const c = randomUUID();
      const asked = await say(userId, c, "delete the meeting task");
      expect(asked.text).toMatch(/2 tasks match “meeting”:\n- #1 Team meeting\n- #3 Meeting notes\n\nWhich one should I delete\?/);
      const answered = await say(userId, c, "the second one");
      expect(answered.toolCalls).toMatchObject([{ tool: TOOL.deleteTask, arguments: { task_id: 3 }, result: { task_id: 3, status: "deleted", title: "Meeting notes" } }]);
      expect((await say(userId, c, "undo")).text).toBe("Undone: restored #3 “Meeting notes”.");
    });

    it("adds “remind me to call mom tomorrow at 6pm” due tomorrow 18:00 in the caller's zone, and lists it as due today only once it is", async () => {
      const userId = await createUser(database().db);
      const c = randomUUID();
      const la = "America/Los_Angeles";
      const added = await say(userId, c, "remind me to call mom tomorrow at 6pm", la);
      expect(added.toolCalls.map((call) => [call.tool, call.arguments])).toEqual([[TOOL.addTask, { title: "Call mom", due: "tomorrow at 6pm", reminders: [{ before_minutes: 0 }] }]]);
      // Tomorrow where the words were said, read around the same moment the turn was.
      const tomorrows = [new Date(Date.now() - 60_000), new Date()].map((now) => addDaysToDate(todayIn(la, now), 1));
      const [task] = await taskService(database().db).listTasks(userId, { status: "all" });
      expect(tomorrows).toContain(task!.due_date);
      expect(task).toMatchObject({ title: "Call mom", due_time: "18:00" });
      expect(task!.reminders).toEqual([{ id: expect.any(String), before_minutes: 0 }]);
      expect(added.text).toBe("Added #1 “Call mom”, due Tomorrow 18:00. I'll remind you when it's due.");

      const today = await say(userId, c, "what's due today?", la);
      expect(today.toolCalls.map((call) => call.arguments)).toEqual([{ status: "pending", due: "today" }]);
      expect(today.text).toBe("Nothing due today.");

      const moved = await say(userId, c, "move task 1 to today", la);
      expect(moved.text).toBe("Moved #1 “Call mom” to Today.");
      expect((await say(userId, c, "what's due today?", la)).text).toBe("You have 1 task due today:\n- #1 Call mom — Today");
    });

    it("adds “every monday water the plants” in Los Angeles repeating weekly on Monday, first due the next Monday there, and says so", async () => {
      const userId = await createUser(database().db);
      const la = "America/Los_Angeles";
      // The next Monday in Los Angeles from the moment of the turn (today when it is Monday there).
      const mondays = [new Date(Date.now() - 60_000), new Date()].map((now) => {
        const today = todayIn(la, now);
        const weekday = new Date(`${today}T12:00:00Z`).getUTCDay();
        return addDaysToDate(today, (8 - weekday) % 7);
      });
      const added = await say(userId, randomUUID(), "every monday water the plants", la);
      expect(added.toolCalls.map((call) => [call.tool, call.arguments])).toEqual([[TOOL.addTask, { title: "Water the plants", recurrence: "every monday" }]]);
      const [task] = await taskService(database().db).listTasks(userId, { status: "all" });
      expect(task).toMatchObject({ title: "Water the plants", due_time: null, recurrence: { rule: "FREQ=WEEKLY;BYDAY=MO", anchor: "schedule", text: "Every Monday" } });
      expect(mondays).toContain(task!.due_date);
      expect(new Date(`${task!.due_date}T12:00:00Z`).getUTCDay()).toBe(1);
      expect(added.text).toMatch(/^Added #1 “Water the plants”\. Repeats: Every Monday, next due (?:Today|Tomorrow|Mon|Tue|Wed|Thu|Fri|Sat|Sun|\d+ \w+)\.$/);
    });

    it("tells a user with no such list which lists they have, and adds nothing", async () => {
      const userId = await createUser(database().db);
      const c = randomUUID();
      expect((await say(userId, c, "create a list called Work")).text).toBe("Created the list “Work”.");
      const missing = await say(userId, c, "add milk to my shopping list");
      expect(missing.text).toBe("You have no list called “shopping” — your lists are Inbox, Work. Say “create a list called shopping” to make it, or “yes” to use your Inbox instead.");
      expect(await taskService(database().db).listTasks(userId, { status: "all" })).toEqual([]);
      const filed = await say(userId, c, "add expenses to work");
      expect(filed.text).toBe("Added #1 “Expenses” to Work.");
      // Only a list the user has: otherwise the words are the task.
      expect((await say(userId, c, "add a trip to paris")).text).toBe("Added #2 “A trip to paris”.");
    });

    it("files, tags, skips, reminds, snoozes and stops a repeating task through the real tools, and undoes the stop", async () => {
      const userId = await createUser(database().db);
      const c = randomUUID();
      const tasks = taskService(database().db);
      expect((await say(userId, c, "make a Home list and add water the plants every monday at 9am to it")).text).toMatch(
        /^Created the list “Home”\. Added #1 “Water the plants” to Home\. Repeats: Every Monday at 09:00, next due .+ 09:00\.$/,
      );
      expect((await say(userId, c, "tag the plants with garden")).text).toBe("Labels on #1 “Water the plants”: garden.");
      const before = (await tasks.getTask(userId, 1)).due_date!;
      expect((await say(userId, c, "skip this week's plants")).text).toMatch(/^Skipped one: #1 “Water the plants” is next due .+ 09:00\.$/);
      expect((await tasks.getTask(userId, 1)).due_date).toBe(addDaysToDate(before, 7));
      expect((await say(userId, c, "remind me 30 minutes before the plants")).text).toMatch(/^I'll remind you 30 minutes before #1 “Water the plants” \(due .+\)\.$/);
      expect((await say(userId, c, "remind me an hour before task 1")).toolCalls.at(-1)?.arguments).toEqual({ task_id: 1, reminders: [{ before_minutes: 30 }, { before_minutes: 60 }] });
      expect((await say(userId, c, "snooze the plants for an hour")).text).toMatch(/^Snoozed #1 “Water the plants”: I'll remind you again at \d\d:\d\d\.$/);
      expect((await say(userId, c, "what's labelled garden in my home list?")).text).toMatch(/^You have 1 task labelled garden in Home:\n- #1 Water the plants — .+ 09:00$/);
      expect((await say(userId, c, "stop repeating the plants")).text).toMatch(/^#1 “Water the plants” no longer repeats; it's due .+\.$/);
      expect((await tasks.getTask(userId, 1)).recurrence).toBeNull();
      expect((await say(userId, c, "undo")).text).toMatch(/^Undone: #1 “Water the plants” repeats again: Every Monday at 09:00, next due .+\.$/);
      const back = await tasks.getTask(userId, 1);
      expect(back).toMatchObject({ recurrence: { rule: "FREQ=WEEKLY;BYDAY=MO" }, labels: ["garden"] });
      expect(back.reminders.map((r) => ("before_minutes" in r ? r.before_minutes : r.at)).sort()).toEqual([30, 60]);
    });

    it("knows the caller's time zone, passed to the model as a provider option", async () => {
      const userId = await createUser(database().db);
      const outcome = await say(userId, randomUUID(), "what time is it?", "Asia/Tokyo");
      expect(outcome.text).toMatch(/\(Asia\/Tokyo\)\.$/);
    });
  },
  ["pglite"],
);
