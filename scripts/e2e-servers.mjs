// The servers the Playwright suite runs against, from one production build in its own folder
// (.next-e2e, so a running `npm start` of this checkout keeps its build), each through the same
// start script users run (scripts/start.mjs). Ports come from e2e/ports.mjs (E2E_PORT, default 3100):
//   offline   Docket with the built-in offline assistant (most specs)
//   openai    Docket with OPENAI_BASE_URL pointing at the fake OpenAI-compatible server
//   postgres  Docket on the PostgreSQL server (E2E_DATABASE_URL, a database made for this run and
//             dropped after), for specs that also read the database directly
//   limits    Docket with the production default limits, for the abuse specs
// Each Docket gets a fresh data directory under E2E_DATA_DIR and its own secret; all but `limits`
// get raised limits (the limiter stays on).
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { E2E_PORTS, E2E_URLS } from "../e2e/ports.mjs";

const dataRoot = process.env.E2E_DATA_DIR ?? path.resolve(".test-data", `e2e-${Date.now()}`);
const distDir = process.env.NEXT_DIST_DIR || ".next-e2e";
const children = [];

const raisedLimits = {
  RATE_LIMIT_SIGNUP_PER_MIN: "1000",
  RATE_LIMIT_SIGNIN_FAILS_PER_15MIN: "1000",
  RATE_LIMIT_CHAT_PER_MIN: "1000",
  RATE_LIMIT_API_PER_MIN: "100000",
};

function start(name, command, args, env) {
  const child = spawn(command, args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_DIST_DIR: distDir, ...env } });
  child.on("exit", (code) => {
    if (!stopping) {
      console.error(`${name} exited (${code}); stopping the e2e servers`);
      stop(1);
    }
  });
  children.push(child);
}
const docket = (name, port, env) => start(name, process.execPath, ["scripts/start.mjs", "-p", String(port)], env);

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

const build = spawnSync(path.resolve("node_modules/.bin/next"), ["build"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_DIST_DIR: distDir } });
if (build.status !== 0) {
  console.error("next build failed");
  process.exit(1);
}

// No SMTP server in tests: reset links go to the log, as on a developer's machine. Reminders are
// looked at every 2 s, and pushes may go to the specs' own push service.
const common = {
  BETTER_AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789",
  LOG_LEVEL: "warn",
  RESET_LINKS_IN_LOG: "true",
  REMINDERS_INTERVAL_SECONDS: "2",
  PUSH_TEST_ENDPOINTS: `${E2E_URLS.pushService}/`,
  CRON_SECRET: "e2e-cron-secret-e2e-cron-secret",
};
start("fake OpenAI server", process.execPath, ["test/fixtures/fake-openai.mjs", String(E2E_PORTS.fakeOpenai)], {});
await waitFor(`${E2E_URLS.fakeOpenai}/health`);
docket("Docket (OpenAI-compatible)", E2E_PORTS.openai, {
  ...common,
  ...raisedLimits,
  DATA_DIR: path.join(dataRoot, "openai"),
  BETTER_AUTH_URL: E2E_URLS.openai,
  OPENAI_BASE_URL: `${E2E_URLS.fakeOpenai}/v1`,
  OPENAI_MODEL: "fake-model",
});
docket("Docket (default limits)", E2E_PORTS.limits, { ...common, DATA_DIR: path.join(dataRoot, "limits"), BETTER_AUTH_URL: E2E_URLS.limits });
if (databaseName) {
  await admin(`create database ${databaseName}`);
  docket("Docket (Postgres)", E2E_PORTS.postgres, {
    ...common,
    ...raisedLimits,
    DATABASE_URL: databaseUrl,
    BETTER_AUTH_URL: E2E_URLS.postgres,
    MCP_ALLOWED_ORIGINS: "https://inspector.example",
  });
  await waitFor(`${E2E_URLS.postgres}/api/health`);
}
await waitFor(`${E2E_URLS.openai}/api/health`);
await waitFor(`${E2E_URLS.limits}/api/health`);
docket("Docket (offline)", E2E_PORTS.offline, { ...common, ...raisedLimits, DATA_DIR: path.join(dataRoot, "offline"), BETTER_AUTH_URL: E2E_URLS.offline });
