import { randomUUID } from "node:crypto";
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
