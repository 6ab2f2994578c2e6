import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import webpush from "web-push";
import { openDatabase, type DbHandle } from "@/db/client";
import { deliveries, notifications, pushSubscriptions, user } from "@/db/schema";
import { taskService } from "@/lib/tasks/service";
import { createUser, describeWithDatabases } from "@/test/databases";
import { startPushService } from "@/test/push-service";
import { runScheduler } from "./scheduler";
import { snoozeTask } from "./snooze";

// Berlin is UTC+1 in December: 18:00 there is 17:00Z.
const at = (iso: string) => new Date(iso);
const vapidKeys = webpush.generateVAPIDKeys();
const vapid = { ...vapidKeys, subject: "mailto:ops@docket.example" };

describeWithDatabases(
  "the reminder scheduler",
  (getDb) => {
    let push: Awaited<ReturnType<typeof startPushService>>;
    let second: DbHandle;
    beforeAll(async () => {
      push = await startPushService({ vapidPublicKey: vapidKeys.publicKey });
      // Another instance: its own connection pool to the same database.
      second = await openDatabase({ databaseUrl: getDb().url!, driver: "pg" });
    });
    afterAll(async () => {
      await second?.close();
      await push?.close();
    });

    const db = () => getDb().db;
    const run = (now: Date, on = db()) => runScheduler(on, { now, vapid });
    /** A user in Berlin with one device subscribed to the local push service. */
    async function someone() {
      const id = await createUser(db());
      await db().update(user).set({ timezone: "Europe/Berlin", locale: "en-GB" }).where(eq(user.id, id));
      const device = push.subscribe();
      await db().insert(pushSubscriptions).values({ userId: id, endpoint: device.endpoint, p256dh: device.keys.p256dh, auth: device.keys.auth });
      return { id, device };
    }
    const tasksOf = (userId: string, now: Date) => taskService(db(), { time: { now } });
    const inApp = async (userId: string) => db().select().from(notifications).where(eq(notifications.userId, userId));

    it("fires a reminder once at its time, in the app and on the device", async () => {
      const { id, device } = await someone();
      await tasksOf(id, at("2026-11-30T12:00:00Z")).addTask(id, { title: "Call mom", due_date: "2026-12-01", due_time: "18:00", reminders: [{ before_minutes: 30 }] });
      expect(await run(at("2026-12-01T16:29:00Z"))).toMatchObject({ reminders: 0, delivered: 0 });
      expect(await run(at("2026-12-01T16:30:00Z"))).toMatchObject({ reminders: 1, delivered: 1 });
      expect(await run(at("2026-12-01T16:31:00Z"))).toMatchObject({ reminders: 0, delivered: 0 });
      const [received] = push.received(device.id);
      expect(push.received(device.id)).toHaveLength(1);
      expect(received!.payload).toMatchObject({ title: "Call mom", body: "Due Today 18:00", taskNumber: 1, url: expect.stringMatching(/\/lists\/.+\?task=1&edit=1$/) });
      expect(await inApp(id)).toEqual([expect.objectContaining({ title: "Call mom", body: "Due Today 18:00", missed: false })]);
    });

    it("delivers exactly once when two instances race for the same reminders", async () => {
      const { id, device } = await someone();
      for (let i = 1; i <= 5; i++) {
        await tasksOf(id, at("2026-11-30T12:00:00Z")).addTask(id, { title: `Race ${i}`, due_date: "2026-12-02", due_time: "09:00", reminders: [{ before_minutes: 0 }] });
      }
      const now = at("2026-12-02T08:00:00Z");
      const [a, b] = await Promise.all([run(now, db()), run(now, second.db)]);
      expect(a.reminders + b.reminders).toBe(5);
      expect(a.delivered + b.delivered).toBe(5);
      expect(push.received(device.id)).toHaveLength(5);
      expect(new Set(push.received(device.id).map((r) => (r.payload as { title: string }).title)).size).toBe(5);
      expect(await inApp(id)).toHaveLength(5);
    });

    it("retries a failed push with backoff, reaching each device once", async () => {
      const { id, device } = await someone();
      const other = push.subscribe();
      await db().insert(pushSubscriptions).values({ userId: id, endpoint: other.endpoint, p256dh: other.keys.p256dh, auth: other.keys.auth });
      push.answerWith(other.id, [503]);
      await tasksOf(id, at("2026-11-30T12:00:00Z")).addTask(id, { title: "Flaky", due_date: "2026-12-03", due_time: "10:00", reminders: [{ before_minutes: 0 }] });
      const now = at("2026-12-03T09:00:00Z");
      expect(await run(now)).toMatchObject({ delivered: 0, retried: 1 });
      expect(push.received(device.id)).toHaveLength(1);
      expect(push.received(other.id)).toHaveLength(0);
      expect(await run(new Date(now.getTime() + 10_000))).toMatchObject({ delivered: 0, retried: 0 });
      expect(await run(new Date(now.getTime() + 31_000))).toMatchObject({ delivered: 1 });
      expect(push.received(device.id)).toHaveLength(1);
      expect(push.received(other.id)).toHaveLength(1);
      expect(await inApp(id)).toHaveLength(1);
    });

    it("gives up after five attempts, and removes a device its push service no longer knows", async () => {
      const { id, device } = await someone();
      push.answerWith(device.id, [500, 500, 500, 500, 500]);
      await tasksOf(id, at("2026-11-30T12:00:00Z")).addTask(id, { title: "Doomed", due_date: "2026-12-04", due_time: "10:00", reminders: [{ before_minutes: 0 }] });
      let now = at("2026-12-04T09:00:00Z");
      const outcomes = [];
      for (let i = 0; i < 5; i++) {
        outcomes.push(await run(now));
        now = new Date(now.getTime() + 2 * 60 * 60 * 1000);
      }
      expect(outcomes.map((o) => [o.retried, o.failed])).toEqual([[1, 0], [1, 0], [1, 0], [1, 0], [0, 1]]);
      const [row] = await db().select().from(deliveries).where(eq(deliveries.userId, id));
      expect(row).toMatchObject({ status: "failed", attempts: 5, lastError: "push service answered 500" });

      const gone = await someone();
      push.answerWith(gone.device.id, [410]);
      await tasksOf(gone.id, at("2026-11-30T12:00:00Z")).addTask(gone.id, { title: "Unsubscribed", due_date: "2026-12-04", due_time: "11:00", reminders: [{ before_minutes: 0 }] });
      expect(await run(at("2026-12-04T10:00:00Z"))).toMatchObject({ delivered: 1 });
      expect(await db().select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, gone.id))).toEqual([]);
      expect(await inApp(gone.id)).toHaveLength(1);
    });

    it("catches up after downtime: late by minutes it is pushed, late by hours it shows as missed", async () => {
      const { id, device } = await someone();
      const tasks = tasksOf(id, at("2026-11-30T12:00:00Z"));
      await tasks.addTask(id, { title: "Slightly late", due_date: "2026-12-05", due_time: "10:00", reminders: [{ before_minutes: 0 }] });
      await tasks.addTask(id, { title: "Long ago", due_date: "2026-12-05", due_time: "07:00", reminders: [{ before_minutes: 0 }] });
      expect(await run(at("2026-12-05T09:40:00Z"))).toMatchObject({ reminders: 1, missed: 1, delivered: 2 });
      expect(push.received(device.id).map((r) => (r.payload as { title: string }).title)).toEqual(["Slightly late"]);
      const shown = await inApp(id);
      expect(shown.find((n) => n.title === "Long ago")).toMatchObject({ missed: true, body: "Missed · Due Today 07:00" });
      expect(shown.find((n) => n.title === "Slightly late")).toMatchObject({ missed: false });
    });

    it("takes over a delivery whose instance stopped half-way, once its lease has run out", async () => {
      const { id, device } = await someone();
      await tasksOf(id, at("2026-11-30T12:00:00Z")).addTask(id, { title: "Orphan", due_date: "2026-12-06", due_time: "10:00", reminders: [{ before_minutes: 0 }] });
      const now = at("2026-12-06T09:00:00Z");
      // An instance claimed it (its lease runs 2 minutes) and then died before delivering.
      await run(new Date(now.getTime() - 60 * 60 * 1000));
      const { materializeReminders } = await import("./materialize");
      await materializeReminders(db(), now);
      await db().update(deliveries).set({ lockedUntil: new Date(now.getTime() + 120_000), attempts: 1 }).where(eq(deliveries.userId, id));
      expect(await run(new Date(now.getTime() + 60_000))).toMatchObject({ delivered: 0 });
      expect(await run(new Date(now.getTime() + 121_000))).toMatchObject({ delivered: 1 });
      expect(push.received(device.id)).toHaveLength(1);
    });

    it("says nothing about a task done before its reminder, and follows a repeating task to its next date", async () => {
      const { id, device } = await someone();
      const tasks = tasksOf(id, at("2026-11-30T12:00:00Z"));
      const done = await tasks.addTask(id, { title: "Already done", due_date: "2026-12-07", due_time: "10:00", reminders: [{ before_minutes: 0 }] });
      await tasks.completeTask(id, done.id);
      const daily = await tasks.addTask(id, { title: "Pills", recurrence: "every day at 8pm", due_date: "2026-12-07", reminders: [{ before_minutes: 0 }] });
      expect(await run(at("2026-12-07T19:00:00Z"))).toMatchObject({ delivered: 1 });
      await tasksOf(id, at("2026-12-07T19:05:00Z")).completeTask(id, daily.id);
      expect(await run(at("2026-12-07T19:10:00Z"))).toMatchObject({ delivered: 0 });
      expect(await run(at("2026-12-08T19:00:00Z"))).toMatchObject({ delivered: 1 });
      expect(push.received(device.id).map((r) => (r.payload as { title: string }).title)).toEqual(["Pills", "Pills"]);
    });

    it("sends the morning summary once at its local time, and a snooze when it is due", async () => {
      const { id, device } = await someone();
      await db().update(user).set({ morningSummaryTime: "07:30" }).where(eq(user.id, id));
      const tasks = tasksOf(id, at("2026-11-30T12:00:00Z"));
      await tasks.addTask(id, { title: "Overdue thing", due_date: "2026-12-08" });
      await tasks.addTask(id, { title: "Today thing", due_date: "2026-12-09" });
      expect(await run(at("2026-12-09T06:29:00Z"))).toMatchObject({ summaries: 0 });
      expect(await run(at("2026-12-09T06:30:00Z"))).toMatchObject({ summaries: 1, delivered: 1 });
      expect(await run(at("2026-12-09T06:45:00Z"))).toMatchObject({ summaries: 0, delivered: 0 });
      expect(push.received(device.id).at(-1)!.payload).toMatchObject({ title: "Today: 1 due today, 1 overdue", body: "Overdue thing · Today thing", url: "/today" });

      await snoozeTask(db(), id, 2, 10, at("2026-12-09T08:00:00Z"));
      expect(await run(at("2026-12-09T08:09:00Z"))).toMatchObject({ delivered: 0 });
      expect(await run(at("2026-12-09T08:10:00Z"))).toMatchObject({ delivered: 1 });
      expect(push.received(device.id).at(-1)!.payload).toMatchObject({ title: "Today thing", body: "Snoozed reminder · Due Today" });
    });
  },
  ["pg"],
);
