import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { PASSWORD, signedUpClient, sql, uniqueEmail } from "./helpers";
import { E2E_URLS } from "./ports.mjs";

// The `postgres` Docket runs on PostgreSQL, so these specs can also look at (and age) rows directly.
const BASE = E2E_URLS.postgres;
const databaseUrl = process.env.E2E_DATABASE_URL;

async function createKey(session: APIRequestContext, name = "test key") {
  const response = await session.post("/api/auth/api-key/create", { data: { name, password: PASSWORD } });
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.key).toMatch(/^dk_/);
  return body as { key: string; id: string };
}

async function keyClient(playwright: Parameters<typeof signedUpClient>[0]) {
  const session = await signedUpClient(playwright, BASE, "keys");
  const { key, id } = await createKey(session);
  const api = await playwright.request.newContext({ baseURL: BASE, extraHTTPHeaders: { authorization: `Bearer ${key}` } });
  return { session, api, key, id };
}

async function mcpClient(key: string) {
  const client = new Client({ name: "docket-e2e", version: "1.0.0" });
  await client.connect(new StreamableHTTPClientTransport(new URL(`${BASE}/api/mcp`), { requestInit: { headers: { authorization: `Bearer ${key}` } } }));
  return client;
}

if (!databaseUrl) {
  console.warn("E2E_DATABASE_URL is empty: the API-key and MCP specs need a PostgreSQL server and were left out.");
} else {
  test.describe("API keys and MCP", () => {
    test("a key is stored hashed and drives the whole task API", async ({ playwright }) => {
      const { api, key, id } = await keyClient(playwright);
      const [row] = await sql<{ key: string; reference_id: string }>("select key, reference_id from apikey where id = $1", [id]);
      expect(row!.key).not.toContain(key.slice(3));

      expect((await api.post("/api/v1/tasks", { data: { title: "Via key", description: "d" } })).status()).toBe(201);
      expect((await api.post("/api/v1/tasks", { data: { title: "Second" } })).status()).toBe(201);
      expect(await (await api.patch("/api/v1/tasks/1", { data: { completed: true } })).json()).toMatchObject({ completed: true });
      expect((await (await api.get("/api/v1/tasks?status=pending")).json()).tasks.map((t: { id: number }) => t.id)).toEqual([2]);
      expect((await (await api.get("/api/v1/tasks?sort=created&order=desc&limit=1")).json()).tasks[0].id).toBe(2);
      expect((await api.delete("/api/v1/tasks/2")).status()).toBe(200);
      expect((await api.post("/api/v1/tasks/2/restore")).status()).toBe(200);
      const chat = await api.post("/api/v1/chat", { data: { message: "what's pending?" } });
      expect((await chat.json()).response).toContain("#2 Second");
      const conversations = await (await api.get("/api/v1/conversations")).json();
      expect(conversations.conversations).toHaveLength(1);
      // A Bearer request carries no cookie, so another Origin is no risk and is allowed.
      expect((await api.post("/api/v1/tasks", { headers: { origin: "https://elsewhere.example" }, data: { title: "Scripted" } })).status()).toBe(201);
      const [used] = await sql<{ last_request: Date | null }>("select last_request from apikey where id = $1", [id]);
      expect(used!.last_request).not.toBeNull();
    });

    test("another user's key gets 404 for every method on the first user's task and conversation", async ({ playwright }) => {
      const alice = await keyClient(playwright);
      const bob = await keyClient(playwright);
      await alice.api.post("/api/v1/tasks", { data: { title: "Alice only" } });
      const c = (await (await alice.api.post("/api/v1/chat", { data: { message: "hello" } })).json()).conversation_id;
      const attempts = await Promise.all([
        bob.api.get("/api/v1/tasks/1"),
        bob.api.patch("/api/v1/tasks/1", { data: { title: "x" } }),
        bob.api.delete("/api/v1/tasks/1"),
        bob.api.post("/api/v1/tasks/1/restore"),
        bob.api.delete("/api/v1/tasks/1?permanent=true"),
        bob.api.get(`/api/v1/conversations/${c}`),
        bob.api.patch(`/api/v1/conversations/${c}`, { data: { title: "x" } }),
        bob.api.delete(`/api/v1/conversations/${c}`),
      ]);
      expect(attempts.map((r) => r.status())).toEqual(Array(8).fill(404));
      expect(await (await alice.api.get("/api/v1/tasks/1")).json()).toMatchObject({ title: "Alice only", deleted_at: null });
      expect((await (await alice.api.get(`/api/v1/conversations/${c}`)).json()).title).toBe("New conversation");
    });

    test("revoked, expired and malformed keys answer 401 with a Bearer challenge", async ({ playwright }) => {
      const { session, api, id } = await keyClient(playwright);
      expect((await api.get("/api/v1/tasks")).status()).toBe(200);

      const expiring = await createKey(session, "expiring");
      await sql("update apikey set expires_at = now() - interval '1 minute' where id = $1", [expiring.id]);
      const expired = await playwright.request.newContext({ baseURL: BASE, extraHTTPHeaders: { authorization: `Bearer ${expiring.key}` } });
      expect((await expired.get("/api/v1/tasks")).status()).toBe(401);

      expect((await session.post("/api/auth/api-key/delete", { data: { keyId: id } })).status()).toBe(200);
      const revoked = await api.get("/api/v1/tasks");
      expect(revoked.status()).toBe(401);
      expect(revoked.headers()["www-authenticate"]).toBe('Bearer realm="docket"');

      for (const authorization of ["Bearer", "Bearer dk_not_a_key", "Bearer " + "x".repeat(500), "Basic dXNlcjpwYXNz"]) {
        const anonymous = await playwright.request.newContext({ baseURL: BASE, extraHTTPHeaders: { authorization } });
        expect((await anonymous.get("/api/v1/tasks")).status(), authorization.slice(0, 20)).toBe(401);
      }
    });

    test("the API limit answers 429 with Retry-After once a key has used its minute", async ({ playwright }) => {
      const { api, id } = await keyClient(playwright);
      expect((await api.get("/api/v1/tasks")).status()).toBe(200);
      const limitKey = `api:key:${id}`;
      expect(await sql("update rate_limits set count = 100000 where key = $1 returning key", [limitKey])).toHaveLength(1);
      const limited = await api.get("/api/v1/tasks");
      expect(limited.status()).toBe(429);
      expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
      expect((await limited.json()).error.code).toBe("rate_limited");
    });

    test("an MCP client lists and uses the tools, and sees only its owner's tasks", async ({ playwright }) => {
      const alice = await keyClient(playwright);
      const client = await mcpClient(alice.key);
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(["add_task", "complete_task", "create_list", "delete_task", "get_task", "list_lists", "list_tasks", "restore_task", "snooze_reminder", "update_task"]);

      const added = await client.callTool({ name: "add_task", arguments: { title: "From MCP" } });
      expect(added.structuredContent).toEqual({ task_id: 1, status: "created", title: "From MCP", completed: false, due: null, priority: 4, list: "Inbox", labels: [] });
      expect(JSON.parse((added.content as { text: string }[])[0]!.text)).toEqual(added.structuredContent);
      expect((await client.callTool({ name: "complete_task", arguments: { task_id: 1 } })).structuredContent).toMatchObject({ status: "completed" });
      expect((await client.callTool({ name: "update_task", arguments: { task_id: 1, title: "Renamed over MCP" } })).structuredContent).toMatchObject({ status: "updated", title: "Renamed over MCP" });
      expect((await client.callTool({ name: "delete_task", arguments: { task_id: 1 } })).structuredContent).toMatchObject({ status: "deleted" });
      expect((await client.callTool({ name: "restore_task", arguments: { task_id: 1 } })).structuredContent).toMatchObject({ status: "restored" });
      const listed = await client.callTool({ name: "list_tasks", arguments: { status: "completed" } });
      expect(listed.structuredContent).toMatchObject({ tasks: [{ task_id: 1, title: "Renamed over MCP", description: "", completed: true }], total: 1 });

      // Dates in words, read in the owner's zone (UTC until set), confirmed with a label.
      const dated = await client.callTool({ name: "add_task", arguments: { title: "Call mom", due: "tomorrow 6pm", priority: "urgent" } });
      expect(dated.structuredContent).toMatchObject({ task_id: 2, title: "Call mom", priority: 1, due: { time: "18:00", zone: "UTC", label: "Tomorrow 18:00" } });
      const dueTomorrow = await client.callTool({ name: "list_tasks", arguments: { due: "upcoming" } });
      expect(dueTomorrow.structuredContent).toMatchObject({ tasks: [{ task_id: 2 }], total: 1 });
      const cleared = await client.callTool({ name: "update_task", arguments: { task_id: 2, due: "none" } });
      expect(cleared.structuredContent).toMatchObject({ due: null, previous: { due_time: "18:00" } });
      const unreadable = await client.callTool({ name: "add_task", arguments: { title: "X", due: "when pigs fly" } });
      expect(unreadable.isError).toBe(true);
      expect(unreadable.structuredContent).toMatchObject({ error: "invalid_input" });
      expect(await (await alice.api.get("/api/v1/tasks/1")).json()).toMatchObject({ title: "Renamed over MCP" });

      // Lists and labels by name.
      expect((await client.callTool({ name: "create_list", arguments: { name: "Errands" } })).structuredContent).toMatchObject({ name: "Errands", status: "created" });
      const filed = await client.callTool({ name: "add_task", arguments: { title: "Post the parcel", list: "errands", labels: ["town"] } });
      expect(filed.structuredContent).toMatchObject({ task_id: 3, list: "Errands", labels: ["town"] });
      const nowhere = await client.callTool({ name: "add_task", arguments: { title: "X", list: "Nowhere" } });
      expect(nowhere.isError).toBe(true);
      expect(nowhere.structuredContent).toEqual({ error: "list_not_found", message: "You have no list called “Nowhere” — your lists are Inbox, Errands. Use one of them, or create_list first." });
      expect((await client.callTool({ name: "list_lists", arguments: {} })).structuredContent).toMatchObject({ lists: [{ name: "Inbox", pending: 1 }, { name: "Errands", pending: 1 }] });
      expect((await client.callTool({ name: "list_tasks", arguments: { label: "TOWN" } })).structuredContent).toMatchObject({ tasks: [{ task_id: 3 }], total: 1 });
      expect((await client.callTool({ name: "list_tasks", arguments: { query: "parcle" } })).structuredContent).toMatchObject({ tasks: [{ task_id: 3 }], total: 1 });
      await client.close();

      const bob = await keyClient(playwright);
      const intruder = await mcpClient(bob.key);
      const denied = await intruder.callTool({ name: "complete_task", arguments: { task_id: 1 } });
      expect(denied.isError).toBe(true);
      expect(denied.structuredContent).toMatchObject({ error: "task_not_found" });
      expect((await intruder.callTool({ name: "list_tasks", arguments: {} })).structuredContent).toEqual({ tasks: [], total: 0 });
      await intruder.close();
    });

    test("MCP without a key is 401 with WWW-Authenticate, and a foreign Origin is 403", async ({ playwright }) => {
      const { key } = await keyClient(playwright);
      const plain = await playwright.request.newContext({ baseURL: BASE });
      const init = { jsonrpc: "2.0", id: 1, method: "tools/list", params: {} };
      const headers = { accept: "application/json, text/event-stream" };
      const noKey = await plain.post("/api/mcp", { headers, data: init });
      expect(noKey.status()).toBe(401);
      expect(noKey.headers()["www-authenticate"]).toBe('Bearer realm="docket"');
      const foreign = await plain.post("/api/mcp", { headers: { ...headers, authorization: `Bearer ${key}`, origin: "https://evil.example" }, data: init });
      expect(foreign.status()).toBe(403);
      const allowed = await plain.post("/api/mcp", { headers: { ...headers, authorization: `Bearer ${key}`, origin: "https://inspector.example" }, data: init });
      expect(allowed.status()).toBe(200);
    });

    test("Settings creates a key that works, revokes it, and deletes the account with its data", async ({ page, playwright }) => {
      const email = uniqueEmail("settings");
      await page.goto(`${BASE}/sign-up`);
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Tasks" })).toBeVisible();
      await page.getByRole("link", { name: "Settings" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
      await expect(page.getByText("No API keys yet.")).toBeVisible();

      await page.getByLabel("Key name").fill("Laptop script");
      await expect(page.getByLabel("Expires").locator("option:checked")).toHaveText("90 days");
      await page.getByLabel("Expires").selectOption({ label: "30 days" });
      await page.getByRole("button", { name: "Create key" }).click();
      await expect(page.getByText("Enter your current password to create a key.")).toBeVisible();
      await page.getByLabel("Your password").fill("not my password");
      await page.getByRole("button", { name: "Create key" }).click();
      await expect(page.getByText("That password is not right.")).toBeVisible();
      await page.getByLabel("Your password").fill(PASSWORD);
      await page.getByRole("button", { name: "Create key" }).click();
      const shown = page.getByLabel("New API key");
      await expect(shown).toHaveText(/^dk_/);
      const key = (await shown.innerText()).trim();
      await expect(page.getByRole("row").filter({ hasText: "Laptop script" })).toContainText("Not yet");

      const api = await playwright.request.newContext({ baseURL: BASE, extraHTTPHeaders: { authorization: `Bearer ${key}` } });
      expect((await api.post("/api/v1/tasks", { data: { title: "Made with my key", labels: ["mine"] } })).status()).toBe(201);
      expect((await api.post("/api/v1/lists", { data: { name: "Mine" } })).status()).toBe(201);

      await page.getByRole("button", { name: "Revoke “Laptop script”" }).click();
      await page.getByRole("alertdialog").getByRole("button", { name: "Revoke key" }).click();
      await expect(page.getByText("No API keys yet.")).toBeVisible();
      await expect(page.getByText("Revoked “Laptop script”. It stops working at once.")).toBeVisible();
      expect((await api.get("/api/v1/tasks")).status()).toBe(401);

      const userId = (await sql<{ id: string }>('select id from "user" where email = $1', [email]))[0]!.id;
      expect(await sql("select 1 from tasks where user_id = $1", [userId])).toHaveLength(1);
      await page.getByRole("button", { name: "Delete account…" }).click();
      const dialog = page.getByRole("alertdialog");
      await expect(dialog.getByRole("button", { name: "Delete my account" })).toBeDisabled();
      await dialog.getByLabel("Your email").fill(email);
      await expect(dialog.getByRole("button", { name: "Delete my account" })).toBeDisabled();
      await dialog.getByLabel("Your password").fill("not my password");
      await dialog.getByRole("button", { name: "Delete my account" }).click();
      await expect(dialog.getByRole("alert")).toHaveText("That password is not right.");
      expect(await sql('select 1 from "user" where id = $1', [userId])).toHaveLength(1);
      await dialog.getByLabel("Your password").fill(PASSWORD);
      await dialog.getByRole("button", { name: "Delete my account" }).click();
      await expect(page).toHaveURL(/\/sign-up/);
      for (const table of ['"user"', "session", "account", "apikey"]) {
        const column = table === '"user"' ? "id" : table === "apikey" ? "reference_id" : "user_id";
        expect(await sql(`select 1 from ${table} where ${column} = $1`, [userId]), table).toHaveLength(0);
      }
      for (const table of ["tasks", "task_counters", "lists", "labels", "task_labels", "conversations", "messages"]) {
        expect(await sql(`select 1 from ${table} where user_id = $1`, [userId]), table).toHaveLength(0);
      }
      await page.goto(`${BASE}/sign-in`);
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password" })).toBeVisible();
    });
  });
}
