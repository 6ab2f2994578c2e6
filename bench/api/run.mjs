// bench/api — requests/s and p95 latency of GET /api/v1/tasks (50 tasks; and ?due=today) and POST
// /api/v1/tasks, 10 connections, against (1) Docket served as `npm start` serves it (its own server
// in front of Next; API key, request boundary, validation, limiter, ownership), (2) a minimal
// Next route handler running the same queries with no auth (the framework's floor), and (3) a bare
// node:http + pg server — one run, one PostgreSQL. Run by hand: `node bench/api/run.mjs`.
import { spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { startBareServer } from "./bare-node.mjs";

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
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

function load(url, { method = "GET", headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const times = [];
    let errors = 0;
    const instance = autocannon({ url, method, headers, body, connections: CONNECTIONS, duration: DURATION }, (error, result) => {
      if (error) return reject(error);
      resolve({ rps: result.requests.average, p95: percentile(times, 95), non2xx: result.non2xx + errors });
    });
    instance.on("response", (_client, status, _bytes, responseTime) => {
      if (status >= 400) errors++;
      times.push(responseTime);
    });
  });
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
    // The floor app is built outside the repository: inside it, Next would also pick up Docket's
    // own proxy.ts and instrumentation.ts. Same versions of next, react and pg, from npm's cache.
    const version = (name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8")).version;
    floorDir = mkdtempSync(path.join(tmpdir(), "docket-floor-"));
    cpSync("bench/api/minimal-next", floorDir, { recursive: true });
    writeFileSync(
      path.join(floorDir, "package.json"),
      JSON.stringify({ private: true, type: "module", dependencies: Object.fromEntries(["next", "react", "react-dom", "pg"].map((n) => [n, version(n)])) }),
    );
    if (spawnSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund"], { cwd: floorDir, stdio: "ignore" }).status !== 0) throw new Error("installing the floor app failed");
    if (spawnSync("node_modules/.bin/next", ["build"], { cwd: floorDir, stdio: "ignore" }).status !== 0) throw new Error("building the floor app failed");
    const env = { ...process.env, NODE_ENV: "production", DATABASE_URL: dbUrl, LOG_LEVEL: "warn" };
    children.push(
      spawn(process.execPath, ["scripts/start.mjs", "-p", "3400"], {
        stdio: "ignore",
        env: { ...env, NEXT_DIST_DIR: distDir, BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret-01", BETTER_AUTH_URL: "http://localhost:3400", RATE_LIMIT_API_PER_MIN: "100000000" },
      }),
    );
    await waitFor("http://localhost:3400/api/health");

    const signUp = await fetch("http://localhost:3400/api/auth/sign-up/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3400" },
      body: JSON.stringify({ email: `bench-${randomUUID()}@example.com`, password: "bench password", name: "Bench" }),
    });
    const { user } = await signUp.json();
    const cookie = signUp.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const created = await fetch("http://localhost:3400/api/auth/api-key/create", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3400", cookie },
      body: JSON.stringify({ name: "bench", password: "bench password" }),
    });
    const { key } = await created.json();
    const auth = { authorization: `Bearer ${key}`, "content-type": "application/json" };
    for (let i = 0; i < 50; i++) {
      // A fifth of them due today, so the due=today list has work to do.
      const due = i % 5 === 0 ? { due_string: "today" } : {};
      await fetch("http://localhost:3400/api/v1/tasks", { method: "POST", headers: auth, body: JSON.stringify({ title: `Task ${i}`, ...due }) });
    }

    children.push(spawn("node_modules/.bin/next", ["start", "-p", "3401"], { cwd: floorDir, stdio: "ignore", env: { ...env, BENCH_USER_ID: user.id } }));
    await waitFor("http://localhost:3401/api/tasks");
    const bare = await startBareServer(3402, dbUrl, user.id);

    const targets = [
      ["Docket (/api/v1/tasks)", "http://localhost:3400/api/v1/tasks", auth],
      ["minimal Next route", "http://localhost:3401/api/tasks", { "content-type": "application/json" }],
      ["node:http + pg", "http://127.0.0.1:3402/", { "content-type": "application/json" }],
    ];
    const results = {};
    for (const [name, url, headers] of targets) {
      // Listing stays at 50 tasks: the POST run adds tasks afterwards, and the list returns 50.
      results[name] = { get: await load(url, { headers }) };
    }
    const dueToday = await load("http://localhost:3400/api/v1/tasks?due=today", { headers: auth });
    for (const [name, url, headers] of targets) {
      results[name].post = await load(url, { method: "POST", headers, body: JSON.stringify({ title: "Bench task" }) });
    }
    await bare.close();

    console.log(`${CONNECTIONS} connections, ${DURATION} s each, PostgreSQL on this machine:`);
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
