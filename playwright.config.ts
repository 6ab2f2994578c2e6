import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

import { E2E_URLS } from "./e2e/ports.mjs";

export const BASE_URL = E2E_URLS.offline;

// One fresh data directory per run; set once in the main process, inherited by workers.
if (!process.env.E2E_DATA_DIR) {
  rmSync(path.resolve(".test-data"), { recursive: true, force: true });
  process.env.E2E_DATA_DIR = path.resolve(".test-data", `e2e-${Date.now()}`);
}

// The Postgres-backed server's database, named once here and inherited by the servers and the specs.
// Set E2E_DATABASE_URL="" to run without a PostgreSQL server (those specs then say they were left out).
if (process.env.E2E_DATABASE_URL === undefined) {
  const server = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  process.env.E2E_DATABASE_URL = Object.assign(new URL(server), { pathname: `/docket_e2e_${Date.now().toString(36)}` }).toString();
}

const systemChromium = "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  testMatch: "*.spec.ts",
  globalTeardown: "./e2e/global-teardown.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : "list",
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: existsSync(systemChromium) ? systemChromium : undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    // Builds once into .next-e2e, then serves every Docket the specs use (see the script).
    command: "node scripts/e2e-servers.mjs",
    url: `${BASE_URL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
