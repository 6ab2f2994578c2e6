// bench/chat — the server's own overhead per assistant turn (run by hand: `node bench/chat/run.mjs`).
// Docket runs under `next start` on the local Postgres, talking to the fake OpenAI-compatible
// server, which waits a fixed delay before its first token. For each turn we time the request
// until the first text token arrives and subtract that delay: what is left is Docket's work
// (auth, limiter, storing the user message, loading history, converting it, calling the model).
// Measured for a fresh 1-message conversation and for one with 500 stored messages.
import { spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import pg from "pg";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const DELAY_MS = 200;
const PORT = 3200;
const FAKE_PORT = 3299;
const BASE = `http://localhost:${PORT}`;
const serverUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const dbName = `docket_bench_${randomUUID().slice(0, 8)}`;
const dbUrl = Object.assign(new URL(serverUrl), { pathname: `/${dbName}` }).toString();
const children = [];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function waitFor(url) {
  for (let i = 0; i < 480; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await sleep(250);
  }
  throw new Error(`${url} never came up`);
}
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function main() {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  try {
    if (spawnSync("node_modules/.bin/next", ["build"], { stdio: "ignore" }).status !== 0) throw new Error("next build failed");
    children.push(spawn(process.execPath, ["test/fixtures/fake-openai.mjs", String(FAKE_PORT)], { stdio: "ignore", env: { ...process.env, FAKE_OPENAI_DELAY_MS: String(DELAY_MS) } }));
    children.push(
      spawn("node_modules/.bin/next", ["start", "-p", String(PORT)], {
        stdio: "ignore",
        env: {
          ...process.env,
          NODE_ENV: "production",
          DATABASE_URL: dbUrl,
          BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret-01",
          BETTER_AUTH_URL: BASE,
          OPENAI_BASE_URL: `http://127.0.0.1:${FAKE_PORT}/v1`,
          OPENAI_MODEL: "fake",
          RATE_LIMIT_CHAT_PER_MIN: "100000",
          LOG_LEVEL: "warn",
        },
      }),
    );
    await waitFor(`http://127.0.0.1:${FAKE_PORT}/health`);
    await waitFor(`${BASE}/api/health`);

    const signUp = await fetch(`${BASE}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: BASE },
      body: JSON.stringify({ email: `bench-${randomUUID()}@example.com`, password: "bench password", name: "Bench" }),
    });
    const cookie = signUp.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");

    async function turn(conversationId) {
      const started = performance.now();
      const response = await fetch(`${BASE}/api/chat`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: BASE, cookie },
        body: JSON.stringify({ id: conversationId, message: { role: "user", parts: [{ type: "text", text: "reply with: ok" }] }, timezone: "UTC" }),
      });
      if (!response.ok) throw new Error(`chat answered ${response.status}: ${await response.text()}`);
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let seen = "";
      let firstToken;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        seen += decoder.decode(value, { stream: true });
        if (firstToken === undefined && seen.includes('"text-delta"')) firstToken = performance.now();
      }
      return firstToken - started - DELAY_MS;
    }

    // A conversation with 500 stored messages, written straight into the database.
    const longId = randomUUID();
    await turn(longId);
    const db = new pg.Client({ connectionString: dbUrl });
    await db.connect();
    const { rows } = await db.query("select user_id from conversations where id = $1", [longId]);
    const userId = rows[0].user_id;
    for (let i = 0; i < 498; i++) {
      const role = i % 2 === 0 ? "user" : "assistant";
      await db.query(
        "insert into messages (id, conversation_id, user_id, role, content, parts) values ($1, $2, $3, $4, $5, $6)",
        [randomUUID(), longId, userId, role, `message ${i}`, JSON.stringify([{ type: "text", text: `message ${i} `.repeat(10) }])],
      );
    }
    await db.end();

    for (let i = 0; i < 5; i++) await turn(randomUUID()); // warm-up
    const short = [];
    const long = [];
    for (let i = 0; i < ROUNDS; i++) {
      short.push(await turn(randomUUID()));
      long.push(await turn(longId));
    }
    const report = (name, xs) => `${name}: p50 ${percentile(xs, 50).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms`;
    console.log(`Server overhead per turn (first token time minus the model's ${DELAY_MS} ms), ${ROUNDS} turns each:`);
    console.log(report("  1-message conversation  ", short));
    console.log(report("  500-message conversation", long));
    console.log(`  ratio (500 / 1): p50 ${(percentile(long, 50) / percentile(short, 50)).toFixed(2)}, p95 ${(percentile(long, 95) / percentile(short, 95)).toFixed(2)}`);
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await sleep(500);
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  for (const child of children) child.kill("SIGTERM");
  process.exit(1);
});
