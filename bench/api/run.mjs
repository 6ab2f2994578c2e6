// bench/api — requests/s and p95 latency of GET /api/v1/tasks (50 tasks; and ?due=today) and POST
// /api/v1/tasks, 10 connections, against (1) Docket served as `npm start` serves it (its own server
// in front of Next; API key, request boundary, validation, limiter, ownership), (2) a minimal
// Next route handler running the same queries with no auth (the framework's floor), and (3) a bare
// node:http + pg server — one run, one PostgreSQL. Then search: GET /api/v1/tasks?q= over 10,000
// tasks of one user, beside the plain list of the same user (goal: p95 ≤ 50 ms on 2 cores).
// Run by hand: `node bench/api/run.mjs`. BENCH_SECONDS (default 10) per case; BENCH_PORT (default
// 3400) and the next two ports; BENCH_CASES=search runs only the search case; BENCH_SEARCH_TASKS
// (default 10000).
import { spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { startBareServer } from "./bare-node.mjs";
import { benchTasks } from "./titles.mjs";

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const DOCKET = `http://localhost:${PORT}`;
const ONLY_SEARCH = process.env.BENCH_CASES === "search";
const SEARCH_TASKS = Number(process.env.BENCH_SEARCH_TASKS ?? 10_000);
const server = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const dbName = `docket_bench_${randomUUID().slice(0, 8)}`;
const dbUrl = Object.assign(new URL(server), { pathname: `/${dbName}` }).toString();
const children = [];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let floorDir;

async function waitFor(url) {
  for (let i = 0; i < 480; i++) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {}
    await sleep(250);
  }
  throw new Error(`${url} never came up`);
}

function percentile(xs, p) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function load(url, { method = "GET", headers = {}, body, connections = CONNECTIONS } = {}) {
  return new Promise((resolve, reject) => {
    const times = [];
    let errors = 0;
    const instance = autocannon({ url, method, headers, body, connections, duration: DURATION }, (error, result) => {
      if (error) return reject(error);
      resolve({ rps: result.requests.average, p95: percentile(times, 95), non2xx: result.non2xx + errors });
    });
    instance.on("response", (_client, status, _bytes, responseTime) => {
      if (status >= 400) errors++;
      times.push(responseTime);
    });
  });
}

