import { expect, test } from "@playwright/test";
import { addTask, expectNoSeriousViolations, signUp } from "./helpers";

test("sign-in and sign-up pages have no serious accessibility violations", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in to Docket" })).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
  await expectNoSeriousViolations(page);
});

for (const scheme of ["light", "dark"] as const) {
  test(`tasks and trash pages have no serious accessibility violations (${scheme})`, async ({ page }) => {
    // Reduced motion: axe reads colours mid-animation otherwise (toasts fade in).
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    await signUp(page);
    await expectNoSeriousViolations(page); // the empty state
    await addTask(page, "Buy groceries");
    await addTask(page, "Call mom");
    await addTask(page, "Old idea");
    await page.getByRole("checkbox", { name: "Mark #1 as done" }).click();
    await page.getByRole("button", { name: "Delete #3" }).click();
    await expect(page.getByText("Moved #3 to the trash")).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Mark #1 as not done" })).toBeChecked();
    await expectNoSeriousViolations(page);
    await page.goto("/trash");
    await expect(page.getByRole("button", { name: "Restore #3" })).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}

for (const [name, viewport] of [
  ["desktop", { width: 1280, height: 800 }],
  ["mobile", { width: 390, height: 800 }],
] as const) {
  test(`the home page with the assistant panel open has no serious violations (${name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ reducedMotion: "reduce" });
    await signUp(page);
    if (name === "mobile") await page.getByRole("button", { name: "Assistant" }).click();
    const input = page.getByRole("textbox", { name: "Message the assistant" });
    await expectNoSeriousViolations(page); // empty conversation with suggestions
    await input.fill("add a task to buy groceries");
    await input.press("Enter");
    await expect(page.getByRole("region", { name: "Assistant" }).getByText("Added #1 Buy groceries")).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}
