import { expect, test } from "@playwright/test";
import { PASSWORD, sql, uniqueEmail } from "./helpers";
import { E2E_URLS } from "./ports.mjs";

// The `postgres` Docket keeps its reset tokens where this spec can read them, standing in for the
// email a person would open (no SMTP server in tests: the link also goes to the server log).
const BASE = E2E_URLS.postgres;

// E2E_DATABASE_URL is set by playwright.config.ts for every run of the suite.
test("a forgotten password is reset through the emailed link, once", async ({ page }) => {
  const email = uniqueEmail("forgot");
  await page.goto(`${BASE}/sign-up`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Show password" }).click();
  await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("type", "text");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tasks" })).toBeVisible();
  await page.context().clearCookies();

  await page.goto(`${BASE}/sign-in`);
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status")).toContainText(`If an account exists for ${email}`);
  await expect(page.getByRole("status")).toContainText("written to the server's log");

  const [row] = await sql<{ identifier: string }>(
    `select v.identifier from verification v join "user" u on u.id = v.value where u.email = $1 and v.identifier like 'reset-password:%'`,
    [email],
  );
  const token = row!.identifier.slice("reset-password:".length);
  await page.goto(`${BASE}/reset-password?token=${token}`);
  await page.getByLabel("New password").fill("a brand new horse");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("Your password was changed. Sign in with the new one.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sign in to Docket" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("a brand new horse");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tasks" })).toBeVisible();

  await page.context().clearCookies();
  await page.goto(`${BASE}/reset-password?token=${token}`);
  await page.getByLabel("New password").fill("yet another horse");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "expired or was already used" })).toBeVisible();
});
