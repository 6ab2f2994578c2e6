import { expect, test } from "@playwright/test";
import { Temporal } from "temporal-polyfill";
import { apiKeyClient } from "./helpers";
import { E2E_URLS } from "./ports.mjs";

const BASE = E2E_URLS.offline;
const ZONE = "America/Los_Angeles";
const localToday = () => Temporal.Now.plainDateISO(ZONE);

test("the API reads due words in the user's zone, filters and sorts by due, and refuses bad dates", async ({ playwright }) => {
  const api = await apiKeyClient(playwright, BASE, "time");
  expect(await (await api.get("/api/v1/me")).json()).toMatchObject({ timezone: "UTC", locale: "en-US" });
  const unknown = await api.patch("/api/v1/me", { data: { timezone: "Mars/Olympus" } });
  expect(unknown.status()).toBe(400);
  expect((await unknown.json()).error).toMatchObject({ code: "invalid_input", fields: { timezone: expect.stringMatching(/IANA/) } });
  expect((await (await api.patch("/api/v1/me", { data: { timezone: ZONE } })).json()).timezone).toBe(ZONE);

  const today = localToday();
  const tomorrow = today.add({ days: 1 });
  const created = await api.post("/api/v1/tasks", { data: { title: "Call mom", due_string: "tomorrow at 6pm", priority: "urgent" } });
  expect(created.status()).toBe(201);
  const expectedInstant = new Date(tomorrow.toZonedDateTime({ timeZone: ZONE, plainTime: "18:00" }).epochMilliseconds).toISOString();
  expect(await created.json()).toMatchObject({ title: "Call mom", due_date: tomorrow.toString(), due_time: "18:00", due_at: expectedInstant, priority: 1 });

  await api.post("/api/v1/tasks", { data: { title: "Overdue", due_date: today.subtract({ days: 2 }).toString() } });
  await api.post("/api/v1/tasks", { data: { title: "Today", due_date: today.toString(), priority: 2 } });
  await api.post("/api/v1/tasks", { data: { title: "Undated" } });
  const titles = async (query: string) => ((await (await api.get(`/api/v1/tasks?${query}`)).json()).tasks as { title: string }[]).map((t) => t.title);
  expect(await titles("due=today")).toEqual(["Today"]);
  expect(await titles("due=overdue")).toEqual(["Overdue"]);
  expect(await titles("due=upcoming")).toEqual(["Call mom"]);
  expect(await titles("due=none")).toEqual(["Undated"]);
  expect(await titles(`due_after=${today}&due_before=${tomorrow}`)).toEqual(["Call mom", "Today"]);
  expect(await titles("priority=2")).toEqual(["Today"]);
  expect(await titles("sort=due")).toEqual(["Overdue", "Today", "Call mom", "Undated"]);

  const moved = await api.patch("/api/v1/tasks/1", { data: { due_string: "none" } });
  expect(await moved.json()).toMatchObject({ due_date: null, due_time: null, due_at: null });

  const bad: [object, string][] = [
    [{ title: "X", due_string: "when pigs fly" }, "due_string"],
    [{ title: "X", due_date: "2026-02-30" }, "due_date"],
    [{ title: "X", due_date: "2026-12-01", due_time: "25:00" }, "due_time"],
    [{ title: "X", due_time: "18:00" }, "due_time"],
    [{ title: "X", due_string: "friday", due_date: "2026-12-01" }, "due_string"],
    [{ title: "X", priority: 9 }, "priority"],
  ];
  for (const [data, field] of bad) {
    const refused = await api.post("/api/v1/tasks", { data });
    expect(refused.status(), JSON.stringify(data)).toBe(400);
    expect((await refused.json()).error.fields, JSON.stringify(data)).toHaveProperty(field);
  }
  expect((await (await api.get("/api/v1/tasks")).json()).tasks).toHaveLength(4);
  expect((await api.get("/api/v1/tasks?due=someday")).status()).toBe(400);
});
