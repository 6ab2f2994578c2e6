import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { PASSWORD, sql, uniqueEmail } from "./helpers";
import { E2E_URLS } from "./ports.mjs";
import { rawRequest, sessionCookie, type RawRequest } from "./raw-http";

// Attacks on the request boundary, as a client on the network would make them. Each client gets its
// own loopback address (127.0.0.x), which the server sees as a different socket. The `limits`
// Docket runs the production default limits: 10 sign-ups a minute per address, 5 failed sign-ins
// per (email, address) and 30 per address in 15 minutes, 30 made-up API keys a minute per address.
const LIMITS = E2E_URLS.limits;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// Headers a hostile client adds to choose its bucket or skip the proxy. (With `rsc: 1` Next only
// answers a 307 to a cache-busting URL, which reaches no handler.)
const spoofing = () => {
  const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
  return {
    "next-router-prefetch": "1",
    "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy",
    "x-docket-client-ip": ip,
    "x-docket-client-address": ip,
    "x-docket-socket-address": ip,
    "x-docket-edge-token": "guess",
    "x-forwarded-for": ip,
    "x-real-ip": ip,
  };
};

const post = (base: string, path: string, body: unknown, options: RawRequest = {}) =>
  rawRequest(`${base}${path}`, {
    ...options,
    body: JSON.stringify(body),
    headers: { "content-type": "application/json", origin: base, ...options.headers },
  });
const signUp = (email: string, from: string, headers: Record<string, string> = {}) =>
  post(LIMITS, "/api/auth/sign-up/email", { email, password: PASSWORD, name: "Tester" }, { from, headers });
const signIn = (email: string, password: string, from: string) => post(LIMITS, "/api/auth/sign-in/email", { email, password }, { from });

