import { expect, test } from "@playwright/test";
import { PASSWORD, uniqueEmail } from "./helpers";
import { E2E_URLS } from "./ports.mjs";

// The `openai` Docket talks to the fake OpenAI-compatible server, which repeats "reply with: …" verbatim.
const DOCKET = E2E_URLS.openai;

test("hostile markdown from the model runs nothing, links are inert and no remote image loads", async ({ page }) => {
  const remote: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(DOCKET) && !r.url().startsWith("data:")) remote.push(r.url());
  });
  const alerts: string[] = [];
  page.on("dialog", (d) => {
    alerts.push(d.message());
    void d.dismiss();
  });

  await page.goto(`${DOCKET}/sign-up`);
  await page.getByLabel("Email").fill(uniqueEmail("md"));
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tasks" })).toBeVisible();

  const hostile = [
    "reply with: Hello **bold**",
    "<script>window.__pwned = 1; alert('script')</script>",
    "<img src=x onerror=\"window.__pwned = 2; alert('img')\">",
    "[click me](javascript:alert('link'))",
    "![tracker](https://tracker.example.com/pixel.png)",
    "[docs](https://example.com/docs)",
  ].join("\n\n");
  const input = page.getByRole("textbox", { name: "Message the assistant" });
  await input.fill(hostile);
  await input.press("Enter");
  const reply = page.getByRole("region", { name: "Assistant" });
  await expect(reply.locator("strong", { hasText: "bold" })).toBeVisible();
  await expect(reply.getByText("click me", { exact: true })).toBeVisible();
  await page.waitForTimeout(500);

  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(alerts).toEqual([]);
  await expect(reply.locator("script")).toHaveCount(0);
  await expect(reply.locator("img")).toHaveCount(0);
  // The javascript: link is plain text; the https link opens safely in a new tab.
  await expect(reply.getByRole("link", { name: "click me" })).toHaveCount(0);
  const docs = reply.getByRole("link", { name: "docs" });
  await expect(docs).toHaveAttribute("href", "https://example.com/docs");
  await expect(docs).toHaveAttribute("rel", "noopener noreferrer");
  await expect(docs).toHaveAttribute("target", "_blank");
  expect(remote).toEqual([]);
});
