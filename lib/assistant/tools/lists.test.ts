import { beforeAll, describe, expect, it } from "vitest";
import { listService } from "@/lib/lists/service";
import { taskService } from "@/lib/tasks/service";
import { createUser, openTestDatabase, type TestDatabase } from "@/test/databases";
import type { ToolContext } from "./context";
import { taskToolDefinitions } from "./index";
import { TOOL } from "./names";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase("pglite");
  return () => t.close();
});

/** The tools bound to one user, called by name as the chat, the JSON API and MCP call them. */
function toolsFor(userId: string) {
  const ctx: ToolContext = { userId, db: t.db, time: { timezone: "UTC", locale: "en-US", now: new Date("2026-11-26T10:00:00Z") } };
  const tools = taskToolDefinitions(ctx);
  return (name: string, input: Record<string, unknown>) => {
    const tool = tools.find((x) => x.name === name)!;
    return tool.execute(tool.inputSchema.parse(input)) as Promise<any>;
  };
}

describe("the assistant's list and label tools", () => {
  it("registers list_lists and create_list beside the task tools", () => {
    expect(taskToolDefinitions({ userId: "u", db: t.db, time: { timezone: "UTC", locale: "en-US", now: new Date() } }).map((x) => x.name)).toEqual(Object.values(TOOL));
  });

  it("adds a task to a list by name with labels, and says where it went", async () => {
    const user = await createUser(t.db);
    const call = toolsFor(user);
    expect(await call("create_list", { name: "Work" })).toEqual({ list_id: expect.any(String), name: "Work", status: "created" });
    const added = await call("add_task", { title: "Send the report", list: "work", labels: ["office", "Q4"] });
    expect(added).toMatchObject({ task_id: 1, status: "created", list: "Work", labels: ["office", "Q4"] });
    expect(await call("add_task", { title: "Buy milk" })).toMatchObject({ list: "Inbox", labels: [] });
    expect(await call("list_lists", {})).toEqual({
      lists: [
        { list_id: expect.any(String), name: "Inbox", pending: 1 },
        { list_id: expect.any(String), name: "Work", pending: 1 },
      ],
    });
  });

  it("answers an unknown list name with list_not_found naming the user's lists, and adds nothing", async () => {
    const user = await createUser(t.db);
    const call = toolsFor(user);
    await call("create_list", { name: "Work" });
    await call("create_list", { name: "Groceries" });
    const missing = await call("add_task", { title: "Milk", list: "Shopping" });
    expect(missing).toEqual({ error: "list_not_found", message: "You have no list called “Shopping” — your lists are Inbox, Work, Groceries. Use one of them, or create_list first." });
    expect(await taskService(t.db).listTasks(user)).toEqual([]);
    expect(await call("list_tasks", { list: "Shopping" })).toMatchObject({ error: "list_not_found" });
    expect(await call("create_list", { name: "WORK" })).toEqual({ error: "conflict", message: "You already have a list called “WORK”" });
  });

  it("lists by list and label, moves a task and relabels it, with the previous values", async () => {
    const user = await createUser(t.db);
    const call = toolsFor(user);
    await call("create_list", { name: "Home" });
    await call("add_task", { title: "Fix the sink", list: "Home", labels: ["diy"] });
    await call("add_task", { title: "Call the plumber", labels: ["DIY", "phone"] });
    expect((await call("list_tasks", { list: "home" })).tasks.map((x: { title: string }) => x.title)).toEqual(["Fix the sink"]);
    expect(await call("list_tasks", { label: "diy" })).toMatchObject({ total: 2, tasks: [{ task_id: 1, list: "Home", labels: ["diy"] }, { task_id: 2, list: "Inbox", labels: ["diy", "phone"] }] });
    const moved = await call("update_task", { task_id: 2, list: "Home", labels: ["phone"] });
    expect(moved).toMatchObject({ status: "updated", list: "Home", labels: ["phone"], previous: { list: "Inbox", labels: ["diy", "phone"] } });
    expect(await call("update_task", { task_id: 2, list: "Nowhere" })).toMatchObject({ error: "list_not_found" });
    expect((await taskService(t.db).getTask(user, 2)).labels).toEqual(["phone"]);
  });

  it("sees only its own user's lists", async () => {
    const alice = await createUser(t.db);
    const bob = await createUser(t.db);
    await listService(t.db).createList(alice, { name: "Secret plans" });
    expect(await toolsFor(bob)("add_task", { title: "x", list: "Secret plans" })).toMatchObject({ error: "list_not_found", message: expect.stringContaining("your lists are Inbox.") });
    expect((await toolsFor(bob)("list_lists", {})).lists.map((l: { name: string }) => l.name)).toEqual(["Inbox"]);
  });

  it("finds tasks by words with a typo, best match first", async () => {
    const user = await createUser(t.db);
    const call = toolsFor(user);
    await call("add_task", { title: "Pick up the kids", description: "after the dentist" });
    await call("add_task", { title: "Dentist appointment" });
    expect((await call("list_tasks", { query: "dentsit" })).tasks.map((x: { task_id: number }) => x.task_id)).toEqual([2, 1]);
  });
});
