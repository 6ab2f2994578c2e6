import { expect, test, type Page } from "@playwright/test";
import { completedList, expectNoSeriousViolations, pendingList, sessionApi, signUp } from "./helpers";

/** A new user with these tasks (#1, #2, … in this order), the board reloaded to show them. */
async function withTasks(page: Page, titles: string[]) {
  await signUp(page);
  const api = sessionApi(page);
  for (const title of titles) await api.createTask({ title });
  await page.reload();
  await expect(pendingList(page).getByRole("listitem")).toHaveCount(titles.length);
  return api;
}

const row = (page: Page, title: string) => pendingList(page).getByRole("listitem").filter({ hasText: title });
const selectBox = (page: Page, id: number) => page.getByRole("checkbox", { name: `Select #${id}`, exact: true });
const selectionBar = (page: Page) => page.getByRole("region", { name: "Selected tasks" });

test("a task dragged with the mouse stays where it was dropped after a reload", async ({ page }) => {
  await withTasks(page, ["Alpha", "Bravo", "Charlie"]);
  const handle = page.getByRole("button", { name: "Move #3", exact: true });
  // The drag code loads when the pointer first comes over the list.
  await handle.hover();
  await expect(pendingList(page)).toHaveAttribute("data-drag-ready", "true");

  const from = (await handle.boundingBox())!;
  const target = (await row(page, "Alpha").boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
  await page.mouse.move(from.x + from.width / 2, target.y + 4, { steps: 15 });
  await page.mouse.up();

  await expect(pendingList(page).getByRole("listitem")).toHaveText([/Charlie/, /Alpha/, /Bravo/]);
  await expect(page.getByRole("status").filter({ hasText: "Moved #3 Charlie before #1 Alpha." })).toBeAttached();
  await page.waitForLoadState("networkidle");
  await page.reload();
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/Charlie/, /Alpha/, /Bravo/]);
});

test("Alt+↓ and Alt+↑ move the focused task within its list, kept after a reload", async ({ page }) => {
  const api = await withTasks(page, ["Alpha", "Bravo", "Charlie"]);
  await selectBox(page, 1).focus();
  await page.keyboard.press("Alt+ArrowDown");
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/Bravo/, /Alpha/, /Charlie/]);
  await expect(page.getByRole("status").filter({ hasText: "Moved #1 Alpha after #2 Bravo." })).toBeAttached();
  // The task keeps the focus, so it can go on moving.
  await expect(selectBox(page, 1)).toBeFocused();
  await page.keyboard.press("Alt+ArrowDown");
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/Bravo/, /Charlie/, /Alpha/]);
  await expect(selectBox(page, 1)).toBeFocused();
  await page.keyboard.press("Alt+ArrowDown");
  await expect(page.getByRole("status").filter({ hasText: "#1 is already at the bottom of its list." })).toBeAttached();

  // The handle moves with the arrow keys alone.
  await page.getByRole("button", { name: "Move #3", exact: true }).focus();
  await page.keyboard.press("ArrowUp");
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/Charlie/, /Bravo/, /Alpha/]);

  const position = async (id: number) => String((await api.task(id)).position);
  await expect.poll(async () => (await position(3)) < (await position(2))).toBe(true);
  await page.reload();
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/Charlie/, /Bravo/, /Alpha/]);
  // Done tasks keep their place apart and offer no handle.
  await page.getByRole("checkbox", { name: "Mark #2 as done" }).click();
  await expect(completedList(page).getByRole("button", { name: "Move #2", exact: true })).toHaveCount(0);
  await selectBox(page, 2).focus();
  await page.keyboard.press("Alt+ArrowUp");
  await expect(page.getByRole("status").filter({ hasText: "Done tasks keep their place." })).toBeAttached();
});

test("tasks picked with the checkbox and Shift+click are completed in one go, and one Undo reopens them all", async ({ page }) => {
  await withTasks(page, ["Alpha", "Bravo", "Charlie", "Delta"]);
  await selectBox(page, 1).check();
  await expect(selectionBar(page)).toContainText("1 selected");
  await row(page, "Charlie").getByText("Charlie").click({ modifiers: ["Shift"] });
  await expect(selectionBar(page)).toContainText("3 selected");
  for (const id of [1, 2, 3]) await expect(selectBox(page, id)).toBeChecked();
  await expect(selectBox(page, 4)).not.toBeChecked();
  await expectNoSeriousViolations(page);

  await selectionBar(page).getByRole("button", { name: "Complete 3 tasks" }).click();
  await expect(completedList(page).getByRole("listitem")).toHaveText([/Alpha/, /Bravo/, /Charlie/]);
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/Delta/]);
  await expect(selectionBar(page)).toHaveCount(0);

  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("Undone: completed 3 tasks")).toBeVisible();
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/Alpha/, /Bravo/, /Charlie/, /Delta/]);
  await page.reload();
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/Alpha/, /Bravo/, /Charlie/, /Delta/]);
});

test("a bulk delete goes to the trash with one Undo that brings every task back in place", async ({ page }) => {
  const api = await withTasks(page, ["Alpha", "Bravo", "Charlie"]);
  await selectBox(page, 1).check();
  await selectBox(page, 3).check();
  await selectionBar(page).getByRole("button", { name: "Delete 2 tasks" }).click();
  await expect(page.getByText("Moved 2 tasks to the trash")).toBeVisible();
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/Bravo/]);
  expect((await page.request.get(`${new URL(page.url()).origin}/api/v1/tasks/1`)).status()).toBe(404);

  await page.getByRole("button", { name: "Undo" }).click();
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/Alpha/, /Bravo/, /Charlie/]);
  expect(await api.task(1)).toMatchObject({ deleted_at: null });
  expect(await api.task(3)).toMatchObject({ deleted_at: null });
});

test("Ctrl+A selects every task, Shift+↓ extends from the keyboard, Escape clears", async ({ page }) => {
  await withTasks(page, ["Alpha", "Bravo", "Charlie"]);
  await page.getByRole("heading", { level: 1, name: "Tasks" }).click();
  await page.keyboard.press("Control+a");
  await expect(selectionBar(page)).toContainText("3 selected");
  await page.keyboard.press("Escape");
  await expect(selectionBar(page)).toHaveCount(0);

  await selectBox(page, 1).focus();
  await page.keyboard.press("Shift+ArrowDown");
  await expect(selectionBar(page)).toContainText("2 selected");
  await expect(selectBox(page, 2)).toBeFocused();
  await expect(selectBox(page, 3)).not.toBeChecked();

  // In a text field Ctrl+A stays the field's.
  await page.getByRole("textbox", { name: "New task" }).fill("Draft");
  await page.getByRole("textbox", { name: "New task" }).press("Control+a");
  await expect(selectionBar(page)).toContainText("2 selected");
});
