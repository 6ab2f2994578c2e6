import { generateKeyBetween } from "fractional-indexing";
import { beforeEach, expect, it } from "vitest";
import { listService, type ListService } from "@/lib/lists/service";
import { createUser, describeWithDatabases } from "@/test/databases";
import { rejection } from "@/test/rejection";
import { taskService, type TaskService } from "./service";

/** Bytewise, as the column's COLLATE "C" compares. */
const bytewise = (a: string, b: string) => (Buffer.from(a) < Buffer.from(b) ? -1 : Buffer.from(a) > Buffer.from(b) ? 1 : 0);

describeWithDatabases("manual order", (getDb) => {
  let service: TaskService;
  let lists: ListService;
  let alice: string;
  let inbox: string;

  /** The Inbox in manual order, as numbers; and a check that positions are distinct, valid keys. */
  async function order(listId = inbox): Promise<number[]> {
    const shown = await service.listTasks(alice, { list_id: listId, sort: "position" });
    const positions = shown.map((t) => t.position);
    expect(new Set(positions).size).toBe(positions.length);
    expect([...positions].sort(bytewise)).toEqual(positions);
    for (const p of positions) expect(() => generateKeyBetween(p, null)).not.toThrow();
    return shown.map((t) => t.id);
  }

  beforeEach(async () => {
    service = taskService(getDb().db);
    lists = listService(getDb().db);
    alice = await createUser(getDb().db);
    inbox = (await lists.listLists(alice))[0]!.id;
  });

  it("puts new tasks at the end of their list", async () => {
    for (let i = 1; i <= 5; i++) await service.addTask(alice, { title: `t${i}` });
    expect(await order()).toEqual([1, 2, 3, 4, 5]);
    expect((await service.listTasks(alice, { sort: "position", order: "desc" })).map((t) => t.id)).toEqual([5, 4, 3, 2, 1]);
  });

  it("moves with after_id and before_id (null: top and bottom) and never renumbers the others", async () => {
    for (let i = 1; i <= 5; i++) await service.addTask(alice, { title: `t${i}` });
    const before = Object.fromEntries((await service.listTasks(alice)).map((t) => [t.id, t.position]));
    const moved = await service.updateTask(alice, 5, { after_id: 1 });
    expect(await order()).toEqual([1, 5, 2, 3, 4]);
    for (const id of [1, 2, 3, 4]) expect((await service.getTask(alice, id)).position).toBe(before[id]);
    expect(moved.position > before[1]! && moved.position < before[2]!).toBe(true);
    await service.updateTask(alice, 4, { after_id: null });
    expect(await order()).toEqual([4, 1, 5, 2, 3]);
    await service.updateTask(alice, 4, { before_id: null });
    expect(await order()).toEqual([1, 5, 2, 3, 4]);
    await service.updateTask(alice, 3, { before_id: 1 });
    expect(await order()).toEqual([3, 1, 5, 2, 4]);
    await service.updateTask(alice, 2, { before_id: 5, title: "t2 renamed" });
    expect(await order()).toEqual([3, 1, 2, 5, 4]);
    expect((await service.getTask(alice, 2)).title).toBe("t2 renamed");
  });

  it("keeps a consistent order over many moves, as a model of the list predicts", async () => {
    const n = 12;
    for (let i = 1; i <= n; i++) await service.addTask(alice, { title: `t${i}` });
    let model = Array.from({ length: n }, (_, i) => i + 1);
    let seed = 7;
    const random = (m: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % m);
    for (let step = 0; step < 40; step++) {
      const task = model[random(n)]!;
      const rest = model.filter((id) => id !== task);
      const at = random(rest.length + 1);
      const useAfter = random(2) === 0;
      const patch = useAfter ? { after_id: at === 0 ? null : rest[at - 1]! } : { before_id: at === rest.length ? null : rest[at]! };
      await service.updateTask(alice, task, patch);
      model = [...rest.slice(0, at), task, ...rest.slice(at)];
    }
    expect(await order()).toEqual(model);
  });

  it("leaves distinct positions in a sensible order after 20 concurrent moves in one list", async () => {
    for (let i = 1; i <= 30; i++) await service.addTask(alice, { title: `t${i}` });
    // Tasks 11–30 all move right after task 1 at once: each takes the list's lock in turn, so every
    // one lands between task 1 and the task that was next at its turn.
    const moved = await Promise.all(Array.from({ length: 20 }, (_, i) => service.updateTask(alice, 11 + i, { after_id: 1 })));
    expect(new Set(moved.map((t) => t.position)).size).toBe(20);
    const result = await order();
    expect(result).toHaveLength(30);
    expect(result[0]).toBe(1);
    expect(result.slice(1, 21).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => 11 + i));
    expect(result.slice(21)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // And 20 concurrent moves to the top and bottom, mixed with adds.
    await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => service.updateTask(alice, 2 + i, i % 2 ? { after_id: null } : { before_id: null })),
      ...Array.from({ length: 10 }, (_, i) => service.updateTask(alice, 21 + i, { after_id: 1 })),
      ...Array.from({ length: 5 }, (_, i) => service.addTask(alice, { title: `new ${i}` })),
    ]);
    expect(await order()).toHaveLength(35);
  });

  it("moves a task to another list, at the end or next to a task there", async () => {
    const work = await lists.createList(alice, { name: "Work" });
    for (let i = 1; i <= 3; i++) await service.addTask(alice, { title: `inbox ${i}` });
    for (let i = 4; i <= 6; i++) await service.addTask(alice, { title: `work ${i}`, list_id: work.id });
    expect(await service.updateTask(alice, 2, { list_id: work.id })).toMatchObject({ list_id: work.id });
    expect(await order(work.id)).toEqual([4, 5, 6, 2]);
    expect(await order()).toEqual([1, 3]);
    await service.updateTask(alice, 3, { list_id: work.id, before_id: 5 });
    expect(await order(work.id)).toEqual([4, 3, 5, 6, 2]);
    // Across lists, sort=position goes by the lists' order, then the tasks'.
    expect((await service.listTasks(alice, { sort: "position" })).map((t) => t.id)).toEqual([1, 4, 3, 5, 6, 2]);
  });

  it("refuses an anchor outside the task's list, itself, or both anchors, and moves nothing", async () => {
    const work = await lists.createList(alice, { name: "Work" });
    await service.addTask(alice, { title: "a" });
    await service.addTask(alice, { title: "b" });
    await service.addTask(alice, { title: "w", list_id: work.id });
    await service.addTask(alice, { title: "trashed" });
    await service.deleteTask(alice, 4);
    for (const [patch, field] of [
      [{ after_id: 3 }, "after_id"],
      [{ before_id: 4 }, "before_id"],
      [{ after_id: 99 }, "after_id"],
      [{ after_id: 1 }, "after_id"],
      [{ after_id: 2, before_id: null }, "before_id"],
      [{ after_id: 0 }, "after_id"],
      [{ after_id: "2" }, "after_id"],
      [{ list_id: work.id, after_id: 2 }, "after_id"],
    ] as const) {
      const error = await rejection(service.updateTask(alice, 1, patch as never));
      expect(error.code, JSON.stringify(patch)).toBe("invalid_input");
      expect(error.fields?.[field], JSON.stringify(patch)).toEqual(expect.any(String));
    }
    expect(await order()).toEqual([1, 2]);
    expect(await order(work.id)).toEqual([3]);
  });
});
