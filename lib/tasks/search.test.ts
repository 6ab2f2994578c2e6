import { beforeEach, describe, expect, it } from "vitest";
import { listService } from "@/lib/lists/service";
import { createUser, describeWithDatabases } from "@/test/databases";
import { searchWords } from "./search";
import { taskService, type TaskService } from "./service";

describe("search words", () => {
  it("splits the query into words, drops repeats, and lets only words of 5 letters or more have typos", () => {
    expect(searchWords("  Call  MOM call to")).toEqual([{ pattern: "%call%" }, { pattern: "%mom%" }, { pattern: "%to%", short: true }]);
    expect(searchWords("dentsit")).toEqual([{ pattern: "%dentsit%", fuzzy: "dentsit" }]);
    expect(searchWords("100%_\\x")).toEqual([{ pattern: "%100\\%\\_\\\\x%" }]);
    expect(searchWords("%")).toEqual([{ pattern: "%\\%%", short: true }]);
    expect(searchWords("Ünïcødé")).toEqual([{ pattern: "%ünïcødé%", fuzzy: "ünïcødé" }]);
    expect(searchWords("a b c d e f g h i j")).toHaveLength(8);
  });
});

describeWithDatabases("task search", (getDb) => {
  let service: TaskService;
  let alice: string;
  let bob: string;

  const found = async (query: string, extra: Parameters<TaskService["listTasks"]>[1] = {}) => (await service.listTasks(alice, { query, ...extra })).map((t) => t.title);

  beforeEach(async () => {
    service = taskService(getDb().db);
    alice = await createUser(getDb().db);
    bob = await createUser(getDb().db);
    for (const [title, description] of [
      ["Dentist appointment", ""],
      ["Book the dentist for Sam next week", ""],
      ["Call mom", "about the weekend"],
      ["Call dad", ""],
      ["Team meeting notes", "bring the quarterly numbers"],
      ["Buy groceries", "milk, eggs, and something for the dentist's kids"],
      ["Renew passport", ""],
    ]) {
      await service.addTask(alice, { title: title!, description });
    }
    await service.addTask(bob, { title: "Bob's dentist appointment" });
  });

  it("finds a task despite a typo, in a short title and in a long one", async () => {
    expect(await found("dentsit")).toEqual(["Dentist appointment", "Book the dentist for Sam next week", "Buy groceries"]);
    expect(await found("pasport")).toEqual(["Renew passport"]);
    expect(await found("apointment dentist")).toEqual(["Dentist appointment"]);
  });

  it("ranks a title that is the query above a title that contains it, above a description that mentions it", async () => {
    expect(await found("dentist")).toEqual(["Dentist appointment", "Book the dentist for Sam next week", "Buy groceries"]);
    expect(await found("Team meeting notes")).toEqual(["Team meeting notes"]);
    expect((await found("weekend"))[0]).toBe("Call mom");
    // Spelled right in a description beats a near miss in a title; shorter titles first among exact ones.
    expect(await found("week")).toEqual(["Book the dentist for Sam next week", "Call mom"]);
    expect(await found("call")).toEqual(["Call mom", "Call dad"]);
  });

  it("needs every word: “call mom” is not “call dad”", async () => {
    expect(await found("call mom")).toEqual(["Call mom"]);
    expect(await found("call")).toEqual(["Call mom", "Call dad"]);
    expect(await found("mom call")).toEqual(["Call mom"]);
  });

  it("finds English word forms and substrings, and wants short words spelled right", async () => {
    expect(await found("meetings")).toEqual(["Team meeting notes"]);
    expect(await found("quarter")).toEqual(["Team meeting notes"]);
    expect(await found("grocer")).toEqual(["Buy groceries"]);
    expect(await found("cat")).toEqual([]);
    expect(await found("mum")).toEqual([]);
    // One- and two-letter words: substrings, titles first.
    expect(await found("ee")).toEqual(["Book the dentist for Sam next week", "Team meeting notes", "Call mom"]);
  });

  it("counts what it finds, keeps to the filters and the user, and sorts when asked", async () => {
    expect(await service.countTasks(alice, { query: "dentsit" })).toBe(3);
    await service.completeTask(alice, 1);
    expect(await found("dentist", { status: "pending" })).toEqual(["Book the dentist for Sam next week", "Buy groceries"]);
    expect(await found("dentist", { sort: "title" })).toEqual(["Book the dentist for Sam next week", "Buy groceries", "Dentist appointment"]);
    const work = await listService(getDb().db).createList(alice, { name: "Work" });
    await service.updateTask(alice, 5, { list_id: work.id, labels: ["office"] });
    expect(await found("notes", { list_id: work.id })).toEqual(["Team meeting notes"]);
    expect(await found("notes", { label: "OFFICE" })).toEqual(["Team meeting notes"]);
    expect(await found("dentist", { list_id: work.id })).toEqual([]);
    await service.deleteTask(alice, 7);
    expect(await found("passport")).toEqual([]);
    expect(await found("passport", { status: "trash" })).toEqual(["Renew passport"]);
    expect((await service.listTasks(bob, { query: "dentist" })).map((t) => t.title)).toEqual(["Bob's dentist appointment"]);
  });
});
