import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeEach, expect, it } from "vitest";
import { lists } from "@/db/schema";
import { taskService, type TaskService } from "@/lib/tasks/service";
import { createUser, describeWithDatabases } from "@/test/databases";
import { rejection } from "@/test/rejection";
import { listService, type ListService } from "./service";

describeWithDatabases("list service", (getDb) => {
  let lists_: ListService;
  let tasks_: TaskService;
  let alice: string;
  let bob: string;

  const names = async (userId: string, status?: "active" | "archived" | "all" | "trash") => (await lists_.listLists(userId, { status })).map((l) => l.name);
  const titlesIn = async (userId: string, listId: string, status: "all" | "trash" = "all") =>
    (await tasks_.listTasks(userId, { list_id: listId, status, sort: "position" })).map((t) => t.title);

  beforeEach(async () => {
    lists_ = listService(getDb().db);
    tasks_ = taskService(getDb().db);
    alice = await createUser(getDb().db);
    bob = await createUser(getDb().db);
  });

  it("gives every user an Inbox on first use, and only one even when requests race for it", async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => lists_.listLists(alice)));
    expect(new Set(answers.map((a) => a[0]!.id)).size).toBe(1);
    expect(answers[0]).toEqual([expect.objectContaining({ name: "Inbox", inbox: true, archived: false, color: "gray", pending_count: 0, deleted_at: null })]);
    const task = await tasks_.addTask(bob, { title: "first task of a new user" });
    expect(task.list_id).toBe((await lists_.listLists(bob))[0]!.id);
  });

  it("creates lists after the Inbox, in order, with their pending counts", async () => {
    const work = await lists_.createList(alice, { name: "  Work  ", color: "blue" });
    const home = await lists_.createList(alice, { name: "Home" });
    expect(work).toMatchObject({ name: "Work", color: "blue", inbox: false, archived: false, pending_count: 0 });
    expect(home.color).toBe("gray");
    expect(await names(alice)).toEqual(["Inbox", "Work", "Home"]);
    await tasks_.addTask(alice, { title: "report", list_id: work.id });
    await tasks_.addTask(alice, { title: "slides", list_id: work.id });
    await tasks_.completeTask(alice, 2);
    expect((await lists_.getList(alice, work.id)).pending_count).toBe(1);
    expect(await names(bob)).toEqual(["Inbox"]);
  });

  it("refuses a name already used, ignoring case, with 409", async () => {
    await lists_.createList(alice, { name: "Work" });
    for (const name of ["work", "WORK", " Work "]) {
      const error = await rejection(lists_.createList(alice, { name }));
      expect(error.code).toBe("conflict");
      expect(error.message).toBe(`You already have a list called “${name.trim()}”`);
    }
    expect((await rejection(lists_.createList(alice, { name: "inbox" }))).code).toBe("conflict");
    const home = await lists_.createList(alice, { name: "Home" });
    expect((await rejection(lists_.updateList(alice, home.id, { name: "wORK" }))).code).toBe("conflict");
    expect(await lists_.updateList(alice, home.id, { name: "HOME" })).toMatchObject({ name: "HOME" });
    // Another user's names are theirs.
    expect(await lists_.createList(bob, { name: "Work" })).toMatchObject({ name: "Work" });
    expect(await names(alice)).toEqual(["Inbox", "Work", "HOME"]);
  });

  it("keeps the Inbox: it can't be renamed, archived or deleted, but can be recoloured", async () => {
    const [inbox] = await lists_.listLists(alice);
    for (const [op, field, message] of [
      [() => lists_.updateList(alice, inbox!.id, { name: "Stuff" }), "name", "The Inbox can't be renamed: it is where new tasks go"],
      [() => lists_.updateList(alice, inbox!.id, { archived: true }), "archived", "The Inbox can't be archived: it is where new tasks go"],
      [() => lists_.deleteList(alice, inbox!.id), "id", "The Inbox can't be deleted: it is where new tasks go"],
    ] as const) {
      const error = await rejection(op());
      expect(error.code).toBe("invalid_input");
      expect(error.message).toBe(message);
      expect(error.fields?.[field]).toBe(message);
    }
    expect(await lists_.updateList(alice, inbox!.id, { color: "green" })).toMatchObject({ name: "Inbox", color: "green", archived: false });
  });

  it("renames, recolours, archives and brings back a list", async () => {
    const work = await lists_.createList(alice, { name: "Work" });
    const renamed = await lists_.updateList(alice, work.id, { name: "Office", color: "purple" });
    expect(renamed).toMatchObject({ id: work.id, name: "Office", color: "purple", created_at: work.created_at });
    await lists_.updateList(alice, work.id, { archived: true });
    expect(await names(alice)).toEqual(["Inbox"]);
    expect(await names(alice, "archived")).toEqual(["Office"]);
    expect(await names(alice, "all")).toEqual(["Inbox", "Office"]);
    await lists_.updateList(alice, work.id, { archived: false });
    expect(await names(alice)).toEqual(["Inbox", "Office"]);
  });

  it("refuses bad input with a message for the field and changes nothing", async () => {
    const work = await lists_.createList(alice, { name: "Work" });
    const cases: [() => Promise<unknown>, string][] = [
      [() => lists_.createList(alice, { name: "" }), "name"],
      [() => lists_.createList(alice, { name: "x".repeat(61) }), "name"],
      [() => lists_.createList(alice, { name: "Ok", color: "beige" as never }), "color"],
      [() => lists_.createList(alice, { name: "Ok", user_id: bob } as never), "user_id"],
      [() => lists_.updateList(alice, work.id, {}), "body"],
      [() => lists_.updateList(alice, work.id, { after_id: work.id, before_id: null }), "before_id"],
      [() => lists_.updateList(alice, work.id, { after_id: work.id }), "after_id"],
      [() => lists_.updateList(alice, work.id, { after_id: randomUUID() }), "after_id"],
      [() => lists_.updateList(alice, work.id, { before_id: "nope" }), "before_id"],
    ];
    for (const [op, field] of cases) {
      const error = await rejection(op());
      expect(error.code, field).toBe("invalid_input");
      expect(error.fields?.[field], field).toEqual(expect.any(String));
    }
    expect(await lists_.listLists(alice)).toEqual([expect.objectContaining({ name: "Inbox" }), { ...work, updated_at: expect.any(String) }]);
    expect((await lists_.getList(alice, work.id)).position).toBe(work.position);
  });

  it("reorders lists with after_id and before_id, null meaning first and last", async () => {
    const [inbox] = await lists_.listLists(alice);
    const a = await lists_.createList(alice, { name: "A" });
    const b = await lists_.createList(alice, { name: "B" });
    const c = await lists_.createList(alice, { name: "C" });
    await lists_.updateList(alice, c.id, { after_id: null });
    expect(await names(alice)).toEqual(["C", "Inbox", "A", "B"]);
    await lists_.updateList(alice, c.id, { before_id: b.id });
    expect(await names(alice)).toEqual(["Inbox", "A", "C", "B"]);
    await lists_.updateList(alice, inbox!.id, { before_id: null });
    expect(await names(alice)).toEqual(["A", "C", "B", "Inbox"]);
    await lists_.updateList(alice, a.id, { after_id: b.id });
    expect(await names(alice)).toEqual(["C", "B", "A", "Inbox"]);
    const positions = (await lists_.listLists(alice)).map((l) => l.position);
    expect([...positions].sort()).toEqual(positions); // the keys sort bytewise, as the column does
  });

  it("deletes a list to the trash with its tasks, and restores them — not a task trashed earlier on its own", async () => {
    const work = await lists_.createList(alice, { name: "Work" });
    for (const title of ["report", "slides", "old idea", "done already"]) await tasks_.addTask(alice, { title, list_id: work.id });
    await tasks_.deleteTask(alice, 3); // trashed on its own, before the list
    await tasks_.completeTask(alice, 4);
    await tasks_.addTask(alice, { title: "in the Inbox" });

    const deleted = await lists_.deleteList(alice, work.id);
    expect(deleted).toMatchObject({ id: work.id, name: "Work", deleted_at: expect.any(String), pending_count: 2 });
    expect(await names(alice)).toEqual(["Inbox"]);
    expect(await names(alice, "trash")).toEqual(["Work"]);
    expect((await rejection(lists_.getList(alice, work.id))).code).toBe("not_found");
    expect((await tasks_.listTasks(alice)).map((t) => t.title)).toEqual(["in the Inbox"]);
    expect((await tasks_.listTasks(alice, { status: "trash" })).map((t) => t.title).sort()).toEqual(["done already", "old idea", "report", "slides"]);
    // Writes naming a list in the trash are refused.
    expect((await rejection(tasks_.addTask(alice, { title: "x", list_id: work.id }))).fields?.list_id).toEqual(expect.any(String));

    const restored = await lists_.restoreList(alice, work.id);
    expect(restored).toMatchObject({ id: work.id, name: "Work", deleted_at: null, pending_count: 2, position: work.position });
    expect(await titlesIn(alice, work.id)).toEqual(["report", "slides", "done already"]);
    expect((await tasks_.listTasks(alice, { status: "trash" })).map((t) => t.title)).toEqual(["old idea"]);
    // Restore looks only in the trash.
    expect((await rejection(lists_.restoreList(alice, work.id))).code).toBe("not_found");
    // The task trashed on its own comes back to its list, in its place, when restored itself.
    await tasks_.restoreTask(alice, 3);
    expect(await titlesIn(alice, work.id)).toEqual(["report", "slides", "old idea", "done already"]);
  });

  it("frees a trashed list's name; a restore into a taken name appends “(restored)”", async () => {
    const first = await lists_.createList(alice, { name: "Groceries" });
    await lists_.deleteList(alice, first.id);
    const second = await lists_.createList(alice, { name: "groceries" });
    await lists_.deleteList(alice, second.id);
    await lists_.createList(alice, { name: "GROCERIES" });
    expect(await lists_.restoreList(alice, first.id)).toMatchObject({ name: "Groceries (restored)" });
    expect(await lists_.restoreList(alice, second.id)).toMatchObject({ name: "groceries (restored 2)" });
    expect(await names(alice)).toEqual(["Inbox", "Groceries (restored)", "groceries (restored 2)", "GROCERIES"]);
    // A 60-character name still fits with the suffix.
    const long = await lists_.createList(alice, { name: "L".repeat(60) });
    await lists_.deleteList(alice, long.id);
    await lists_.createList(alice, { name: "l".repeat(60) });
    const back = await lists_.restoreList(alice, long.id);
    expect(back.name).toBe(`${"L".repeat(49)} (restored)`);
  });

  it("sends a task restored alone while its list is in the trash to the end of the Inbox", async () => {
    await tasks_.addTask(alice, { title: "inbox task" });
    const work = await lists_.createList(alice, { name: "Work" });
    await tasks_.addTask(alice, { title: "report", list_id: work.id });
    await tasks_.addTask(alice, { title: "slides", list_id: work.id });
    await lists_.deleteList(alice, work.id);
    const back = await tasks_.restoreTask(alice, 2);
    const [inbox] = await lists_.listLists(alice);
    expect(back).toMatchObject({ title: "report", list_id: inbox!.id, deleted_at: null });
    expect(await titlesIn(alice, inbox!.id)).toEqual(["inbox task", "report"]);
    // Restoring the list later brings back only what is still in the trash with it.
    await lists_.restoreList(alice, work.id);
    expect(await titlesIn(alice, work.id)).toEqual(["slides"]);
    expect(await titlesIn(alice, inbox!.id)).toEqual(["inbox task", "report"]);
  });

  it("empties the trash of lists too", async () => {
    const work = await lists_.createList(alice, { name: "Work" });
    await tasks_.addTask(alice, { title: "report", list_id: work.id });
    await lists_.deleteList(alice, work.id);
    expect(await tasks_.emptyTrash(alice)).toBe(1);
    expect(await names(alice, "trash")).toEqual([]);
    expect(await getDb().db.select().from(lists).where(and(eq(lists.userId, alice), eq(lists.id, work.id)))).toEqual([]);
  });

  it("answers not found to another user, and to a malformed id, on every operation, and changes nothing", async () => {
    const work = await lists_.createList(alice, { name: "Work", color: "red" });
    await tasks_.addTask(alice, { title: "secret", list_id: work.id });
    const trashed = await lists_.createList(alice, { name: "Old" });
    await lists_.deleteList(alice, trashed.id);
    for (const [who, id] of [
      [bob, work.id],
      [bob, trashed.id],
      [alice, "not-a-uuid"],
      [alice, randomUUID()],
      [alice, ""],
    ] as const) {
      for (const op of [
        () => lists_.getList(who, id),
        () => lists_.updateList(who, id, { name: "mine now" }),
        () => lists_.updateList(who, id, { archived: true }),
        () => lists_.deleteList(who, id),
        () => lists_.restoreList(who, id),
      ]) {
        const error = await rejection(op());
        expect(error.code).toBe("not_found");
        expect(error.message).toBe("List not found");
      }
    }
    // Bob can't put tasks into Alice's list, list them, or place his list next to hers.
    expect((await rejection(tasks_.addTask(bob, { title: "sneaky", list_id: work.id }))).fields?.list_id).toEqual(expect.any(String));
    expect(await tasks_.listTasks(bob, { list_id: work.id })).toEqual([]);
    const bobs = await lists_.createList(bob, { name: "Bob's" });
    expect((await rejection(lists_.updateList(bob, bobs.id, { after_id: work.id }))).fields?.after_id).toEqual(expect.any(String));
    expect(await lists_.getList(alice, work.id)).toMatchObject({ name: "Work", color: "red", archived: false, pending_count: 1 });
    expect(await names(alice, "trash")).toEqual(["Old"]);
    expect(await names(bob)).toEqual(["Inbox", "Bob's"]);
  });
});
