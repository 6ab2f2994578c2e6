// The servers the Playwright suite runs against, from one production build:
//   :3100  Docket with the built-in offline assistant (most specs)
//   :3101  Docket with OPENAI_BASE_URL pointing at the fake OpenAI-compatible server on :3199
//   :3102  Docket on the PostgreSQL server (E2E_DATABASE_URL, a database made for this run and
//          dropped after), for the API-key and MCP specs, which also read the database directly
// Each Docket gets a fresh data directory under E2E_DATA_DIR, its own secret and raised limits.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";

const dataRoot = process.env.E2E_DATA_DIR ?? path.resolve(".test-data", `e2e-${Date.now()}`);
const next = path.resolve("node_modules/.bin/next");
const children = [];

const limits = {
  RATE_LIMIT_SIGNUP_PER_MIN: "1000",
  RATE_LIMIT_SIGNIN_FAILS_PER_15MIN: "1000",
  RATE_LIMIT_CHAT_PER_MIN: "1000",
  RATE_LIMIT_API_PER_MIN: "100000",
};

function start(name, command, args, env) {
  const child = spawn(command, args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...env } });
  child.on("exit", (code) => {
    if (!stopping) {
      console.error(`${name} exited (${code}); stopping the e2e servers`);
      stop(1);
    }
  });
  children.push(child);
}

async function waitFor(url, seconds = 120) {
  for (let i = 0; i < seconds * 4; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up`);
}

let stopping = false;
async function stop(code = 0) {
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  await dropDatabase().catch(() => {});
  process.exit(code);
}

const databaseUrl = process.env.E2E_DATABASE_URL;
const adminUrl = databaseUrl ? Object.assign(new URL(databaseUrl), { pathname: "/postgres" }).toString() : undefined;
const databaseName = databaseUrl ? new URL(databaseUrl).pathname.slice(1) : undefined;
async function admin(sql) {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
async function dropDatabase() {
  if (databaseName) await admin(`drop database if exists ${databaseName} with (force)`);
}
process.on("SIGTERM", () => stop(0));
process.on("SIGINT", () => stop(0));

const build = spawnSync(next, ["build"], { stdio: ["ignore", "ignore", "inherit"] });
if (build.status !== 0) {
  console.error("next build failed");
  process.exit(1);
}

start("fake OpenAI server", process.execPath, ["test/fixtures/fake-openai.mjs", "3199"], {});
await waitFor("http://127.0.0.1:3199/health");
const common = { ...limits, BETTER_AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789", LOG_LEVEL: "warn" };
start("Docket (OpenAI-compatible)", next, ["start", "-p", "3101"], {
  ...common,
  DATA_DIR: path.join(dataRoot, "openai"),
  BETTER_AUTH_URL: "http://localhost:3101",
  OPENAI_BASE_URL: "http://127.0.0.1:3199/v1",
  OPENAI_MODEL: "fake-model",
});
await waitFor("http://localhost:3101/api/health");
if (databaseName) {
  await admin(`create database ${databaseName}`);
  start("Docket (Postgres)", next, ["start", "-p", "3102"], {
    ...common,
    DATABASE_URL: databaseUrl,
    BETTER_AUTH_URL: "http://localhost:3102",
    MCP_ALLOWED_ORIGINS: "https://inspector.example",
  });
  await waitFor("http://localhost:3102/api/health");
}
start("Docket (offline)", next, ["start", "-p", "3100"], {
  ...common,
  DATA_DIR: path.join(dataRoot, "offline"),
  BETTER_AUTH_URL: "http://localhost:3100",
});
