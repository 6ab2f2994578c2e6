import { expect, test, type Page } from "@playwright/test";
import { addTask, pendingList, signUp } from "./helpers";

// The built-in offline assistant's language layer, in the real panel: several things in one
// message, and a task named by words that needs a "which one?".

const panel = (page: Page) => page.getByRole("region", { name: "Assistant" });
const input = (page: Page) => page.getByRole("textbox", { name: "Message the assistant" });

async function say(page: Page, text: string) {
  await input(page).fill(text);
  await input(page).press("Enter");
}

test("one message adds three tasks: three tool lines, a reply listing them, three new tasks in the list", async ({ page }) => {
  await signUp(page);
  await say(page, "add milk, eggs and bread");

  for (const line of ["Added #1 Milk", "Added #2 Eggs", "Added #3 Bread"]) {
    await expect(panel(page).getByText(line, { exact: true })).toHaveCount(1);
  }
  await expect(panel(page).getByText("Added 3 tasks:")).toBeVisible();
  for (const item of ["#1 Milk", "#2 Eggs", "#3 Bread"]) {
    await expect(panel(page).getByRole("listitem").filter({ hasText: item })).toHaveCount(1);
  }
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/#1\s*Milk/, /#2\s*Eggs/, /#3\s*Bread/]);
});

test("an ambiguous name gets a question listing both, and “the second one” deletes the right task", async ({ page }) => {
  await signUp(page);
  await addTask(page, "Team meeting");
  await addTask(page, "Buy milk");
  await addTask(page, "Meeting notes");

  await say(page, "delete the meeting task");
  // The look-up's tool line, once, and a reply that agrees with it.
  await expect(panel(page).getByText("Found 3 tasks", { exact: true })).toHaveCount(1);
  await expect(panel(page).getByText(/2 tasks match “meeting”/)).toBeVisible();
  await expect(panel(page).getByRole("listitem").filter({ hasText: "#1 Team meeting" })).toHaveCount(1);
  await expect(panel(page).getByRole("listitem").filter({ hasText: "#3 Meeting notes" })).toHaveCount(1);
  await expect(panel(page).getByText(/Which one should I delete\?/)).toBeVisible();
  // Nothing was deleted yet.
  await expect(pendingList(page).getByRole("listitem")).toHaveCount(3);

  await say(page, "the second one");
  await expect(panel(page).getByText("Deleted #3 Meeting notes", { exact: true })).toHaveCount(1);
  await expect(panel(page).getByText(/Deleted #3 “Meeting notes”\. It's in the trash/)).toBeVisible();
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/#1\s*Team meeting/, /#2\s*Buy milk/]);
  // Each tool line of the conversation still appears once.
  await expect(panel(page).getByText("Found 3 tasks", { exact: true })).toHaveCount(1);
  await expect(panel(page).getByText("Deleted #3 Meeting notes", { exact: true })).toHaveCount(1);
});
