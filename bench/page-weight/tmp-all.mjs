// bench/page-weight — JavaScript a first visit to the signed-in home transfers (run by hand:
// `node bench/page-weight/run.mjs`). Serves `next start` on a fresh embedded database, signs up,
// then opens "/" in a fresh Chromium context and sums the transferred bytes of every JS response.
// Goal: ≤ 560 KB (about half of a reference Next.js chat app's ~1.1 MB).
// Beside another checkout's servers: PAGE_WEIGHT_PORT (or E2E_PORT + 50) picks the port and
// NEXT_DIST_DIR the build folder, as the e2e suite does; `--no-build` measures the build already there.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { chromium } from "@playwright/test";

const PORT = Number(process.env.PAGE_WEIGHT_PORT || (process.env.E2E_PORT ? Number(process.env.E2E_PORT) + 50 : 3300));
const BASE = `http://localhost:${PORT}`;
const DATA_DIR = ".test-data/page-weight";
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

rmSync(DATA_DIR, { recursive: true, force: true });
if (!process.argv.includes("--no-build") && spawnSync("node_modules/.bin/next", ["build"], { stdio: "ignore" }).status !== 0) throw new Error("next build failed");
const server = spawn("node_modules/.bin/next", ["start", "-p", String(PORT)], {
  stdio: "ignore",
  env: { ...process.env, DATA_DIR, BETTER_AUTH_SECRET: "page-weight-secret-page-weight-secret-0", BETTER_AUTH_URL: BASE },
});
try {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) break;
    } catch {}
    await sleep(250);
  }
  const browser = await chromium.launch({
    executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const signUp = await fetch(`${BASE}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: BASE },
    body: JSON.stringify({ email: `weight-${Date.now()}@example.com`, password: "page weight", name: "W" }),
  });
  const [name, value] = signUp.headers.getSetCookie()[0].split(";")[0].split("=");
  const context = await browser.newContext();
  await context.addCookies([{ name, value, url: BASE }]);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const scripts = new Map();
  let requests = 0;
  cdp.on("Network.responseReceived", (e) => {
    requests++;
    if (e.type === "Script") scripts.set(e.requestId, { url: e.response.url, bytes: 0 });
  });
  cdp.on("Network.loadingFinished", (e) => {
    const s = scripts.get(e.requestId);
    if (s) s.bytes = e.encodedDataLength;
  });
  const started = Date.now();
  await page.goto(BASE, { waitUntil: "networkidle" });
  const dcl = await page.evaluate(() => performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd);
  const total = [...scripts.values()].reduce((sum, s) => sum + s.bytes, 0);
  console.log(`Signed-in home, first visit (${Date.now() - started} ms to network idle):`);
  console.log(`  JavaScript transferred: ${(total / 1024).toFixed(1)} KB in ${scripts.size} files (goal ≤ 560 KB)`);
  console.log(`  requests: ${requests}, DOMContentLoaded: ${dcl.toFixed(0)} ms`);
  for (const s of [...scripts.values()].sort((a, b) => b.bytes - a.bytes).slice(0, 40)) {
    console.log(`    ${(s.bytes / 1024).toFixed(1).padStart(7)} KB  ${new URL(s.url).pathname}${new URL(s.url).search}`);
  }
  await browser.close();
} finally {
  server.kill("SIGTERM");
}
