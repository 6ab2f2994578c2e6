// The README's screenshots, taken from a running Docket (run by hand):
//   DOCKET_URL=http://localhost:3000 node scripts/screenshots.mjs
// Signs up a new user, adds a few dated tasks through the JSON API, has a short exchange with the
// assistant, and writes docs/screenshots/{desktop,phone}-{light,dark}.png (the list with the
// assistant beside it; the Today view on a phone) and phone-assistant-{light,dark}.png (the
// assistant's sheet). Uses the system Chromium at /usr/bin/chromium when there is one.
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const base = process.env.DOCKET_URL;
if (!base) {
  console.error("Set DOCKET_URL to a running Docket, e.g. DOCKET_URL=http://localhost:3000 node scripts/screenshots.mjs");
  process.exit(1);
}
const out = path.resolve("docs/screenshots");
const timezoneId = "Europe/London";
const password = `screenshots-${randomUUID()}`;
const email = `alex-${randomUUID().slice(0, 8)}@example.com`;

/** YYYY-MM-DD, `offset` days from today in the screenshots' zone. */
function day(offset = 0) {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: timezoneId, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

const TASKS = [
  { title: "Send the quarterly report to Priya", due_date: day(-1), priority: 1 },
  { title: "Pick up the dry cleaning", due_date: day(0), due_time: "17:30" },
  { title: "Book the dentist", due_date: day(0), priority: 2, description: "Ask for an early morning slot" },
  { title: "Water the plants", due_date: day(1) },
  { title: "Renew passport", due_date: day(3), priority: 3 },
  { title: "Plan the team offsite", due_date: day(9), description: "Shortlist three venues near the station" },
  { title: "Read “The Pragmatic Programmer”" },
];
const DONE = ["Pay the electricity bill"];
// What each message says, and the tool line that shows its reply is in.
const EXCHANGE = [
  ["remind me to call mom tomorrow at 6pm", /^Added #\d+ Call mom$/],
  ["what's due today?", /^Found \d+ pending tasks?$/],
];

const browser = await chromium.launch({
  executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
  args: ["--no-sandbox", "--disable-gpu"],
});
const context = await browser.newContext({ baseURL: base, timezoneId, locale: "en-GB", viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
page.setDefaultTimeout(60_000);

// The account: signed up in the browser, so it takes the browser's zone and language.
await page.goto("/sign-up");
await page.getByLabel("Email").fill(email);
await page.getByLabel("Password", { exact: true }).fill(password);
await page.getByRole("button", { name: "Create account" }).click();
await page.getByRole("heading", { level: 1, name: "Tasks" }).waitFor();

// The tasks, through the API with the page's session.
const origin = new URL(base).origin;
async function api(method, url, data) {
  const response = await page.request.fetch(`${origin}${url}`, { method, data, headers: { origin } });
  if (!response.ok()) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
  return response.json();
}
for (const title of DONE) {
  const task = await api("POST", "/api/v1/tasks", { title, due_date: day(-2) });
  await api("PATCH", `/api/v1/tasks/${task.id}`, { completed: true });
}
for (const task of TASKS) await api("POST", "/api/v1/tasks", task);

// A short exchange with the assistant, through the panel.
await page.reload();
const composer = page.getByRole("textbox", { name: "Message the assistant" });
const panel = page.getByRole("region", { name: "Assistant" });
for (const [text, done] of EXCHANGE) {
  await composer.fill(text);
  await composer.press("Enter");
  await panel.getByText(done).waitFor();
  await page.getByRole("button", { name: "Send" }).waitFor();
}
const conversation = new URL(page.url()).searchParams.get("c");

mkdirSync(out, { recursive: true });
const saved = [];
async function shoot(target, name) {
  await target.mouse.move(0, 0);
  // Let fonts, the markdown renderer and any toast settle.
  await target.waitForTimeout(600);
  const file = path.join(out, `${name}.png`);
  await target.screenshot({ path: file, animations: "disabled", caret: "hide" });
  saved.push(`${path.relative(process.cwd(), file)} (${Math.round(statSync(file).size / 1024)} KB)`);
}

for (const colorScheme of ["light", "dark"]) {
  await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
  await page.goto(`/?c=${conversation}`);
  await panel.getByText(EXCHANGE.at(-1)[1]).waitFor();
  await shoot(page, `desktop-${colorScheme}`);
}

// A phone: the Today view, then the assistant's sheet.
const phone = await browser.newContext({
  baseURL: base,
  timezoneId,
  locale: "en-GB",
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  storageState: await context.storageState(),
});
const mobile = await phone.newPage();
mobile.setDefaultTimeout(60_000);
for (const colorScheme of ["light", "dark"]) {
  await mobile.emulateMedia({ colorScheme, reducedMotion: "reduce" });
  await mobile.goto(`/today?c=${conversation}`);
  await mobile.getByRole("heading", { level: 1, name: "Today" }).waitFor();
  await shoot(mobile, `phone-${colorScheme}`);
  await mobile.getByRole("navigation", { name: "Tabs" }).getByRole("button", { name: "Assistant" }).click();
  await mobile.getByRole("dialog", { name: "Assistant" }).waitFor();
  // The keyboard would cover half of it: leave the composer unfocused.
  await mobile.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
  await shoot(mobile, `phone-assistant-${colorScheme}`);
}

await browser.close();
console.log(`Signed up ${email}; saved:\n  ${saved.join("\n  ")}`);
