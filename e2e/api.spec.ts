import { expect, test } from "@playwright/test";
import { apiKeyClient, signedUpClient } from "./helpers";
import { E2E_URLS } from "./ports.mjs";

const BASE = E2E_URLS.offline;
// Scripts use API keys; the last spec checks what only cookies can do (and must not).
const client = (playwright: Parameters<typeof apiKeyClient>[0]) => apiKeyClient(playwright, BASE);

test("tasks over /api/v1: create, read, filter, page, update, trash, restore, purge", async ({ playwright }) => {
  const api = await client(playwright);
  for (const title of ["Buy milk", "Call mom", "Book flights"]) expect((await api.post("/api/v1/tasks", { data: { title } })).status()).toBe(201);
  expect((await api.patch("/api/v1/tasks/2", { data: { completed: true } })).status()).toBe(200);

  const page1 = await (await api.get("/api/v1/tasks?limit=2")).json();
  expect(page1.tasks.map((t: { id: number }) => t.id)).toEqual([1, 2]);
  const page2 = await (await api.get(`/api/v1/tasks?limit=2&cursor=${page1.next_cursor}`)).json();
  expect(page2).toMatchObject({ tasks: [{ id: 3 }], next_cursor: null });
  expect((await (await api.get("/api/v1/tasks?status=completed")).json()).tasks.map((t: { id: number }) => t.id)).toEqual([2]);
  expect((await (await api.get("/api/v1/tasks?q=MOM")).json()).tasks.map((t: { id: number }) => t.id)).toEqual([2]);
  expect((await (await api.get("/api/v1/tasks?sort=title&order=asc")).json()).tasks.map((t: { title: string }) => t.title)).toEqual(["Book flights", "Buy milk", "Call mom"]);

  const deleted = await api.delete("/api/v1/tasks/1");
  expect((await deleted.json()).deleted_at).not.toBeNull();
  expect((await api.get("/api/v1/tasks/1")).status()).toBe(404);
  expect((await (await api.get("/api/v1/tasks?status=trash")).json()).tasks.map((t: { id: number }) => t.id)).toEqual([1]);
  expect((await api.post("/api/v1/tasks/1/restore")).status()).toBe(200);
  expect((await api.delete("/api/v1/tasks/1?permanent=true")).status()).toBe(404); // only from the trash
  await api.delete("/api/v1/tasks/1");
  expect((await api.delete("/api/v1/tasks/1?permanent=true")).status()).toBe(204);
  expect((await (await api.post("/api/v1/tasks", { data: { title: "Next" } })).json()).id).toBe(4);
});

