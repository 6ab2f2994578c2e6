import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, expect, test } from "@playwright/test";
import { E2E_URLS } from "./ports.mjs";
import { signUp } from "./helpers";

test("Docket installs as an app: manifest, icons and a service worker that Chromium accepts", async ({ launchOptions }) => {
  // Chromium never offers to install from an incognito window, which is what test contexts are:
  // this one runs in a browser profile of its own.
  const profile = mkdtempSync(path.join(tmpdir(), "docket-pwa-"));
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL: E2E_URLS.offline });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto("/sign-in");
    const manifest = await (await page.request.get("/manifest.webmanifest")).json();
    expect(manifest).toMatchObject({ name: "Docket", display: "standalone", start_url: "/" });
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    expect(manifest.shortcuts.map((s: { name: string }) => s.name)).toEqual(["New task", "Assistant"]);
    expect(manifest.share_target).toMatchObject({ action: "/share", method: "GET" });
    for (const icon of manifest.icons) expect((await page.request.get(icon.src)).headers()["content-type"]).toBe("image/png");

    // The worker must control the page before Chromium judges it installable.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test("offline, a reload shows the offline page, and the app comes back online", async ({ page, context }) => {
  await signUp(page);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { name: "You're offline" })).toBeVisible();
  await expect(page.getByText("Nothing you saved is lost.")).toBeVisible();

  await context.setOffline(false);
  await page.getByRole("link", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tasks" })).toBeVisible();
});

test("text shared from another app opens as a quick add, saved only when the person adds it", async ({ page }) => {
  await signUp(page);
  await page.goto("/share?title=Article&text=Read%20this%20later&url=https%3A%2F%2Fexample.org%2Fa");
  const input = page.getByRole("textbox", { name: "New task" });
  await expect(input).toHaveValue("Article Read this later https://example.org/a");
  await expect(input).toBeFocused();
  await expect(page).not.toHaveURL(/add=/);
  await expect(page.getByRole("listitem").filter({ hasText: "Read this later" })).toHaveCount(0);
  await input.press("Enter");
  await expect(page.getByRole("listitem").filter({ hasText: "Article Read this later" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("textbox", { name: "New task" })).toHaveValue("");
});
