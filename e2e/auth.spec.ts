import { expect, test } from "@playwright/test";
import { PASSWORD, signIn, signUp, uniqueEmail } from "./helpers";

test("a signed-out visitor is sent to sign-in and brought back to the page afterwards", async ({ page }) => {
  const email = await signUp(page);
  await page.context().clearCookies();
  await page.goto("/trash");
  await expect(page).toHaveURL(/\/sign-in\?callbackURL=%2Ftrash/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/trash$/);
  await expect(page.getByRole("heading", { level: 1, name: "Trash" })).toBeVisible();
});

test("a taken email and a short password are explained", async ({ page }) => {
  const email = await signUp(page);
  await page.context().clearCookies();
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "An account with this email already exists" })).toBeVisible();

  await page.getByLabel("Email").fill(uniqueEmail());
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Password must be at least 8 characters" })).toBeVisible();
});

test("wrong credentials get one message whether or not the email exists", async ({ page }) => {
  const email = await signUp(page);
  await page.context().clearCookies();
  await signIn(page, email, "not the password");
  const message = page.getByRole("alert").filter({ hasText: "Wrong email or password" });
  await expect(message).toBeVisible();
  const known = await message.innerText();
  await signIn(page, uniqueEmail("nobody"), "not the password");
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password" })).toHaveText(known);
  await expect(page).toHaveURL(/\/sign-in/);
});
