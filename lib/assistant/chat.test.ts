import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { MockLanguageModelV4 } from "ai/test";
import { openTestDatabase, createUser, type TestDatabase } from "@/test/databases";
import { conversationService } from "@/lib/conversations/service";
import { taskService } from "@/lib/tasks/service";
import { drain, startTurn } from "./chat";
import { offlineModel } from "./offline/model";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase("pglite");
  return () => t.close();
});

async function say(userId: string, conversationId: string, text: string, model = offlineModel()) {
  const { stream, outcome } = await startTurn({ db: t.db, userId, conversationId, text, timezone: "UTC", model });
  await drain(stream);
  return outcome;
}

describe("a chat turn with the offline assistant", () => {
  it("adds, lists, deletes by name and undoes, storing every message", async () => {
    const userId = await createUser(t.db);
    const c = randomUUID();
    const added = await say(userId, c, "Add a task to buy groceries");
    expect(added.toolCalls).toEqual([{ tool: "add_task", arguments: { title: "Buy groceries" }, result: { task_id: 1, status: "created", title: "Buy groceries" } }]);
    expect(added.text).toBe("Added #1 “Buy groceries” to your list.");
    await say(userId, c, "add team meeting prep");
    const deleted = await say(userId, c, "Delete the meeting task");
    expect(deleted.toolCalls.map((x) => x.tool)).toEqual(["list_tasks", "delete_task"]);
    expect(deleted.text).toContain("Deleted #2 “Team meeting prep”");
    const undone = await say(userId, c, "undo");
    expect(undone.toolCalls.map((x) => [x.tool, x.arguments])).toEqual([["restore_task", { task_id: 2 }]]);
    expect((await taskService(t.db).listTasks(userId)).map((x) => x.id)).toEqual([1, 2]);
    const stored = await conversationService(t.db).listMessages(userId, c);
    expect(stored.map((m) => m.role)).toEqual(["user", "assistant", "user", "assistant", "user", "assistant", "user", "assistant"]);
    expect(stored.every((m) => m.status === "complete")).toBe(true);
  });
});
