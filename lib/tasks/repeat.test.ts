import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { user } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { createUser, describeWithDatabases } from "@/test/databases";
import { taskService } from "./service";

// Thursday 26 November 2026, 15:00 UTC: 10:00 in New York.
const NOW = new Date("2026-11-26T15:00:00Z");

describeWithDatabases("repeating tasks and reminders", (getDb) => {
  let owner: string;
  const service = (now = NOW) => taskService(getDb().db, { time: { now } });
  const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e as AppError);

  beforeAll(async () => {
    owner = await createUser(getDb().db);
    await getDb().db.update(user).set({ timezone: "America/New_York", locale: "en-US" }).where(eq(user.id, owner));
  });

  it("starts a repeat at its first date from today, keeps the time, and says the rule in words", async () => {
    const task = await service().addTask(owner, { title: "Water the plants", recurrence: "every monday", due_time: undefined });
    expect(task).toMatchObject({ due_date: "2026-11-30", due_time: null, recurrence: { rule: "FREQ=WEEKLY;BYDAY=MO", anchor: "schedule", text: "Every Monday" } });
    const standup = await service().addTask(owner, { title: "Standup", recurrence: "every weekday at 9am" });
    // 09:00 has gone by today (it is 10:00 in New York), so the first one is tomorrow's.
    expect(standup).toMatchObject({ due_date: "2026-11-27", due_time: "09:00", due_at: "2026-11-27T14:00:00.000Z", recurrence: { text: "Every weekday at 09:00" } });
  });

  it("completing an occurrence records it and moves the task to its next date, keeping everything else", async () => {
    const task = await service().addTask(owner, { title: "Bins", recurrence: { rule: "FREQ=WEEKLY;BYDAY=TU", anchor: "schedule" }, due_date: "2026-12-01", due_time: "20:00", priority: 2, labels: ["home"], description: "Blue bin" });
    const done = await service(new Date("2026-12-02T02:00:00Z")).completeTask(owner, task.id);
    expect(done).toMatchObject({ completed: false, due_date: "2026-12-08", due_time: "20:00", priority: 2, labels: ["home"], description: "Blue bin", recurrence: { rule: "FREQ=WEEKLY;BYDAY=TU" } });
    expect(done.completed_occurrences).toEqual([{ due_date: "2026-12-01", completed_at: "2026-12-02T02:00:00.000Z" }]);
    expect(await service().listTasks(owner, { status: "completed" })).not.toContainEqual(expect.objectContaining({ id: task.id }));
  });

  it("keeps 09:00 local across the spring clock change", async () => {
    const march = new Date("2027-03-12T15:00:00Z"); // Friday before New York springs forward
    const task = await service(march).addTask(owner, { title: "Run", recurrence: "every day at 9am" });
    expect(task).toMatchObject({ due_date: "2027-03-13", due_at: "2027-03-13T14:00:00.000Z" });
    const next = await service(march).completeTask(owner, task.id);
    const after = await service(march).completeTask(owner, next.id);
    expect(next).toMatchObject({ due_date: "2027-03-14", due_time: "09:00", due_at: "2027-03-14T13:00:00.000Z" });
    expect(after).toMatchObject({ due_date: "2027-03-15", due_at: "2027-03-15T13:00:00.000Z" });
  });

  it("counts a completion-anchored repeat from the day it was done", async () => {
    const task = await service().addTask(owner, { title: "Clean filter", recurrence: "every 3 days after completion", due_date: "2026-11-27" });
    expect(task.recurrence).toMatchObject({ anchor: "completion", text: "Every 3 days after completion" });
    const late = await service(new Date("2026-11-30T15:00:00Z")).completeTask(owner, task.id);
    expect(late.due_date).toBe("2026-12-03");
  });

  it("ends a repeat after its count, then completes for good", async () => {
    const task = await service().addTask(owner, { title: "Course", recurrence: "every day for 2 times" });
    const second = await service().completeTask(owner, task.id);
    expect(second).toMatchObject({ completed: false, due_date: "2026-11-27" });
    const last = await service().completeTask(owner, task.id);
    expect(last).toMatchObject({ completed: true });
    expect(last.completed_occurrences).toHaveLength(2);
  });

  it("skips one occurrence, moves only this one, and stops repeating", async () => {
    // Thursday today: today's occurrence is the first one not in the past.
    const task = await service().addTask(owner, { title: "Gym", recurrence: "every monday and thursday" });
    expect(task.due_date).toBe("2026-11-26");
    const skipped = await service().updateTask(owner, task.id, { skip: true });
    expect(skipped).toMatchObject({ due_date: "2026-11-30", completed_occurrences: [] });
    const moved = await service().updateTask(owner, task.id, { due_date: "2026-12-05" });
    expect(moved).toMatchObject({ due_date: "2026-12-05", recurrence: { rule: "FREQ=WEEKLY;BYDAY=MO,TH" } });
    expect((await service().completeTask(owner, task.id)).due_date).toBe("2026-12-07");
    const stopped = await service().updateTask(owner, task.id, { recurrence: "none" });
    expect(stopped).toMatchObject({ recurrence: null, due_date: "2026-12-07" });
    expect(await failure(service().updateTask(owner, task.id, { skip: true }))).toMatchObject({ code: "invalid_input", fields: { skip: expect.any(String) } });
  });

  it("refuses a repeat it can't read, and writes nothing", async () => {
    const before = (await service().listTasks(owner)).length;
    for (const recurrence of ["every blue moon", "FREQ=HOURLY", "FREQ=DAILY;BYHOUR=9", "FREQ=DAILY;UNTIL=20200101"]) {
      const error = await failure(service().addTask(owner, { title: "Never", recurrence }));
      expect(error, recurrence).toMatchObject({ code: "invalid_input", fields: { recurrence: expect.any(String) } });
    }
    expect(await service().listTasks(owner)).toHaveLength(before);
  });

  it("keeps up to 5 reminders, replaced as a set; a reminder before the due time needs a due date", async () => {
    const task = await service().addTask(owner, { title: "Dentist", due_string: "fri 10am", reminders: [{ before_minutes: 0 }, { before_minutes: 30 }] });
    expect(task.reminders.map((r) => ("before_minutes" in r ? r.before_minutes : r.at))).toEqual([0, 30]);
    const replaced = await service().updateTask(owner, task.id, { reminders: [{ at: "2026-11-27T08:00:00-05:00" }] });
    expect(replaced.reminders).toEqual([{ id: expect.any(String), at: "2026-11-27T13:00:00.000Z" }]);
    expect((await service().getTask(owner, task.id)).reminders).toHaveLength(1);
    expect(await failure(service().addTask(owner, { title: "Undated", reminders: [{ before_minutes: 10 }] }))).toMatchObject({ fields: { reminders: expect.any(String) } });
    const six = Array.from({ length: 6 }, (_, i) => ({ before_minutes: i }));
    expect(await failure(service().updateTask(owner, task.id, { reminders: six }))).toMatchObject({ code: "invalid_input" });
    expect(await failure(service().updateTask(owner, task.id, { reminders: [{ before_minutes: 40_321 }] }))).toMatchObject({ code: "invalid_input" });
  });

  it("a repeating task's reminders before the due time follow each occurrence; one at an exact time belongs to its occurrence", async () => {
    const task = await service().addTask(owner, { title: "Pills", recurrence: "every day at 8pm", reminders: [{ before_minutes: 15 }, { at: "2026-11-26T23:00:00Z" }] });
    expect(task.reminders).toHaveLength(2);
    const next = await service().completeTask(owner, task.id);
    expect(next.reminders).toEqual([{ id: expect.any(String), before_minutes: 15 }]);
  });

  it("never shows or changes another user's repeat or reminders", async () => {
    const intruder = await createUser(getDb().db);
    const task = await service().addTask(owner, { title: "Private", recurrence: "every day", reminders: [{ at: "2026-12-01T10:00:00Z" }] });
    for (const op of [() => service().updateTask(intruder, task.id, { skip: true }), () => service().updateTask(intruder, task.id, { reminders: [] }), () => service().completeTask(intruder, task.id)]) {
      expect(await failure(op())).toMatchObject({ code: "not_found" });
    }
    expect(await service().getTask(owner, task.id)).toMatchObject({ due_date: task.due_date, reminders: [{ at: "2026-12-01T10:00:00.000Z" }] });
  });
});
