import { expect, test } from "@playwright/test";
import { addTask, completedList, pendingList, signIn, signOut, signUp, uniqueEmail } from "./helpers";

test("a user keeps a task list across edits, deletes, the trash, reloads and accounts", async ({ page }) => {
  const first = await signUp(page, uniqueEmail("first"));
  await expect(page.getByRole("main").getByText("No tasks yet")).toBeVisible();

  await addTask(page, "Buy groceries");
  await addTask(page, "Call mom");
  await addTask(page, "Write report");
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/#1\s*Buy groceries/, /#2\s*Call mom/, /#3\s*Write report/]);

  // Complete one: it moves to Completed.
  await page.getByRole("checkbox", { name: "Mark #1 as done" }).click();
  await expect(completedList(page).getByRole("listitem")).toHaveText([/#1\s*Buy groceries/]);
  await expect(page.getByRole("checkbox", { name: "Mark #1 as not done" })).toBeChecked();

  // Edit one in place.
  await page.getByRole("button", { name: "Edit #2" }).click();
  await page.getByRole("textbox", { name: "Title" }).fill("Call mom tonight");
  await page.getByRole("textbox", { name: "Description", exact: true }).last().fill("After dinner");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(pendingList(page).getByRole("listitem").filter({ hasText: "#2" })).toContainText("Call mom tonight");
  await expect(pendingList(page).getByText("After dinner")).toBeVisible();

  // Delete one and undo.
  await page.getByRole("button", { name: "Delete #3" }).click();
  await expect(page.getByText("Moved #3 to the trash")).toBeVisible();
  await expect(pendingList(page).getByText("Write report")).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(pendingList(page).getByText("Write report")).toBeVisible();
  await expect(page.getByText("Restored #3")).toBeVisible();

  // Delete another and restore it from the Trash.
  await page.getByRole("button", { name: "Delete #2" }).click();
  await expect(page.getByText("Moved #2 to the trash")).toBeVisible();
  await expect(pendingList(page).getByText("Call mom tonight")).toHaveCount(0);
  await page.getByRole("link", { name: "Trash" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Trash" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Deleted tasks" }).getByRole("listitem")).toHaveText([/#2\s*Call mom tonight/]);
  await page.getByRole("button", { name: "Restore #2" }).click();
  await expect(page.getByText("Trash is empty")).toBeVisible();
  await expect(page.getByText("Restored #2")).toBeVisible();
  await page.getByRole("link", { name: "Tasks" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tasks" })).toBeVisible();

  // A reload shows the same state.
  await page.reload();
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/#2\s*Call mom tonight\s*After dinner/, /#3\s*Write report/]);
  await expect(completedList(page).getByRole("listitem")).toHaveText([/#1\s*Buy groceries/]);

  // A second user sees none of it.
  await signOut(page);
  await signUp(page, uniqueEmail("second"));
  await expect(page.getByRole("main").getByText("No tasks yet")).toBeVisible();
  await addTask(page, "Second user's task");
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/#1\s*Second user's task/]);

  // And the first user finds everything as they left it.
  await signOut(page);
  await signIn(page, first);
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/#2\s*Call mom tonight/, /#3\s*Write report/]);
  await expect(completedList(page).getByRole("listitem")).toHaveText([/#1\s*Buy groceries/]);
  await expect(page.getByText("Second user's task")).toHaveCount(0);
});

test("an invalid title is explained next to the field and nothing is added", async ({ page }) => {
  await signUp(page);
  const input = page.getByRole("textbox", { name: "New task" });
  await input.fill("x".repeat(201));
  await input.press("Enter");
  await expect(page.getByText("Title must be 200 characters or fewer")).toBeVisible();
  await expect(input).toHaveValue("x".repeat(201));
  await input.fill("   ");
  await input.press("Enter");
  await expect(page.getByText("Title can't be empty")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("main").getByText("No tasks yet")).toBeVisible();
});

test("a description can be added with a new task, and the input keeps focus for the next one", async ({ page }) => {
  await signUp(page);
  const input = page.getByRole("textbox", { name: "New task" });
  await input.fill("Plan trip");
  await page.getByRole("button", { name: "Add description" }).click();
  await page.getByRole("textbox", { name: "Description" }).fill("Book train and hotel");
  await input.press("Enter");
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/#1\s*Plan trip\s*Book train and hotel/]);
  await expect(input).toBeFocused();
});

test("a number deleted forever is never given out again", async ({ page }) => {
  await signUp(page);
  await addTask(page, "First");
  await addTask(page, "Second");
  await page.getByRole("button", { name: "Delete #2" }).click();
  await expect(page.getByText("Moved #2 to the trash")).toBeVisible();
  await page.goto("/trash");
  await page.getByRole("button", { name: "Delete forever #2" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("Delete #2 forever?");
  await dialog.getByRole("button", { name: "Delete forever" }).click();
  await expect(page.getByText("Trash is empty")).toBeVisible();
  await page.goto("/");
  await addTask(page, "Third");
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/#1\s*First/, /#3\s*Third/]);
});

test("empty trash asks first, and Cancel keeps everything", async ({ page }) => {
  await signUp(page);
  await addTask(page, "Old");
  await page.getByRole("button", { name: "Delete #1" }).click();
  await expect(page.getByText("Moved #1 to the trash")).toBeVisible();
  await page.goto("/trash");
  await page.getByRole("button", { name: "Empty trash" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("list", { name: "Deleted tasks" }).getByRole("listitem")).toHaveCount(1);
  await page.getByRole("button", { name: "Empty trash" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Empty trash" }).click();
  await expect(page.getByText("Trash is empty")).toBeVisible();
  await expect(page.getByText("Emptied the trash (1 task)")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Trash is empty")).toBeVisible();
});
