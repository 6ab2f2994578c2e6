// npm test: the whole suite. vitest (units and integration on real databases), then Playwright
// (real Chromium against a production build). Ends with one "N passed, N failed" line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const out = ".test-results";
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;
const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
};

function ensureBrowser() {
  if (existsSync("/usr/bin/chromium")) return true;
  console.log("No system Chromium at /usr/bin/chromium: installing Playwright's Chromium…");
  if (run("npx", ["playwright", "install", "chromium"]) === 0) return true;
  console.error(
    "\nCould not get a browser for the end-to-end tests.\n" +
      "Install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`) or allow `npx playwright install chromium` to download, then run `npm test` again.\n",
  );
  return false;
}

const vitestStatus = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${out}/vitest.json`]);
const vitest = readJson(`${out}/vitest.json`);
let passed = vitest?.numPassedTests ?? 0;
let failed = vitest?.numFailedTests ?? (vitestStatus === 0 ? 0 : 1);

let playwrightStatus = 1;
if (ensureBrowser()) {
  playwrightStatus = run("npx", ["playwright", "test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${out}/playwright.json` });
  const stats = readJson(`${out}/playwright.json`)?.stats;
  passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  failed += stats?.unexpected ?? (playwrightStatus === 0 ? 0 : 1);
} else {
  failed += 1;
}

const ok = vitestStatus === 0 && playwrightStatus === 0 && failed === 0;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
