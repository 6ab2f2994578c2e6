import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousViolations, pendingList, sessionApi, signUp } from "./helpers";

const palette = (page: Page) => page.getByRole("dialog", { name: "Search tasks and commands" });
const search = (page: Page) => palette(page).getByRole("combobox", { name: "Search tasks, lists, labels and actions" });

test("Ctrl+K finds a task by a misspelt word, and Enter opens it highlighted, all from the keyboard", async ({ page }) => {
  await signUp(page);
  const api = sessionApi(page);
  for (let i = 1; i <= 25; i++) await api.createTask({ title: `Filler task ${i}` });
  await api.createTask({ title: "Dentist appointment", description: "Bring the insurance card" });
  await page.reload();

  await page.keyboard.press("Control+k");
  await expect(palette(page)).toBeVisible();
  await expect(search(page)).toBeFocused();
  await expectNoSeriousViolations(page);

  await page.keyboard.type("dentsit");
  const found = palette(page).getByRole("option", { name: /#26\s*Dentist appointment/ });
  await expect(found).toBeVisible();
  await expect(found).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");

  await expect(palette(page)).toHaveCount(0);
  const row = pendingList(page).getByRole("listitem").filter({ hasText: "Dentist appointment" });
  await expect(row).toHaveAttribute("data-highlight", "");
  await expect(row).toBeInViewport();
  await expect(row.getByRole("checkbox", { name: "Select #26", exact: true })).toBeFocused();
  // The address forgets the task, so a reload doesn't highlight it again.
  await expect(page).toHaveURL(/\/$/);
  await expect(row).not.toHaveAttribute("data-highlight", "", { timeout: 5_000 });
});

test("/ opens the palette outside text fields; it finds words in descriptions, says when nothing matches, and runs actions", async ({ page }) => {
  await signUp(page);
  await sessionApi(page).createTask({ title: "Call the plumber", description: "About the leaking kitchen tap" });
  await page.reload();

  // In a text field, / is typed.
  await page.getByRole("textbox", { name: "New task" }).focus();
  await page.keyboard.type("a/b");
  await expect(page.getByRole("textbox", { name: "New task" })).toHaveValue("a/b");
  await expect(palette(page)).toHaveCount(0);

  await page.getByRole("heading", { level: 1, name: "Tasks" }).click();
  await page.keyboard.press("/");
  await expect(search(page)).toBeFocused();
  await page.keyboard.type("leaking tap");
  await expect(palette(page).getByRole("option", { name: /#1\s*Call the plumber/ })).toBeVisible();

  await search(page).fill("zqxwv");
  await expect(palette(page).getByText("No tasks match ‘zqxwv’")).toBeVisible();

  await search(page).fill("upcoming");
  await expect(palette(page).getByRole("option", { name: "Go to Upcoming" })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/upcoming$/);

  // Escape closes it and gives the focus back.
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(palette(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(palette(page)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Search", exact: true })).toBeFocused();
});
