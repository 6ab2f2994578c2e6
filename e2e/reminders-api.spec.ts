import { expect, test } from "@playwright/test";
import { Temporal } from "temporal-polyfill";
import { startPushService } from "../test/push-service";
import { apiKeyClient, signedUpClient } from "./helpers";
import { E2E_PORTS, E2E_URLS } from "./ports.mjs";

const BASE = E2E_URLS.offline;

test("a reminder arrives through Web Push, encrypted for the device, and shows in the app", async ({ playwright }) => {
  const { public_key } = await (await fetch(`${BASE}/api/v1/push/key`)).json();
  expect(public_key).toMatch(/^[A-Za-z0-9_-]{80,}$/);
  const push = await startPushService({ vapidPublicKey: public_key, port: E2E_PORTS.pushService });
  try {
    const api = await apiKeyClient(playwright, BASE, "push");
    await api.patch("/api/v1/me", { data: { timezone: "UTC" } });
    const device = push.subscribe();
    expect((await api.post("/api/v1/push/subscriptions", { data: { endpoint: device.endpoint, keys: device.keys } })).status()).toBe(204);
    const elsewhere = await api.post("/api/v1/push/subscriptions", { data: { endpoint: "https://169.254.169.254/latest", keys: device.keys } });
    expect(elsewhere.status()).toBe(400);

    expect((await api.post("/api/v1/push/test")).status()).toBe(204);
    await expect.poll(() => push.received(device.id).length).toBe(1);
    expect(push.received(device.id)[0]!.payload).toMatchObject({ title: "Docket notifications work" });

    // Due this very minute, reminded at the due time: the server's scheduler sends it within seconds.
    const now = Temporal.Now.zonedDateTimeISO("UTC");
    const task = await (await api.post("/api/v1/tasks", { data: { title: "Stretch", due_date: now.toPlainDate().toString(), due_time: now.toPlainTime().toString().slice(0, 5), reminders: [{ before_minutes: 0 }] } })).json();
    await expect.poll(() => push.received(device.id).length, { timeout: 15_000 }).toBe(2);
    expect(push.received(device.id)[1]!.payload).toMatchObject({ title: "Stretch", taskNumber: task.id, url: expect.stringContaining(`task=${task.id}`) });
    const inbox = await (await api.get("/api/v1/notifications")).json();
    expect(inbox.unread).toBe(2);
    expect(inbox.notifications[0]).toMatchObject({ title: "Stretch", task_id: task.id, read: false });

    // Snoozed, it comes back once more; read, it leaves the unread count.
    const snoozed = await api.post(`/api/v1/tasks/${task.id}/snooze`, { data: { minutes: 1 } });
    expect(snoozed.status()).toBe(200);
    expect(await snoozed.json()).toMatchObject({ task_id: task.id });
    expect((await api.post(`/api/v1/tasks/${task.id}/snooze`, { data: { minutes: 0 } })).status()).toBe(400);
    expect((await api.post("/api/v1/notifications/read", { data: {} })).status()).toBe(204);
    expect((await (await api.get("/api/v1/notifications")).json()).unread).toBe(0);
  } finally {
    await push.close();
  }
});

test("the calendar feed serves the owner's dated tasks to anyone with its URL until it is revoked", async ({ playwright }) => {
  const api = await apiKeyClient(playwright, BASE, "calendar");
  await api.post("/api/v1/tasks", { data: { title: "Standup", recurrence: "every weekday at 9am", reminders: [{ before_minutes: 10 }] } });
  const created = await api.post("/api/v1/calendar/token");
  expect(created.status()).toBe(201);
  const { url, token } = await created.json();
  expect(url).toBe(`${BASE}/api/v1/calendar/${token}.ics`);
  const feed = await fetch(url);
  expect(feed.status).toBe(200);
  expect(feed.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  const text = await feed.text();
  expect(text).toContain("SUMMARY:Standup");
  expect(text).toContain("RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");
  expect(text).toContain("TRIGGER:-PT10M");
  expect(text.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);

  expect((await api.delete("/api/v1/calendar/token")).status()).toBe(204);
  expect((await fetch(url)).status).toBe(404);
  expect((await fetch(`${BASE}/api/v1/calendar/made-up-token.ics`)).status).toBe(404);
});

test("the cron route runs the scheduler only for the holder of CRON_SECRET", async () => {
  expect((await fetch(`${BASE}/api/cron/reminders`)).status).toBe(401);
  expect((await fetch(`${BASE}/api/cron/reminders`, { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
  const ran = await fetch(`${BASE}/api/cron/reminders`, { headers: { authorization: "Bearer e2e-cron-secret-e2e-cron-secret" } });
  expect(ran.status).toBe(200);
  expect(await ran.json()).toMatchObject({ delivered: expect.any(Number), missed: expect.any(Number) });
});

test("another user's task can't be snoozed and their notifications stay theirs", async ({ playwright }) => {
  const alice = await apiKeyClient(playwright, BASE, "alice");
  const bob = await signedUpClient(playwright, BASE, "bob");
  await alice.post("/api/v1/tasks", { data: { title: "Alice's" } });
  await alice.post("/api/v1/push/test");
  expect((await bob.post("/api/v1/tasks/1/snooze", { data: { minutes: 10 } })).status()).toBe(404);
  expect(await (await bob.get("/api/v1/notifications")).json()).toEqual({ notifications: [], unread: 0 });
  expect((await (await alice.get("/api/v1/notifications")).json()).unread).toBe(1);
});