/** A new user on Docket with an API key: the headers its requests send. */
async function signUpWithKey(who) {
  const signUp = await fetch(`${DOCKET}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: DOCKET },
    body: JSON.stringify({ email: `${who}-${randomUUID()}@example.com`, password: "bench password", name: who }),
  });
  const { user } = await signUp.json();
  const cookie = signUp.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const created = await fetch(`${DOCKET}/api/auth/api-key/create`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: DOCKET, cookie },
    body: JSON.stringify({ name: "bench", password: "bench password" }),
  });
  const { key } = await created.json();
  return { user, auth: { authorization: `Bearer ${key}`, "content-type": "application/json" } };
}

/** The floor comparisons: GET (50 tasks) and POST against Docket, a minimal Next route and node:http. */
async function floors(env) {
  const { user, auth } = await signUpWithKey("bench");
  for (let i = 0; i < 50; i++) {
    // A fifth of them due today, so the due=today list has work to do.
    const due = i % 5 === 0 ? { due_string: "today" } : {};
    await fetch(`${DOCKET}/api/v1/tasks`, { method: "POST", headers: auth, body: JSON.stringify({ title: `Task ${i}`, ...due }) });
  }
  // The floor app is built outside the repository: inside it, Next would also pick up Docket's
  // own proxy.ts and instrumentation.ts. Same versions of next, react, pg and fractional-indexing, from npm's cache.
  const version = (name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8")).version;
  floorDir = mkdtempSync(path.join(tmpdir(), "docket-floor-"));
  cpSync("bench/api/minimal-next", floorDir, { recursive: true });
  writeFileSync(
    path.join(floorDir, "package.json"),
    JSON.stringify({ private: true, type: "module", dependencies: Object.fromEntries(["next", "react", "react-dom", "pg", "fractional-indexing"].map((n) => [n, version(n)])) }),
  );
  if (spawnSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund"], { cwd: floorDir, stdio: "ignore" }).status !== 0) throw new Error("installing the floor app failed");
  if (spawnSync("node_modules/.bin/next", ["build"], { cwd: floorDir, stdio: "ignore" }).status !== 0) throw new Error("building the floor app failed");
  children.push(spawn("node_modules/.bin/next", ["start", "-p", String(PORT + 1)], { cwd: floorDir, stdio: "ignore", env: { ...env, BENCH_USER_ID: user.id } }));
  await waitFor(`http://localhost:${PORT + 1}/api/tasks`);
  const bare = await startBareServer(PORT + 2, dbUrl, user.id);

  const targets = [
    ["Docket (/api/v1/tasks)", `${DOCKET}/api/v1/tasks`, auth],
    ["minimal Next route", `http://localhost:${PORT + 1}/api/tasks`, { "content-type": "application/json" }],
    ["node:http + pg", `http://127.0.0.1:${PORT + 2}/`, { "content-type": "application/json" }],
  ];
  const results = {};
  for (const [name, url, headers] of targets) {
    // Listing stays at 50 tasks: the POST run adds tasks afterwards, and the list returns 50.
    results[name] = { get: await load(url, { headers }) };
  }
  const dueToday = await load(`${DOCKET}/api/v1/tasks?due=today`, { headers: auth });
  for (const [name, url, headers] of targets) {
    results[name].post = await load(url, { method: "POST", headers, body: JSON.stringify({ title: "Bench task" }) });
  }
  await bare.close();

  for (const op of ["get", "post"]) {
    console.log(`\n${op === "get" ? "GET /api/v1/tasks (50 tasks)" : "POST /api/v1/tasks"}`);
    for (const [name] of targets) {
      const r = results[name][op];
      console.log(`  ${name.padEnd(24)} ${r.rps.toFixed(0).padStart(6)} req/s   p95 ${r.p95.toFixed(1).padStart(6)} ms${r.non2xx ? `   (${r.non2xx} errors)` : ""}`);
    }
    const docket = results[targets[0][0]][op].rps;
    console.log(`  Docket / minimal Next: ${(docket / results[targets[1][0]][op].rps).toFixed(2)}×   Docket / node:http: ${(docket / results[targets[2][0]][op].rps).toFixed(2)}×   (aim ≥ 0.7× minimal Next)`);
    if (op === "get") console.log(`  Docket ?due=today (10 of 50, index tasks_user_due_idx) ${dueToday.rps.toFixed(0).padStart(6)} req/s   p95 ${dueToday.p95.toFixed(1).padStart(6)} ms`);
  }
}

/** Search: one user with SEARCH_TASKS tasks (made through the API), searched and listed. */
async function search() {
  const { auth } = await signUpWithKey("search");
  const started = Date.now();
  const tasks = benchTasks(SEARCH_TASKS);
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < tasks.length) {
        const task = tasks[next++];
        const r = await fetch(`${DOCKET}/api/v1/tasks`, { method: "POST", headers: auth, body: JSON.stringify(task) });
        if (r.status !== 201) throw new Error(`adding a task answered ${r.status}`);
      }
    }),
  );
  // Autovacuum analyzes a table after this many inserts; here it may not have run yet.
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  await db.query("analyze tasks");
  await db.end();
  console.log(`\nGET /api/v1/tasks over ${SEARCH_TASKS.toLocaleString("en-US")} tasks of one user (made in ${((Date.now() - started) / 1000).toFixed(0)} s through the API)`);
  const cases = [
    ["plain list (first 50)", ""],
    ["q=dentsit (a typo)", "?q=dentsit"],
    ["q=groceries", "?q=groceries"],
    ["q=call%20mom (two words)", "?q=call%20mom"],
    ["q=report", "?q=report"],
    ["q=bo (two letters)", "?q=bo"],
    ["q=the (in most tasks)", "?q=the"],
  ];
  console.log(`  ${"".padEnd(26)} ${CONNECTIONS} connections            1 connection (no queueing)`);
  for (const [name, query] of cases) {
    const first = await (await fetch(`${DOCKET}/api/v1/tasks${query}`, { headers: auth })).json();
    const r = await load(`${DOCKET}/api/v1/tasks${query}`, { headers: auth });
    const alone = await load(`${DOCKET}/api/v1/tasks${query}`, { headers: auth, connections: 1 });
    const errors = r.non2xx + alone.non2xx;
    console.log(
      `  ${name.padEnd(26)} ${r.rps.toFixed(0).padStart(5)} req/s  p95 ${r.p95.toFixed(1).padStart(6)} ms   p95 ${alone.p95.toFixed(1).padStart(5)} ms` +
        `${errors ? `   (${errors} errors)` : ""}   ${first.tasks.length} shown, first: ${first.tasks[0]?.title ?? "—"}`,
    );
  }
}

async function main() {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  try {
    const next = "node_modules/.bin/next";
    // Its own build folder, so a running `npm start` of this checkout keeps its build.
    const distDir = ".next-bench";
    if (spawnSync(next, ["build"], { stdio: "ignore", env: { ...process.env, NEXT_DIST_DIR: distDir } }).status !== 0) throw new Error("next build failed");
    const env = { ...process.env, NODE_ENV: "production", DATABASE_URL: dbUrl, LOG_LEVEL: "warn" };
    children.push(
      spawn(process.execPath, ["scripts/start.mjs", "-p", String(PORT)], {
        stdio: "ignore",
        env: { ...env, NEXT_DIST_DIR: distDir, BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret-01", BETTER_AUTH_URL: DOCKET, RATE_LIMIT_API_PER_MIN: "100000000" },
      }),
    );
    await waitFor(`${DOCKET}/api/health`);
    console.log(`${CONNECTIONS} connections, ${DURATION} s each, PostgreSQL on this machine:`);
    if (!ONLY_SEARCH) await floors(env);
    await search();
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await sleep(500);
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
    if (floorDir) rmSync(floorDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  for (const child of children) child.kill("SIGTERM");
  process.exit(1);
});