test.describe("the request boundary", () => {
  test("sign-ups are limited per client address, whatever headers the client adds", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) statuses.push((await signUp(uniqueEmail("flood"), "127.0.0.2", spoofing())).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(statuses.slice(10)).toEqual([429, 429, 429, 429]);
    // Another client is not affected.
    expect((await signUp(uniqueEmail("neighbour"), "127.0.0.3")).status).toBe(200);
  });

  test("password guessing is stopped, and the owner still signs in from their own address", async () => {
    const owner = uniqueEmail("owner");
    expect((await signUp(owner, "127.0.0.4")).status).toBe(200);

    for (let i = 0; i < 5; i++) expect((await signIn(owner, `guess ${i}`, "127.0.0.5")).status).toBe(401);
    const locked = await signIn(owner, PASSWORD, "127.0.0.5");
    expect(locked.status).toBe(429);
    expect(Number(locked.headers["retry-after"])).toBeGreaterThan(0);
    expect(locked.json().message).toMatch(/^Too many failed sign-ins\. Try again in \d+ minutes?\.$/);
    expect((await signIn(owner, PASSWORD, "127.0.0.4")).status).toBe(200);

    // A script spraying made-up emails fills only its own address's bucket.
    const sprayed: number[] = [];
    for (let i = 0; i < 31; i++) sprayed.push((await signIn(uniqueEmail("nobody"), "guess", "127.0.0.6")).status);
    expect(sprayed.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(sprayed[30]).toBe(429);
    expect((await signIn(owner, PASSWORD, "127.0.0.4")).status).toBe(200);
  });

  test("guesses sent all at once cannot pass the limit", async () => {
    const owner = uniqueEmail("parallel");
    expect((await signUp(owner, "127.0.0.7")).status).toBe(200);
    const statuses = (await Promise.all(Array.from({ length: 12 }, (_, i) => signIn(owner, `guess ${i}`, "127.0.0.8")))).map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
  });

  test("a redirect after sign-in stays on the site and never fails", async () => {
    const cookie = sessionCookie(await signUp(uniqueEmail("redirect"), "127.0.0.9"));
    const cases: [string, string][] = [
      ["%2F%09%2Fexample.org", "/"],
      ["%2F%0A%2Fexample.org", "/"],
      ["%2F%0D%0ALocation%3A%20https%3A%2F%2Fexample.org", "/"],
      ["%2F%2Fexample.org", "/"],
      ["%2F%5Cexample.org", "/"],
      ["https%3A%2F%2Fexample.org", "/"],
      ["javascript%3Aalert(1)", "/"],
      ["%2Fsettings%3Ftab%3Dkeys", "/settings?tab=keys"],
    ];
    for (const [value, expected] of cases) {
      const response = await rawRequest(`${LIMITS}/sign-in?callbackURL=${value}`, { headers: { cookie }, from: "127.0.0.9" });
      expect(response.status, value).toBe(307);
      expect(response.headers.location, value).toBe(expected);
    }
  });

  test("made-up API keys are throttled per client address and add no rows", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) {
      statuses.push((await rawRequest(`${LIMITS}/api/v1/tasks`, { headers: { authorization: `Bearer dk_${randomUUID()}` }, from: "127.0.0.10" })).status);
    }
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
    expect((await rawRequest(`${LIMITS}/api/v1/tasks`, { headers: { authorization: "Bearer dk_other" }, from: "127.0.0.11" })).status).toBe(401);

    // Rows are counted on the PostgreSQL-backed Docket (E2E_DATABASE_URL, set for every run of npm test).
    if (process.env.E2E_DATABASE_URL) {
      const rows = async () => Number((await sql<{ n: string }>("select count(*) as n from rate_limits"))[0]!.n);
      const before = await rows();
      for (let i = 0; i < 20; i++) await rawRequest(`${E2E_URLS.postgres}/api/v1/tasks`, { headers: { authorization: `Bearer dk_${randomUUID()}` }, from: "127.0.0.12" });
      expect((await rows()) - before).toBeLessThanOrEqual(1);
    }
  });

  test("request ids are made by the server; a client's value is not echoed", async () => {
    const response = await rawRequest(`${LIMITS}/api/v1/tasks`, { headers: { "x-request-id": "attacker-chosen" } });
    expect(response.status).toBe(401);
    const id = response.headers["x-request-id"] as string;
    expect(id).toMatch(UUID);
    expect(response.json().error.request_id).toBe(id);
    expect(response.text).not.toContain("attacker-chosen");
  });

  test("MCP answers POST only, and refuses JSON-RPC batches", async () => {
    const stream = await rawRequest(`${LIMITS}/api/mcp`, { headers: { accept: "text/event-stream" }, timeoutMs: 5_000 });
    expect(stream.status).toBe(405);
    expect(stream.headers.allow).toBe("POST");
    expect((await rawRequest(`${LIMITS}/api/mcp`, { method: "DELETE", timeoutMs: 5_000 })).status).toBe(405);

    const from = "127.0.0.13";
    const cookie = sessionCookie(await signUp(uniqueEmail("mcp"), from));
    const created = await post(LIMITS, "/api/auth/api-key/create", { name: "mcp", password: PASSWORD }, { from, headers: { cookie } });
    expect(created.status).toBe(200);
    const batch = await post(LIMITS, "/api/mcp", [{ jsonrpc: "2.0", id: 1, method: "tools/list" }, { jsonrpc: "2.0", id: 2, method: "tools/list" }], {
      headers: { authorization: `Bearer ${created.json().key}`, accept: "application/json, text/event-stream" },
    });
    expect(batch.status).toBe(400);
    expect(batch.json().error.message).toMatch(/batches are not supported/);
  });

  test("bodies over the cap are refused, with or without Content-Length", async () => {
    const from = "127.0.0.14";
    const cookie = sessionCookie(await signUp(uniqueEmail("bodies"), from));
    const big = JSON.stringify({ title: "x", description: "y".repeat(70 * 1024) });
    for (const chunked of [false, true]) {
      const response = await rawRequest(`${LIMITS}/api/v1/tasks`, { body: big, chunked, from, headers: { cookie, origin: LIMITS, "content-type": "application/json" } });
      expect(response.status, `chunked: ${chunked}`).toBe(413);
      expect(response.json().error.code).toBe("payload_too_large");
    }
    const chat = JSON.stringify({ id: randomUUID(), message: { role: "user", parts: [{ type: "text", text: "z".repeat(40 * 1024) }] } });
    const refused = await rawRequest(`${LIMITS}/api/chat`, { body: chat, chunked: true, from, headers: { cookie, origin: LIMITS, "content-type": "application/json" } });
    expect(refused.status).toBe(413);
    const tasks = await rawRequest(`${LIMITS}/api/v1/tasks`, { headers: { cookie }, from });
    expect(tasks.json().tasks).toEqual([]);
  });
});

test("a model request stays under 64 KB however many long tasks were listed before", async () => {
  const api = E2E_URLS.openai;
  const from = "127.0.0.15";
  const cookie = sessionCookie(await post(api, "/api/auth/sign-up/email", { email: uniqueEmail("budget"), password: PASSWORD, name: "Budget" }, { from }));
  const headers = { cookie, origin: api };
  for (let i = 1; i <= 50; i++) {
    const added = await post(api, "/api/v1/tasks", { title: `Long task ${i}`, description: `${i} `.padEnd(2000, "lorem ipsum ") }, { from, headers });
    expect(added.status).toBe(201);
  }
  const before = ((await (await fetch(`${E2E_URLS.fakeOpenai}/requests`)).json()) as unknown[]).length;
  let conversation_id: string | undefined;
  for (let turn = 0; turn < 12; turn++) {
    const reply = await post(api, "/api/v1/chat", { message: "list all", ...(conversation_id && { conversation_id }) }, { from, headers });
    expect(reply.status).toBe(200);
    conversation_id = reply.json().conversation_id;
    expect(reply.json().response).toBe("Listed 50 tasks");
    const listed = reply.json().tool_calls[0].result.tasks;
    expect(listed[0].description_truncated).toBe(true);
    expect([...listed[0].description].length).toBeLessThanOrEqual(201);
  }
  const sent = ((await (await fetch(`${E2E_URLS.fakeOpenai}/requests`)).json()) as { bytes: number }[]).slice(before);
  expect(sent).toHaveLength(24);
  expect(Math.max(...sent.map((r) => r.bytes))).toBeLessThanOrEqual(64 * 1024);
});
