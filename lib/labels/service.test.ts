import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { beforeEach, expect, it } from "vitest";
import { labels, tasks } from "@/db/schema";
import { taskService, type TaskService } from "@/lib/tasks/service";
import { createUser, describeWithDatabases } from "@/test/databases";
import { rejection } from "@/test/rejection";
import { labelService, type LabelService } from "./service";

describeWithDatabases("label service", (getDb) => {
  let labels_: LabelService;
  let tasks_: TaskService;
  let alice: string;
  let bob: string;

  const labelNames = async (userId: string) => (await labels_.listLabels(userId)).map((l) => l.name);
  const labelsOf = async (userId: string, n: number) => (await tasks_.getTask(userId, n)).labels;

  beforeEach(async () => {
    labels_ = labelService(getDb().db);
    tasks_ = taskService(getDb().db);
    alice = await createUser(getDb().db);
    bob = await createUser(getDb().db);
  });

  it("creates, lists alphabetically, renames and recolours labels", async () => {
    const home = await labels_.createLabel(alice, { name: "home", color: "green" });
    await labels_.createLabel(alice, { name: "Errands" });
    await labels_.createLabel(alice, { name: "café_2-go" });
    expect(home).toMatchObject({ name: "home", color: "green", id: expect.any(String) });
    expect(await labelNames(alice)).toEqual(["café_2-go", "Errands", "home"]);
    expect(await labels_.updateLabel(alice, home.id, { name: "House", color: "teal" })).toMatchObject({ id: home.id, name: "House", color: "teal" });
    expect(await labels_.getLabel(alice, home.id)).toMatchObject({ name: "House" });
    expect(await labelNames(bob)).toEqual([]);
  });

  it("refuses a name already used, ignoring case, with 409", async () => {
    await labels_.createLabel(alice, { name: "Home" });
    const work = await labels_.createLabel(alice, { name: "work" });
    expect(await rejection(labels_.createLabel(alice, { name: "HOME" }))).toMatchObject({ code: "conflict", message: "You already have a label called “HOME”" });
    expect((await rejection(labels_.updateLabel(alice, work.id, { name: "home" }))).code).toBe("conflict");
    expect(await labels_.updateLabel(alice, work.id, { name: "Work" })).toMatchObject({ name: "Work" });
    expect(await labels_.createLabel(bob, { name: "home" })).toMatchObject({ name: "home" });
  });

  it.each([
    ["a space", "two words"],
    ["nothing", ""],
    ["41 characters", "x".repeat(41)],
    ["a comma", "a,b"],
    ["an @", "@home"],
  ])("refuses a name with %s", async (_, name) => {
    const error = await rejection(labels_.createLabel(alice, { name }));
    expect(error.code).toBe("invalid_input");
    expect(error.fields?.name).toBe("A label is 1–40 letters, digits, - or _ (no spaces), like “errands”");
    expect(await labelNames(alice)).toEqual([]);
  });

  it("gives tasks labels by name: matched ignoring case, shown as stored, made when new, replaced as a set", async () => {
    await labels_.createLabel(alice, { name: "Home" });
    const task = await tasks_.addTask(alice, { title: "Fix the sink", labels: ["home", "urgent", "URGENT"] });
    expect(task.labels).toEqual(["Home", "urgent"]);
    expect(await labelNames(alice)).toEqual(["Home", "urgent"]);
    expect((await tasks_.updateTask(alice, task.id, { labels: ["errands", "Home"] })).labels).toEqual(["errands", "Home"]);
    expect(await labelsOf(alice, task.id)).toEqual(["errands", "Home"]);
    expect((await tasks_.updateTask(alice, task.id, { title: "Fix the kitchen sink" })).labels).toEqual(["errands", "Home"]);
    expect((await tasks_.updateTask(alice, task.id, { labels: [] })).labels).toEqual([]);
    // Labels outlive their tasks; a bad label name refuses the whole write.
    expect(await labelNames(alice)).toEqual(["errands", "Home", "urgent"]);
    const error = await rejection(tasks_.addTask(alice, { title: "x", labels: ["ok", "not ok"] }));
    expect(error.fields?.["labels.1"]).toEqual(expect.any(String));
    expect((await tasks_.listTasks(alice)).map((t) => t.title)).toEqual(["Fix the kitchen sink"]);
  });

  it("filters tasks by label, ignoring case", async () => {
    await tasks_.addTask(alice, { title: "Milk", labels: ["Errands"] });
    await tasks_.addTask(alice, { title: "Sink", labels: ["home"] });
    await tasks_.addTask(alice, { title: "Bread", labels: ["errands", "home"] });
    await tasks_.addTask(bob, { title: "Bob's milk", labels: ["errands"] });
    const titles = async (label: string) => (await tasks_.listTasks(alice, { label })).map((t) => t.title);
    expect(await titles("ERRANDS")).toEqual(["Milk", "Bread"]);
    expect(await titles("home")).toEqual(["Sink", "Bread"]);
    expect(await titles("nothing")).toEqual([]);
    expect(await tasks_.countTasks(alice, { label: "errands" })).toBe(2);
  });

  it("renames a label on every task, and deleting it takes it off its tasks, not the tasks", async () => {
    await tasks_.addTask(alice, { title: "Milk", labels: ["shop", "home"] });
    await tasks_.addTask(alice, { title: "Bread", labels: ["shop"] });
    const shop = (await labels_.listLabels(alice)).find((l) => l.name === "shop")!;
    await labels_.updateLabel(alice, shop.id, { name: "Errands" });
    expect(await labelsOf(alice, 1)).toEqual(["Errands", "home"]);
    expect(await labelsOf(alice, 2)).toEqual(["Errands"]);
    await labels_.deleteLabel(alice, shop.id);
    expect(await labelsOf(alice, 1)).toEqual(["home"]);
    expect(await labelsOf(alice, 2)).toEqual([]);
    expect((await tasks_.listTasks(alice)).map((t) => t.title)).toEqual(["Milk", "Bread"]);
    expect((await rejection(labels_.getLabel(alice, shop.id))).code).toBe("not_found");
  });

  it("answers not found to another user, and to a malformed id, on every operation, and changes nothing", async () => {
    const home = await labels_.createLabel(alice, { name: "home", color: "pink" });
    await tasks_.addTask(alice, { title: "Sink", labels: ["home"] });
    for (const [who, id] of [
      [bob, home.id],
      [alice, "nope"],
      [alice, randomUUID()],
    ] as const) {
      for (const op of [() => labels_.getLabel(who, id), () => labels_.updateLabel(who, id, { name: "mine" }), () => labels_.deleteLabel(who, id)]) {
        expect(await rejection(op())).toMatchObject({ code: "not_found", message: "Label not found" });
      }
    }
    // Bob naming "home" on his own task makes his own label; Alice's is untouched.
    expect((await tasks_.addTask(bob, { title: "Bob's", labels: ["HOME"] })).labels).toEqual(["HOME"]);
    expect(await tasks_.listTasks(bob, { label: "home" })).toHaveLength(1);
    expect(await labels_.getLabel(alice, home.id)).toEqual(home);
    expect(await labelsOf(alice, 1)).toEqual(["home"]);
    const [{ n }] = (await getDb().db.select({ n: count() }).from(labels).where(eq(labels.userId, alice))) as [{ n: number }];
    expect(n).toBe(1);
    expect((await getDb().db.select({ n: count() }).from(tasks).where(eq(tasks.userId, alice)))[0]!.n).toBe(1);
  });
});
