import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import pg from "pg";

export const PASSWORD = "correct horse battery";

export const uniqueEmail = (who = "user") => `${who}-${randomUUID().slice(0, 8)}@example.com`;

export async function signUp(page: Page, email = uniqueEmail(), password = PASSWORD): Promise<string> {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tasks" })).toBeVisible();
  return email;
}

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

export async function addTask(page: Page, title: string): Promise<void> {
  const input = page.getByRole("textbox", { name: "New task" });
  await input.fill(title);
  await input.press("Enter");
  await expect(input).toHaveValue("");
  await expect(page.getByRole("listitem").filter({ hasText: title }).getByText(/^#\d+$/)).toBeVisible();
}

export const pendingList = (page: Page) => page.getByRole("list", { name: "Pending tasks" });
export const completedList = (page: Page) => page.getByRole("list", { name: "Completed tasks" });

type Playwright = { request: { newContext: (options: object) => Promise<APIRequestContext> } };

/** An API client signed in as a new user on the Docket at `base` (its session cookie kept). */
export async function signedUpClient(playwright: Playwright, base: string, who = "api"): Promise<APIRequestContext> {
  const api = await playwright.request.newContext({ baseURL: base, extraHTTPHeaders: { origin: base } });
  const response = await api.post("/api/auth/sign-up/email", { data: { email: uniqueEmail(who), password: PASSWORD, name: who } });
  expect(response.status()).toBe(200);
  return api;
}

/** An API client for a new user that authenticates with an API key (Authorization: Bearer). */
export async function apiKeyClient(playwright: Playwright, base: string, who = "api"): Promise<APIRequestContext> {
  const session = await signedUpClient(playwright, base, who);
  const created = await session.post("/api/auth/api-key/create", { data: { name: `${who} key`, password: PASSWORD } });
  expect(created.status()).toBe(200);
  const { key } = (await created.json()) as { key: string };
  return playwright.request.newContext({ baseURL: base, extraHTTPHeaders: { authorization: `Bearer ${key}` } });
}

/** A query on the `postgres` Docket's database (E2E_DATABASE_URL), for specs that check rows. */
export async function sql<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Axe finds nothing serious or critical on the page as it is now. */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(serious).toEqual([]);
}

/** The date `offset` days from today in an IANA zone, YYYY-MM-DD (calendar days, whatever the clock does). */
export function dateIn(timezone: string, offset = 0): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: timezone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  const day = new Date(`${today}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + offset);
  return day.toISOString().slice(0, 10);
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** "Thu 26 Nov", as Docket writes a day (no year). */
export function dayName(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

/** The page's session as a JSON API client (same cookies, same origin), e.g. to create tasks with due dates. */
export function sessionApi(page: Page) {
  const origin = new URL(page.url()).origin;
  const headers = { origin };
  return {
    async createTask(data: Record<string, unknown>): Promise<{ id: number } & Record<string, unknown>> {
      const response = await page.request.post(`${origin}/api/v1/tasks`, { data, headers });
      expect(response.status(), await response.text()).toBe(201);
      return response.json();
    },
    async updateTask(id: number, data: Record<string, unknown>): Promise<Record<string, unknown>> {
      const response = await page.request.patch(`${origin}/api/v1/tasks/${id}`, { data, headers });
      expect(response.status(), await response.text()).toBe(200);
      return response.json();
    },
    async task(id: number): Promise<Record<string, unknown>> {
      const response = await page.request.get(`${origin}/api/v1/tasks/${id}`);
      expect(response.status()).toBe(200);
      return response.json();
    },
    async me(): Promise<{ timezone: string; locale: string }> {
      const response = await page.request.get(`${origin}/api/v1/me`);
      expect(response.status()).toBe(200);
      return response.json();
    },
  };
}

/**
 * Nothing on the page is wider than the window: the document does not scroll sideways, and no
 * visible element's box reaches past the right (or left) edge, unless an ancestor that scrolls or
 * clips sideways keeps it inside (a table in its own scroll box, a truncated title).
 * The width is the root's clientWidth: with `isMobile`, Chromium widens the layout viewport (and
 * window.innerWidth) to fit content that overflows, as phones do, so innerWidth would hide it.
 */
export async function expectNoSidewaysOverflow(page: Page): Promise<void> {
  const found = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clippedInside = (el: Element): boolean => {
      for (let parent = el.parentElement; parent && parent !== document.documentElement; parent = parent.parentElement) {
        const { overflowX } = getComputedStyle(parent);
        if (overflowX !== "visible") {
          const box = parent.getBoundingClientRect();
          return box.left >= -1 && box.right <= width + 1;
        }
      }
      return false;
    };
    const describe = (el: Element) => {
      const box = el.getBoundingClientRect();
      const name = el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 40) ?? "";
      return `<${el.tagName.toLowerCase()} class="${String(el.getAttribute("class") ?? "").slice(0, 60)}"> “${name}” ${Math.round(box.left)}–${Math.round(box.right)} px`;
    };
    const outside: string[] = [];
    for (const el of document.body.querySelectorAll("*")) {
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if ((box.right > width + 1 || box.left < -1) && !clippedInside(el)) outside.push(describe(el));
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, outside: outside.slice(0, 10) };
  });
  expect(found.outside, `elements past the edge of a ${found.width} px window on ${page.url()}`).toEqual([]);
  expect(found.scrollWidth, `the page scrolls sideways at ${found.width} px on ${page.url()}`).toBeLessThanOrEqual(found.width);
}