test("another user's task, conversation, list and label ids are not found on every method, and nothing changes", async ({ playwright }) => {
  const alice = await client(playwright);
  const bob = await client(playwright);
  const list = await (await alice.post("/api/v1/lists", { data: { name: "Alice's list", color: "red" } })).json();
  const trashedList = await (await alice.post("/api/v1/lists", { data: { name: "Alice's old list" } })).json();
  expect((await alice.delete(`/api/v1/lists/${trashedList.id}`)).status()).toBe(200);
  const label = await (await alice.post("/api/v1/labels", { data: { name: "secret", color: "pink" } })).json();
  await alice.post("/api/v1/tasks", { data: { title: "Alice's task", list_id: list.id, labels: ["secret"] } });
  const conversationId = (await (await alice.post("/api/v1/chat", { data: { message: "hello" } })).json()).conversation_id;
  const listsBefore = await (await alice.get("/api/v1/lists?status=all")).json();
  const trashBefore = await (await alice.get("/api/v1/lists?status=trash")).json();
  const labelsBefore = await (await alice.get("/api/v1/labels")).json();

  const attempts = [
    bob.get(`/api/v1/lists/${list.id}`),
    bob.patch(`/api/v1/lists/${list.id}`, { data: { name: "mine now" } }),
    bob.patch(`/api/v1/lists/${list.id}`, { data: { archived: true } }),
    bob.delete(`/api/v1/lists/${list.id}`),
    bob.post(`/api/v1/lists/${list.id}/restore`),
    bob.get(`/api/v1/lists/${trashedList.id}`),
    bob.post(`/api/v1/lists/${trashedList.id}/restore`),
    bob.get(`/api/v1/labels/${label.id}`),
    bob.patch(`/api/v1/labels/${label.id}`, { data: { name: "mine" } }),
    bob.delete(`/api/v1/labels/${label.id}`),
    bob.get("/api/v1/lists/not-a-uuid"),
    bob.patch("/api/v1/lists/not-a-uuid", { data: { name: "x" } }),
    bob.delete("/api/v1/lists/not-a-uuid"),
    bob.post("/api/v1/lists/not-a-uuid/restore"),
    bob.get("/api/v1/labels/not-a-uuid"),
    bob.patch("/api/v1/labels/not-a-uuid", { data: { name: "x" } }),
    bob.delete("/api/v1/labels/not-a-uuid"),
    bob.get("/api/v1/tasks/1"),
    bob.patch("/api/v1/tasks/1", { data: { title: "mine now" } }),
    bob.delete("/api/v1/tasks/1"),
    bob.post("/api/v1/tasks/1/restore"),
    bob.delete("/api/v1/tasks/1?permanent=true"),
    bob.get(`/api/v1/conversations/${conversationId}`),
    bob.patch(`/api/v1/conversations/${conversationId}`, { data: { title: "mine" } }),
    bob.delete(`/api/v1/conversations/${conversationId}`),
    bob.post("/api/v1/chat", { data: { conversation_id: conversationId, message: "hi" } }),
  ];
  for (const response of await Promise.all(attempts)) {
    expect(response.status()).toBe(404);
    expect((await response.json()).error.code).toBe("not_found");
  }
  expect(await (await alice.get("/api/v1/tasks/1")).json()).toMatchObject({ title: "Alice's task", deleted_at: null, list_id: list.id, labels: ["secret"] });
  expect(await (await alice.get("/api/v1/lists?status=all")).json()).toEqual(listsBefore);
  expect(await (await alice.get("/api/v1/lists?status=trash")).json()).toEqual(trashBefore);
  expect(await (await alice.get("/api/v1/labels")).json()).toEqual(labelsBefore);
  // Bob can't file a task into Alice's list or see her tasks through it.
  const sneaky = await bob.post("/api/v1/tasks", { data: { title: "sneaky", list_id: list.id } });
  expect(sneaky.status()).toBe(400);
  expect(Object.keys((await sneaky.json()).error.fields)).toEqual(["list_id"]);
  expect((await (await bob.get(`/api/v1/tasks?list_id=${list.id}`)).json()).tasks).toEqual([]);
  expect((await (await bob.get("/api/v1/tasks?label=secret")).json()).tasks).toEqual([]);
  const conversation = await (await alice.get(`/api/v1/conversations/${conversationId}`)).json();
  // "hello" says nothing a title could use: the conversation stays untitled until something does.
  expect(conversation.title).toBe("New conversation");
  expect(conversation.messages).toHaveLength(2);
  expect((await (await bob.get("/api/v1/tasks")).json()).tasks).toEqual([]);
});

test("bad input is refused with a clear error and writes nothing", async ({ playwright }) => {
  const api = await client(playwright);
  const cases: [string, () => Promise<{ status(): number; json(): Promise<any> }>, number, string?][] = [
    ["a 10,000-character title", () => api.post("/api/v1/tasks", { data: { title: "x".repeat(10_000) } }), 400, "title"],
    ["an unknown field", () => api.post("/api/v1/tasks", { data: { title: "ok", user_id: "someone" } }), 400, "user_id"],
    ["a wrong type", () => api.post("/api/v1/tasks", { data: { title: 42 } }), 400, "title"],
    ["invalid JSON", () => api.post("/api/v1/tasks", { headers: { "content-type": "application/json" }, data: "{not json" }), 400],
    ["an empty body", () => api.post("/api/v1/tasks", { headers: { "content-type": "application/json" }, data: "" }), 400],
    ["a body over 64 KB", () => api.post("/api/v1/tasks", { data: { title: "ok", description: "d".repeat(70_000) } }), 413],
    ["limit over 100", () => api.get("/api/v1/tasks?limit=101"), 400, "limit"],
    ["an unknown timezone", () => api.post("/api/v1/chat", { data: { message: "hi", timezone: "Mars/Olympus" } }), 400, "timezone"],
  ];
  for (const [name, call, status, field] of cases) {
    const response = await call();
    expect(response.status(), name).toBe(status);
    const body = await response.json();
    expect(body.error.request_id, name).toBeTruthy();
    if (field) expect(Object.keys(body.error.fields ?? {}), name).toContain(field);
  }
  expect((await (await api.get("/api/v1/tasks")).json()).tasks).toEqual([]);
  expect((await (await api.get("/api/v1/conversations")).json()).conversations).toEqual([]);
});

test("a cookie write from another site is refused, and no session is unauthorized", async ({ playwright }) => {
  const api = await signedUpClient(playwright, BASE);
  const foreign = await api.post("/api/v1/tasks", { headers: { origin: "https://evil.example" }, data: { title: "csrf" } });
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).error.code).toBe("forbidden_origin");
  const anonymous = await playwright.request.newContext({ baseURL: BASE });
  expect((await anonymous.get("/api/v1/tasks")).status()).toBe(401);
  expect((await (await api.get("/api/v1/tasks")).json()).tasks).toEqual([]);
});
