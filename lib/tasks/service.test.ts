import { count, eq } from "drizzle-orm";
import { beforeEach, expect, it } from "vitest";
import { tasks } from "@/db/schema";
import { createUser, describeWithDatabases } from "@/test/databases";
import { rejection } from "@/test/rejection";
import { taskService, type TaskService } from "./service";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeWithDatabases("task service", (getDb) => {
  let service: TaskService;
  let alice: string;
  let bob: string;

  const rowCount = async (userId: string) =>
    (await getDb().db.select({ n: count() }).from(tasks).where(eq(tasks.userId, userId)))[0]!.n;

  beforeEach(async () => {
    service = taskService(getDb().db);
    alice = await createUser(getDb().db);
    bob = await createUser(getDb().db);
  });

  it("adds a task with a trimmed title and shows it in the list", async () => {
    const task = await service.addTask(alice, { title: "  Buy groceries  ", description: "milk, eggs" });
    expect(task).toMatchObject({ id: 1, title: "Buy groceries", description: "milk, eggs", completed: false, completed_at: null, deleted_at: null, due_date: null, due_time: null, due_at: null, priority: 4 });
    expect(Object.keys(task).sort()).toEqual(
      ["completed", "completed_at", "completed_occurrences", "created_at", "deleted_at", "description", "due_at", "due_date", "due_time", "id", "labels", "list_id", "position", "priority", "recurrence", "reminders", "title", "updated_at"],
    );
    expect(task).toMatchObject({ list_id: expect.any(String), labels: [], position: "a0", recurrence: null, reminders: [], completed_occurrences: [] });
    expect((await service.listTasks(alice)).map((t) => t.title)).toEqual(["Buy groceries"]);
  });

  it("numbers tasks per user, starting at 1 for everyone", async () => {
    await service.addTask(alice, { title: "a1" });
    await service.addTask(alice, { title: "a2" });
    const b1 = await service.addTask(bob, { title: "b1" });
    const a3 = await service.addTask(alice, { title: "a3" });
    expect(b1.id).toBe(1);
    expect(a3.id).toBe(3);
  });

  it("never reuses a number, after a delete or a permanent delete", async () => {
    await service.addTask(alice, { title: "one" });
    const two = await service.addTask(alice, { title: "two" });
    await service.deleteTask(alice, two.id);
    await service.purgeTask(alice, two.id);
    expect((await service.addTask(alice, { title: "three" })).id).toBe(3);
    await service.deleteTask(alice, 3);
    expect((await service.addTask(alice, { title: "four" })).id).toBe(4);
  });

  it("gives 20 parallel adds by one user the numbers 1 to 20 with no gap, duplicate or error", async () => {
    const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    const [byAlice, byBob] = await Promise.all([
      Promise.all(upTo(20).map((i) => service.addTask(alice, { title: `task ${i}` }))),
      Promise.all(upTo(5).map((i) => service.addTask(bob, { title: `bob ${i}` }))),
    ]);
    expect(byAlice.map((t) => t.id).sort((a, b) => a - b)).toEqual(upTo(20));
    expect(byBob.map((t) => t.id).sort((a, b) => a - b)).toEqual(upTo(5));
    expect(await rowCount(alice)).toBe(20);
    expect((await service.addTask(alice, { title: "next" })).id).toBe(21);
  });

  it("completes a task, keeps the first completion time when repeated, and clears it on reopening", async () => {
    await service.addTask(alice, { title: "Call mom" });
    const done = await service.completeTask(alice, 1);
    expect(done.completed).toBe(true);
    expect(done.completed_at).not.toBeNull();
    await pause(20); // so a second "now" would differ from the first
    const again = await service.completeTask(alice, 1);
    expect(again.completed_at).toBe(done.completed_at);
    const reopened = await service.updateTask(alice, 1, { completed: false });
    expect(reopened).toMatchObject({ completed: false, completed_at: null });
  });

  it("edits the title and description, moving the updated time but not the created time", async () => {
    const original = await service.addTask(alice, { title: "Call mom" });
    await pause(20);
    const edited = await service.updateTask(alice, 1, { title: " Call mom tonight ", description: "after 7" });
    expect(edited).toMatchObject({ id: 1, title: "Call mom tonight", description: "after 7", created_at: original.created_at });
    expect(Date.parse(edited.updated_at)).toBeGreaterThan(Date.parse(original.updated_at));
    expect(await service.getTask(alice, 1)).toEqual(edited);
    expect(await service.updateTask(alice, 1, { description: "" })).toMatchObject({ title: "Call mom tonight", description: "" });
  });

  it("filters by status and searches title and description case-insensitively", async () => {
    await service.addTask(alice, { title: "Buy GROCERIES" });
    await service.addTask(alice, { title: "Team meeting", description: "bring groceries list" });
    await service.addTask(alice, { title: "100% done_ish" });
    await service.addTask(alice, { title: "Back up C:\\temp" });
    await service.addTask(alice, { title: "Thrown away groceries" });
    await service.completeTask(alice, 2);
    await service.deleteTask(alice, 5);
    const ids = async (query: Parameters<TaskService["listTasks"]>[1]) => (await service.listTasks(alice, query)).map((t) => t.id);
    expect(await ids({})).toEqual([1, 2, 3, 4]);
    expect(await ids({ status: "all" })).toEqual([1, 2, 3, 4]);
    expect(await ids({ status: "pending" })).toEqual([1, 3, 4]);
    expect(await ids({ status: "completed" })).toEqual([2]);
    expect(await ids({ status: "trash" })).toEqual([5]);
    expect(await ids({ query: "groceries" })).toEqual([1, 2]);
    expect(await ids({ query: "GrOcErIeS", status: "pending" })).toEqual([1]);
    expect(await ids({ query: "groceries", status: "trash" })).toEqual([5]);
    // %, _ and \ are literal characters, not wildcards or escapes.
    expect(await ids({ query: "0% d" })).toEqual([3]);
    expect(await ids({ query: "e_i" })).toEqual([3]);
    expect(await ids({ query: "Buy%ries" })).toEqual([]);
    expect(await ids({ query: "Bu_ G" })).toEqual([]);
    expect(await ids({ query: "%" })).toEqual([3]);
    expect(await ids({ query: "C:\\t" })).toEqual([4]);
    expect(await ids({ query: "nothing like it" })).toEqual([]);
    expect(await service.listTasks(bob, { query: "groceries" })).toEqual([]);
  });

  it("sorts and pages the list, the trash newest deletion first", async () => {
    for (const title of ["banana", "Cherry", "apple"]) await service.addTask(alice, { title });
    await pause(10);
    await service.updateTask(alice, 1, { description: "touched last" });
    const ids = async (query: Parameters<TaskService["listTasks"]>[1]) => (await service.listTasks(alice, query)).map((t) => t.id);
    expect(await ids({ order: "desc" })).toEqual([3, 2, 1]);
    expect(await ids({ sort: "updated", order: "desc" })).toEqual([1, 3, 2]);
    expect(await ids({ limit: 2 })).toEqual([1, 2]);
    expect(await ids({ limit: 2, offset: 2 })).toEqual([3]);
    expect(await service.countTasks(alice)).toBe(3);
    await service.deleteTask(alice, 2);
    await pause(10);
    await service.deleteTask(alice, 3);
    expect(await ids({ status: "trash" })).toEqual([3, 2]);
  });

  it("moves a deleted task to the trash, where every other operation finds nothing", async () => {
    await service.addTask(alice, { title: "Old idea" });
    const deleted = await service.deleteTask(alice, 1);
    expect(deleted.deleted_at).not.toBeNull();
    expect(await service.listTasks(alice)).toEqual([]);
    expect((await service.listTasks(alice, { status: "trash" })).map((t) => t.id)).toEqual([1]);
    for (const op of [
      () => service.getTask(alice, 1),
      () => service.updateTask(alice, 1, { title: "x" }),
      () => service.completeTask(alice, 1),
      () => service.deleteTask(alice, 1),
    ]) {
      expect((await rejection(op())).code).toBe("not_found");
    }
  });

  it("restores from the trash, and only from the trash", async () => {
    await service.addTask(alice, { title: "Keep me" });
    expect((await rejection(service.restoreTask(alice, 1))).code).toBe("not_found");
    await service.deleteTask(alice, 1);
    const restored = await service.restoreTask(alice, 1);
    expect(restored).toMatchObject({ id: 1, title: "Keep me", deleted_at: null });
    expect((await service.listTasks(alice)).map((t) => t.id)).toEqual([1]);
  });

  it("deletes forever only what is in the trash, and empties the trash", async () => {
    await service.addTask(alice, { title: "live" });
    await service.addTask(alice, { title: "trashed 1" });
    await service.addTask(alice, { title: "trashed 2" });
    expect((await rejection(service.purgeTask(alice, 1))).code).toBe("not_found");
    expect(await service.getTask(alice, 1)).toMatchObject({ title: "live" });
    await service.deleteTask(alice, 2);
    await service.deleteTask(alice, 3);
    await service.purgeTask(alice, 2);
    expect((await service.listTasks(alice, { status: "trash" })).map((t) => t.id)).toEqual([3]);
    expect(await service.emptyTrash(alice)).toBe(1);
    expect(await rowCount(alice)).toBe(1);
  });

  it("answers not found to another user on every operation and leaves the task unchanged", async () => {
    const original = await service.addTask(alice, { title: "Alice's secret", description: "private" });
    // Bob learns nothing: each answer is the one he gets for a task number nobody has.
    const ops = [
      (n: number) => service.getTask(bob, n),
      (n: number) => service.updateTask(bob, n, { title: "hacked" }),
      (n: number) => service.completeTask(bob, n),
      (n: number) => service.deleteTask(bob, n),
      (n: number) => service.restoreTask(bob, n),
      (n: number) => service.purgeTask(bob, n),
    ];
    for (const op of ops) {
      const error = await rejection(op(1));
      expect(error.code).toBe("not_found");
      expect(error.message).toBe((await rejection(op(999_999))).message.replace("999999", "1"));
    }
    expect((await rejection(service.purgeTask(bob, 1))).message).toBe("Task 1 isn't in the trash: only a task in the trash can be deleted forever");
    expect(await service.listTasks(bob)).toEqual([]);
    expect(await service.getTask(alice, 1)).toEqual(original);

    await service.deleteTask(alice, 1);
    expect((await rejection(service.restoreTask(bob, 1))).code).toBe("not_found");
    expect((await rejection(service.purgeTask(bob, 1))).code).toBe("not_found");
    expect(await service.emptyTrash(bob)).toBe(0);
    expect((await service.listTasks(alice, { status: "trash" })).map((t) => t.title)).toEqual(["Alice's secret"]);
  });

  it.each([
    ["an empty title", { title: "" }, "title", "Title can't be empty"],
    ["a title of spaces", { title: "   " }, "title", "Title can't be empty"],
    ["a 201-character title", { title: "x".repeat(201) }, "title", "Title must be 200 characters or fewer"],
    ["a 2,001-character description", { title: "ok", description: "d".repeat(2001) }, "description", "Description must be 2,000 characters or fewer"],
    ["a title that is not text", { title: 42 }, "title", "Title must be text"],
    ["a missing title", { description: "no title" }, "title", "Title must be text"],
    ["a description that is not text", { title: "ok", description: ["d"] }, "description", "Description must be text"],
    ["an unknown field", { title: "ok", userId: "someone-else" }, "user_id", "Unknown field: userId"],
  ])("rejects %s with a message for the field and writes nothing", async (_, input, field, message) => {
    const error = await rejection(service.addTask(alice, input as never));
    expect(error.code).toBe("invalid_input");
    expect(Object.keys(error.fields ?? {})).toContain(field);
    if (message) expect(error.fields?.[field]).toBe(message);
    expect(await rowCount(alice)).toBe(0);
  });

  it("accepts a 200-character title and a 2,000-character description", async () => {
    const task = await service.addTask(alice, { title: "t".repeat(200), description: "d".repeat(2000) });
    expect(task.title).toHaveLength(200);
  });

  it.each([
    ["an empty edit", {}, "body"],
    ["an empty title", { title: "" }, "title"],
    ["a title of spaces", { title: " \t " }, "title"],
    ["a 201-character title", { title: "x".repeat(201) }, "title"],
    ["a 2,001-character description", { description: "d".repeat(2001) }, "description"],
    ["completed that is not true or false", { completed: "yes" }, "completed"],
    ["a description that is not text", { description: 7 }, "description"],
    ["a change of number", { number: 9 }, "number"],
    ["a change of owner, beside a good title", { title: "fine", userId: "someone-else" }, "user_id"],
  ])("rejects %s with a message for the field and leaves the task as it was", async (_, patch, field) => {
    const original = await service.addTask(alice, { title: "Call mom" });
    const error = await rejection(service.updateTask(alice, 1, patch as never));
    expect(error.code).toBe("invalid_input");
    expect(error.fields?.[field]).toEqual(expect.any(String));
    expect(await service.getTask(alice, 1)).toEqual(original);
  });

  it("rejects input that is not an object at all", async () => {
    for (const input of [null, undefined, "Buy milk", ["Buy milk"]]) {
      expect((await rejection(service.addTask(alice, input as never))).code).toBe("invalid_input");
    }
    expect(await rowCount(alice)).toBe(0);
  });

  it.each(["abc", -1, 0, 1.5, "", null, "1; drop table tasks", 2 ** 31])("treats the task id %j as not found on every operation", async (id) => {
    const live = await service.addTask(alice, { title: "exists" });
    await service.addTask(alice, { title: "in the trash" });
    await service.deleteTask(alice, 2);
    for (const op of [
      () => service.getTask(alice, id),
      () => service.updateTask(alice, id, { title: "x" }),
      () => service.completeTask(alice, id),
      () => service.deleteTask(alice, id),
      () => service.restoreTask(alice, id),
      () => service.purgeTask(alice, id),
    ]) {
      expect((await rejection(op())).code).toBe("not_found");
    }
    expect(await service.getTask(alice, 1)).toEqual(live);
    expect(await rowCount(alice)).toBe(2);
  });

  it("accepts a task number given as text, as it arrives from a URL", async () => {
    await service.addTask(alice, { title: "from a URL" });
    expect(await service.getTask(alice, "1")).toMatchObject({ id: 1, title: "from a URL" });
  });
});
