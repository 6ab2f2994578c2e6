import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiKeyClient } from "./helpers";
import { E2E_URLS } from "./ports.mjs";

// Lists, labels, manual order and search over /api/v1, as a script with an API key would use them.
const BASE = E2E_URLS.offline;
const client = (playwright: Parameters<typeof apiKeyClient>[0]) => apiKeyClient(playwright, BASE, "lists");

const ids = async (api: APIRequestContext, query: string) => (await (await api.get(`/api/v1/tasks?${query}`)).json()).tasks.map((t: { id: number }) => t.id);
const names = async (api: APIRequestContext, query = "") => (await (await api.get(`/api/v1/lists${query}`)).json()).lists.map((l: { name: string }) => l.name);

test("lists: create, read, rename, recolour, reorder, archive, delete with their tasks, restore", async ({ playwright }) => {
  const api = await client(playwright);
  const [inbox] = (await (await api.get("/api/v1/lists")).json()).lists;
  expect(inbox).toMatchObject({ name: "Inbox", inbox: true, archived: false, color: "gray", pending_count: 0, position: expect.any(String), deleted_at: null });

  const created = await api.post("/api/v1/lists", { data: { name: "Work", color: "blue" } });
  expect(created.status()).toBe(201);
  const work = await created.json();
  expect(work).toMatchObject({ id: expect.any(String), name: "Work", color: "blue", inbox: false, pending_count: 0 });
  const home = await (await api.post("/api/v1/lists", { data: { name: "Home" } })).json();
  expect(await names(api)).toEqual(["Inbox", "Work", "Home"]);
  expect(await (await api.get(`/api/v1/lists/${work.id}`)).json()).toEqual(work);

  expect(await (await api.patch(`/api/v1/lists/${home.id}`, { data: { name: "House", color: "green", after_id: null } })).json()).toMatchObject({ name: "House", color: "green" });
  expect(await names(api)).toEqual(["House", "Inbox", "Work"]);
  await api.patch(`/api/v1/lists/${home.id}`, { data: { before_id: null } });
  expect(await names(api)).toEqual(["Inbox", "Work", "House"]);
  await api.patch(`/api/v1/lists/${home.id}`, { data: { archived: true } });
  expect(await names(api)).toEqual(["Inbox", "Work"]);
  expect(await names(api, "?status=archived")).toEqual(["House"]);

  for (const title of ["Report", "Slides"]) await api.post("/api/v1/tasks", { data: { title, list_id: work.id } });
  await api.post("/api/v1/tasks", { data: { title: "Old draft", list_id: work.id } });
  await api.delete("/api/v1/tasks/3"); // trashed on its own first
  expect((await (await api.get(`/api/v1/lists/${work.id}`)).json()).pending_count).toBe(2);

  const deleted = await api.delete(`/api/v1/lists/${work.id}`);
  expect(deleted.status()).toBe(200);
  expect(await deleted.json()).toMatchObject({ id: work.id, deleted_at: expect.any(String) });
  expect((await api.get(`/api/v1/lists/${work.id}`)).status()).toBe(404);
  expect(await names(api, "?status=trash")).toEqual(["Work"]);
  expect(await ids(api, "status=trash")).toEqual(expect.arrayContaining([1, 2, 3]));
  // The name is free while the list is in the trash; restoring into it appends " (restored)".
  expect((await api.post("/api/v1/lists", { data: { name: "work" } })).status()).toBe(201);
  const restored = await api.post(`/api/v1/lists/${work.id}/restore`);
  expect(restored.status()).toBe(200);
  expect(await restored.json()).toMatchObject({ name: "Work (restored)", deleted_at: null, pending_count: 2 });
  expect(await ids(api, `list_id=${work.id}&sort=position`)).toEqual([1, 2]);
  expect(await ids(api, "status=trash")).toEqual([3]);
  expect((await api.post(`/api/v1/lists/${work.id}/restore`)).status()).toBe(404);

  // The Inbox stays: 400 with a clear message.
  for (const [call, field] of [
    [() => api.patch(`/api/v1/lists/${inbox.id}`, { data: { name: "Stuff" } }), "name"],
    [() => api.patch(`/api/v1/lists/${inbox.id}`, { data: { archived: true } }), "archived"],
    [() => api.delete(`/api/v1/lists/${inbox.id}`), "id"],
  ] as const) {
    const response = await call();
    expect(response.status()).toBe(400);
    const { error } = await response.json();
    expect(error.message).toMatch(/^The Inbox can't be (renamed|archived|deleted)/);
    expect(Object.keys(error.fields)).toEqual([field]);
  }
});

test("labels: create, read, rename everywhere, delete from tasks (204); tasks filtered by list and label", async ({ playwright }) => {
  const api = await client(playwright);
  const created = await api.post("/api/v1/labels", { data: { name: "errands", color: "orange" } });
  expect(created.status()).toBe(201);
  const errands = await created.json();
  expect(errands).toMatchObject({ id: expect.any(String), name: "errands", color: "orange" });
  const work = await (await api.post("/api/v1/lists", { data: { name: "Work" } })).json();

  const task = await (await api.post("/api/v1/tasks", { data: { title: "Buy stamps", labels: ["ERRANDS", "post"] } })).json();
  expect(task).toMatchObject({ id: 1, labels: ["errands", "post"], position: expect.any(String), list_id: expect.any(String) });
  await api.post("/api/v1/tasks", { data: { title: "Send invoice", list_id: work.id, labels: ["post"] } });
  await api.post("/api/v1/tasks", { data: { title: "Water plants" } });
  expect((await (await api.get("/api/v1/labels")).json()).labels.map((l: { name: string }) => l.name)).toEqual(["errands", "post"]);

  expect(await ids(api, "label=POST")).toEqual([1, 2]);
  expect(await ids(api, `list_id=${work.id}`)).toEqual([2]);
  expect(await ids(api, `list_id=${task.list_id}&label=post`)).toEqual([1]);

  expect(await (await api.patch(`/api/v1/labels/${errands.id}`, { data: { name: "Shopping" } })).json()).toMatchObject({ name: "Shopping", color: "orange" });
  expect((await (await api.get("/api/v1/tasks/1")).json()).labels).toEqual(["post", "Shopping"]);
  expect((await api.delete(`/api/v1/labels/${errands.id}`)).status()).toBe(204);
  expect((await (await api.get("/api/v1/tasks/1")).json()).labels).toEqual(["post"]);
  expect((await api.get(`/api/v1/labels/${errands.id}`)).status()).toBe(404);

  // A task write replaces the labels; a list must exist.
  expect((await (await api.patch("/api/v1/tasks/1", { data: { labels: [] } })).json()).labels).toEqual([]);
  const missing = await api.post("/api/v1/tasks", { data: { title: "x", list_id: "00000000-0000-4000-8000-000000000000" } });
  expect(missing.status()).toBe(400);
  expect(Object.keys((await missing.json()).error.fields)).toEqual(["list_id"]);
  expect((await api.get("/api/v1/tasks?list_id=nope")).status()).toBe(400);
});

test("names already used, ignoring case, answer 409 conflict", async ({ playwright }) => {
  const api = await client(playwright);
  await api.post("/api/v1/lists", { data: { name: "Groceries" } });
  const home = await (await api.post("/api/v1/lists", { data: { name: "Home" } })).json();
  await api.post("/api/v1/labels", { data: { name: "urgent" } });
  const later = await (await api.post("/api/v1/labels", { data: { name: "later" } })).json();
  for (const call of [
    () => api.post("/api/v1/lists", { data: { name: "groceries" } }),
    () => api.post("/api/v1/lists", { data: { name: "INBOX" } }),
    () => api.patch(`/api/v1/lists/${home.id}`, { data: { name: "GROCERIES" } }),
    () => api.post("/api/v1/labels", { data: { name: "Urgent" } }),
    () => api.patch(`/api/v1/labels/${later.id}`, { data: { name: "URGENT" } }),
  ]) {
    const response = await call();
    expect(response.status()).toBe(409);
    const { error } = await response.json();
    expect(error.code).toBe("conflict");
    expect(error.message).toMatch(/^You already have a (list|label) called “.+”$/);
  }
  expect(await names(api)).toEqual(["Inbox", "Groceries", "Home"]);
});

test("manual order: new tasks go last; after_id and before_id move one task; sort=position", async ({ playwright }) => {
  const api = await client(playwright);
  for (const title of ["one", "two", "three", "four"]) await api.post("/api/v1/tasks", { data: { title } });
  expect(await ids(api, "sort=position")).toEqual([1, 2, 3, 4]);
  const before = (await (await api.get("/api/v1/tasks?sort=position")).json()).tasks.map((t: { position: string }) => t.position);
  expect((await api.patch("/api/v1/tasks/4", { data: { after_id: 1 } })).status()).toBe(200);
  expect(await ids(api, "sort=position")).toEqual([1, 4, 2, 3]);
  await api.patch("/api/v1/tasks/3", { data: { after_id: null } });
  expect(await ids(api, "sort=position")).toEqual([3, 1, 4, 2]);
  await api.patch("/api/v1/tasks/3", { data: { before_id: null } });
  expect(await ids(api, "sort=position")).toEqual([1, 4, 2, 3]);
  // The others kept their keys.
  const after = (await (await api.get("/api/v1/tasks?sort=number")).json()).tasks.map((t: { position: string }) => t.position);
  expect([after[0], after[1]]).toEqual([before[0], before[1]]);
  const both = await api.patch("/api/v1/tasks/2", { data: { after_id: 1, before_id: 4 } });
  expect(both.status()).toBe(400);
  const self = await api.patch("/api/v1/tasks/2", { data: { after_id: 2 } });
  expect((await self.json()).error.fields).toEqual({ after_id: "A task can't be placed next to itself" });
});

test("search with q is ranked and forgives a typo", async ({ playwright }) => {
  const api = await client(playwright);
  for (const [title, description] of [
    ["Pick up the kids", "then the dentist"],
    ["Dentist appointment", ""],
    ["Call mom", ""],
  ]) {
    await api.post("/api/v1/tasks", { data: { title, description } });
  }
  expect(await ids(api, "q=dentsit")).toEqual([2, 1]);
  expect(await ids(api, "q=dentist")).toEqual([2, 1]);
  expect(await ids(api, "q=dentist&sort=number")).toEqual([1, 2]);
  expect(await ids(api, "q=call%20mom")).toEqual([3]);
  expect(await ids(api, "q=nothing%20like%20this")).toEqual([]);
});
