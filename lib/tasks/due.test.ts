import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { user } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { userService } from "@/lib/users/service";
import { createUser, describeWithDatabases } from "@/test/databases";
import { taskService } from "./service";

// Thursday 26 November 2026, 15:00 UTC: 07:00 in Los Angeles, 00:00 (Friday) in Tokyo.
const NOW = new Date("2026-11-26T15:00:00Z");

describeWithDatabases("due dates and priorities", (getDb) => {
  let la: string;
  let tokyo: string;
  const inZone = async (timezone: string) => {
    const id = await createUser(getDb().db);
    await getDb().db.update(user).set({ timezone, locale: "en-US" }).where(eq(user.id, id));
    return id;
  };
  const service = (now = NOW) => taskService(getDb().db, { time: { now } });
  const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e as AppError);

  beforeAll(async () => {
    la = await inZone("America/Los_Angeles");
    tokyo = await inZone("Asia/Tokyo");
  });

  it("reads “tomorrow at 6pm” in the user's own zone, on both sides of UTC", async () => {
    const west = await service().addTask(la, { title: "Call mom", due_string: "tomorrow at 6pm" });
    expect(west).toMatchObject({ due_date: "2026-11-27", due_time: "18:00", due_at: "2026-11-28T02:00:00.000Z", priority: 4 });
    const east = await service().addTask(tokyo, { title: "Call mom", due_string: "tomorrow at 6pm" });
    expect(east).toMatchObject({ due_date: "2026-11-28", due_time: "18:00", due_at: "2026-11-28T09:00:00.000Z" });
  });

  it("keeps 09:00 local the day before a clock change", async () => {
    const newYork = await inZone("America/New_York");
    const spring = await service(new Date("2026-03-07T15:00:00Z")).addTask(newYork, { title: "Gym", due_string: "tomorrow at 9am" });
    expect(spring).toMatchObject({ due_date: "2026-03-08", due_time: "09:00", due_at: "2026-03-08T13:00:00.000Z" });
    const autumn = await service(new Date("2026-10-31T15:00:00Z")).addTask(newYork, { title: "Gym", due_string: "tomorrow at 9am" });
    expect(autumn).toMatchObject({ due_date: "2026-11-01", due_time: "09:00", due_at: "2026-11-01T14:00:00.000Z" });
  });

  it("takes a date and time as fields, and priority as a number or a word", async () => {
    const task = await service().addTask(la, { title: "Pay rent", due_date: "2026-12-01", priority: "urgent" });
    expect(task).toMatchObject({ due_date: "2026-12-01", due_time: null, due_at: null, priority: 1 });
    expect(await service().addTask(la, { title: "Low", priority: 3 })).toMatchObject({ priority: 3, due_date: null });
  });

  it.each([
    [{ due_string: "whenever I feel like it" }, "due_string"],
    [{ due_string: "tomorrow", due_date: "2026-12-01" }, "due_string"],
    [{ due_time: "18:00" }, "due_time"],
    [{ due_date: "2026-02-30" }, "due_date"],
    [{ due_date: "2026-12-01", due_time: "25:00" }, "due_time"],
    [{ priority: 7 }, "priority"],
    [{ priority: "whenever" }, "priority"],
  ])("refuses %j naming the field, and writes nothing", async (fields, field) => {
    const owner = await inZone("Europe/Paris");
    const error = await failure(service().addTask(owner, { title: "Bad", ...fields }));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "invalid_input", status: 400 });
    expect(Object.keys(error!.fields ?? {})).toContain(field);
    expect(await service().listTasks(owner)).toEqual([]);
  });

  it("changes a due date, drops only its time, and clears it; a time alone is refused", async () => {
    const owner = await inZone("Europe/Berlin");
    const task = await service().addTask(owner, { title: "Dentist", due_string: "fri 10am" });
    expect(task).toMatchObject({ due_date: "2026-11-27", due_time: "10:00" });
    expect(await failure(service().updateTask(owner, task.id, { due_time: "11:30" }))).toMatchObject({ code: "invalid_input", fields: { due_time: expect.any(String) } });
    expect(await service().updateTask(owner, task.id, { due_date: "2026-11-27", due_time: "11:30" })).toMatchObject({ due_time: "11:30", due_at: "2026-11-27T10:30:00.000Z" });
    expect(await service().updateTask(owner, task.id, { due_time: null })).toMatchObject({ due_date: "2026-11-27", due_time: null, due_at: null });
    expect(await service().updateTask(owner, task.id, { due_string: "next week", priority: "high" })).toMatchObject({ due_date: "2026-11-30", due_time: null, due_at: null, priority: 2 });
    expect(await service().updateTask(owner, task.id, { due_string: "none" })).toMatchObject({ due_date: null, due_time: null });
    await service().updateTask(owner, task.id, { due_date: "2026-12-24", due_time: "09:00" });
    expect(await service().updateTask(owner, task.id, { due_date: null })).toMatchObject({ due_date: null, due_time: null, due_at: null });
  });

  it("filters by today, overdue, upcoming and none in the user's zone, and by date range and priority", async () => {
    const owner = await inZone("Asia/Tokyo"); // already Friday 27 November there
    const add = (title: string, fields: object) => service().addTask(owner, { title, ...fields });
    await add("Yesterday", { due_date: "2026-11-26" });
    await add("Today", { due_date: "2026-11-27", priority: 1 });
    await add("Next week", { due_date: "2026-12-03" });
    await add("Someday", {});
    const titles = async (q: object) => (await service().listTasks(owner, q)).map((t) => t.title);
    expect(await titles({ due: "today" })).toEqual(["Today"]);
    expect(await titles({ due: "overdue" })).toEqual(["Yesterday"]);
    expect(await titles({ due: "upcoming" })).toEqual(["Next week"]);
    expect(await titles({ due: "none" })).toEqual(["Someday"]);
    expect(await titles({ due_after: "2026-11-27", due_before: "2026-12-03" })).toEqual(["Today", "Next week"]);
    expect(await titles({ priority: 1 })).toEqual(["Today"]);
    expect(await service().countTasks(owner, { due: "overdue" })).toBe(1);
    expect(await service().dueCounts(owner)).toEqual({ today: 2, upcoming: 1 });
  });

  it("sorts by due: overdue first, then date, all-day before timed, then priority and number; undated last", async () => {
    const owner = await inZone("UTC");
    const add = (title: string, fields: object) => service().addTask(owner, { title, ...fields });
    await add("Undated", {});
    await add("Late timed", { due_date: "2026-11-28", due_time: "18:00" });
    await add("All day p4", { due_date: "2026-11-28" });
    await add("Early timed", { due_date: "2026-11-28", due_time: "08:00" });
    await add("All day p1", { due_date: "2026-11-28", priority: 1 });
    await add("Overdue", { due_date: "2026-11-20" });
    const sorted = (await service().listTasks(owner, { sort: "due" })).map((t) => t.title);
    expect(sorted).toEqual(["Overdue", "All day p1", "All day p4", "Early timed", "Late timed", "Undated"]);
    const byPriority = (await service().listTasks(owner, { sort: "priority" })).map((t) => t.title);
    expect(byPriority[0]).toBe("All day p1");
  });

  it("moves every timed task's instant when the user's zone changes, keeping the wall-clock time", async () => {
    const owner = await inZone("Europe/London");
    const timed = await service().addTask(owner, { title: "Standup", due_date: "2026-12-01", due_time: "09:00" });
    const allDay = await service().addTask(owner, { title: "Bins", due_date: "2026-12-01" });
    expect(timed.due_at).toBe("2026-12-01T09:00:00.000Z");
    const me = await userService(getDb().db).updateMe(owner, { timezone: "America/Los_Angeles" });
    expect(me.timezone).toBe("America/Los_Angeles");
    expect(await service().getTask(owner, timed.id)).toMatchObject({ due_time: "09:00", due_at: "2026-12-01T17:00:00.000Z" });
    expect(await service().getTask(owner, allDay.id)).toMatchObject({ due_at: null });
    await expect(userService(getDb().db).updateMe(owner, { timezone: "Mars/Olympus" })).rejects.toMatchObject({ code: "invalid_input" });
  });

  it("takes the browser's zone only while the profile has none", async () => {
    const owner = await createUser(getDb().db);
    const users = userService(getDb().db);
    expect((await users.getMe(owner)).timezone).toBe("UTC");
    await users.adoptBrowserSettings(owner, { timezone: "Asia/Kolkata", locale: "en-IN" });
    await users.adoptBrowserSettings(owner, { timezone: "Europe/Paris", locale: "fr-FR" });
    expect(await users.getMe(owner)).toMatchObject({ timezone: "Asia/Kolkata", locale: "en-IN" });
  });
});
