import { beforeEach, expect, it } from "vitest";
import { listService, type ListService } from "@/lib/lists/service";
import { createUser, describeWithDatabases } from "@/test/databases";
import { rejection } from "@/test/rejection";
import { bulkTaskService, type BulkTaskService } from "./bulk";
import { taskService, type TaskService } from "./service";

describeWithDatabases("bulk task changes", (getDb) => {
  let bulk: BulkTaskService;
  let tasks_: TaskService;
  let lists_: ListService;
  let alice: string;
  let bob: string;

  const snapshot = async (userId: string) => (await tasks_.listTasks(userId, { status: "all" })).concat(await tasks_.listTasks(userId, { status: "trash" }));

  beforeEach(async () => {
    bulk = bulkTaskService(getDb().db);
    tasks_ = taskService(getDb().db);
    lists_ = listService(getDb().db);
    alice = await createUser(getDb().db);
    bob = await createUser(getDb().db);
    for (let i = 1; i <= 5; i++) await tasks_.addTask(alice, { title: `t${i}`, labels: i % 2 ? ["odd"] : [] });
  });

  it("completes a selection and undoes it", async () => {
    const original = await snapshot(alice);
    const done = await bulk.completeTasks(alice, [2, 4, 4]);
    expect(done.tasks.map((t) => [t.id, t.completed])).toEqual([[2, true], [4, true]]);
    expect(done.previous.map((p) => [p.id, p.completed])).toEqual([[2, false], [4, false]]);
    await bulk.revertTasks(alice, done.previous);
    expect(await snapshot(alice)).toEqual(original.map((t) => ({ ...t, updated_at: expect.any(String) })));
  });

  it("moves a selection to the end of another list in its order, and puts it back in place", async () => {
    const work = await lists_.createList(alice, { name: "Work" });
    await tasks_.addTask(alice, { title: "w", list_id: work.id });
    await tasks_.updateTask(alice, 4, { after_id: null }); // Inbox: 4 1 2 3 5
    const moved = await bulk.moveTasks(alice, [2, 4, 5], work.id);
    expect(moved.tasks.map((t) => t.id)).toEqual([4, 2, 5]);
    expect((await tasks_.listTasks(alice, { list_id: work.id, sort: "position" })).map((t) => t.id)).toEqual([6, 4, 2, 5]);
    expect((await tasks_.listTasks(alice, { list_id: moved.previous[0]!.list_id, sort: "position" })).map((t) => t.id)).toEqual([1, 3]);
    await bulk.revertTasks(alice, moved.previous);
    expect((await tasks_.listTasks(alice, { list_id: moved.previous[0]!.list_id, sort: "position" })).map((t) => t.id)).toEqual([4, 1, 2, 3, 5]);
    expect((await tasks_.listTasks(alice, { list_id: work.id })).map((t) => t.id)).toEqual([6]);
  });

  it("adds and removes labels on a selection, and undoes it", async () => {
    const labelled = await bulk.labelTasks(alice, [1, 2], { add: ["Home", "urgent"], remove: ["ODD"] });
    expect(labelled.tasks.map((t) => t.labels)).toEqual([["Home", "urgent"], ["Home", "urgent"]]);
    expect(labelled.previous.map((p) => p.labels)).toEqual([["odd"], []]);
    await bulk.revertTasks(alice, labelled.previous);
    expect((await tasks_.getTask(alice, 1)).labels).toEqual(["odd"]);
    expect((await tasks_.getTask(alice, 2)).labels).toEqual([]);
  });

  it("deletes a selection to the trash, and undo brings it back where it was", async () => {
    const original = await snapshot(alice);
    const deleted = await bulk.deleteTasks(alice, [1, 3]);
    expect(deleted.tasks.every((t) => t.deleted_at !== null)).toBe(true);
    expect((await tasks_.listTasks(alice)).map((t) => t.id)).toEqual([2, 4, 5]);
    await bulk.revertTasks(alice, deleted.previous);
    expect(await snapshot(alice)).toEqual(original.map((t) => ({ ...t, updated_at: expect.any(String) })));
  });

  it("changes nothing when one task of the selection is not the caller's, absent or in the trash", async () => {
    await tasks_.addTask(bob, { title: "bob's" });
    await tasks_.deleteTask(alice, 5);
    const original = await snapshot(alice);
    for (const [who, ids] of [
      [alice, [1, 99]],
      [alice, [1, 5]],
      [bob, [2, 3]], // numbers are per user: Bob has only task 1
    ] as const) {
      for (const op of [
        () => bulk.completeTasks(who, [...ids]),
        () => bulk.deleteTasks(who, [...ids]),
        () => bulk.labelTasks(who, [...ids], { add: ["x"] }),
      ]) {
        expect((await rejection(op())).code).toBe("not_found");
      }
    }
    expect((await rejection(bulk.moveTasks(bob, [1], original[0]!.list_id))).code).toBe("invalid_input");
    expect((await rejection(bulk.completeTasks(alice, []))).code).toBe("invalid_input");
    // Undo works on the caller's own task numbers only: Bob has no task 3.
    expect((await rejection(bulk.revertTasks(bob, [{ ...(await bulk.completeTasks(alice, [1])).previous[0]!, id: 3 }]))).code).toBe("not_found");
    await bulk.completeTasks(alice, [1], false);
    expect(await snapshot(alice)).toEqual(original.map((t) => ({ ...t, updated_at: expect.any(String) })));
    expect((await snapshot(bob)).map((t) => t.title)).toEqual(["bob's"]);
  });
});
