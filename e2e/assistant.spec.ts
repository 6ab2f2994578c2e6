import { expect, test, type Page } from "@playwright/test";
import { addTask, completedList, pendingList, signUp } from "./helpers";

const panel = (page: Page) => page.getByRole("region", { name: "Assistant" });
const input = (page: Page) => page.getByRole("textbox", { name: "Message the assistant" });

async function say(page: Page, text: string) {
  await input(page).fill(text);
  await input(page).press("Enter");
}

test("the assistant runs the task list, and the list updates without a reload", async ({ page }) => {
  await signUp(page);
  await say(page, "add a task to buy groceries");
  await expect(panel(page).getByText("Added #1 Buy groceries")).toBeVisible();
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/#1\s*Buy groceries/]);
  await expect(input(page)).toBeFocused();

  await say(page, "mark task 1 as complete");
  await expect(panel(page).getByText("Completed #1 Buy groceries")).toBeVisible();
  await expect(completedList(page).getByRole("checkbox", { name: "Mark #1 as not done" })).toBeChecked();

  await say(page, "delete the groceries task");
  await expect(panel(page).getByText("Deleted #1 Buy groceries")).toBeVisible();
  await expect(page.getByRole("main").getByText("No tasks yet")).toBeVisible();
  await say(page, "undo");
  await expect(panel(page).getByText("Restored #1 Buy groceries")).toBeVisible();
  await expect(completedList(page).getByText("Buy groceries")).toBeVisible();

  // A change made in the list is seen by the assistant on its next turn.
  await addTask(page, "Call mom");
  await say(page, "what's pending?");
  await expect(panel(page).getByText(/You have 1 pending task:/)).toBeVisible();
  await expect(panel(page).getByRole("listitem").filter({ hasText: "#2 Call mom" })).toBeVisible();

  // A reload reopens the conversation with its tool lines, and its URL names it.
  await expect(page).toHaveURL(/\/\?c=[0-9a-f-]{36}$/);
  await page.reload();
  await expect(panel(page).getByText("Added #1 Buy groceries")).toBeVisible();
  await expect(panel(page).getByText("Restored #1 Buy groceries")).toBeVisible();
  // Without ?c= the most recent conversation opens.
  await page.goto("/");
  await expect(panel(page).getByText("Completed #1 Buy groceries")).toBeVisible();
});

test("conversations can be started, switched, renamed and deleted", async ({ page }) => {
  await signUp(page);
  await say(page, "add first conversation task");
  await expect(panel(page).getByText("Added #1 First conversation task")).toBeVisible();
  const firstUrl = page.url();

  await page.getByRole("button", { name: "New conversation" }).click();
  await expect(panel(page).getByRole("button", { name: "What's pending?" })).toBeVisible();
  await panel(page).getByRole("button", { name: "What's pending?" }).click();
  await expect(panel(page).getByText(/You have 1 pending task/)).toBeVisible();
  expect(page.url()).not.toBe(firstUrl);

  await page.getByRole("button", { name: "Conversations" }).click();
  const list = page.getByRole("navigation", { name: "Conversations" });
  await expect(list.getByRole("button", { name: "add first conversation task", exact: true })).toBeVisible();
  await expect(list.getByText("Today")).toBeVisible();
  await list.getByRole("button", { name: "add first conversation task", exact: true }).click();
  await expect(panel(page).getByText("Added #1 First conversation task")).toBeVisible();

  await page.getByRole("button", { name: "Conversations" }).click();
  await list.getByRole("button", { name: "Rename “What's pending?”" }).click();
  await list.getByRole("textbox", { name: "Conversation title" }).fill("Pending check");
  await list.getByRole("textbox", { name: "Conversation title" }).press("Enter");
  await expect(list.getByRole("button", { name: "Pending check", exact: true })).toBeVisible();

  await list.getByRole("button", { name: "Delete “Pending check”" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete conversation" }).click();
  await expect(list.getByRole("button", { name: "Pending check", exact: true })).toHaveCount(0);
  await page.reload();
  await page.getByRole("button", { name: "Conversations" }).click();
  await expect(list.getByRole("button", { name: "add first conversation task", exact: true })).toBeVisible();
  await expect(list.getByRole("button", { name: "Pending check", exact: true })).toHaveCount(0);
});

test("the panel works from the keyboard alone", async ({ page }) => {
  await signUp(page);
  await page.keyboard.press("Control+j");
  await expect(input(page)).toBeFocused();
  await page.keyboard.type("add a task to water plants");
  await page.keyboard.press("Shift+Enter");
  await expect(input(page)).toHaveValue("add a task to water plants\n");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Enter");
  await expect(pendingList(page).getByText("Water plants")).toBeVisible();
  await expect(input(page)).toBeFocused();
  // The conversation list opens and a conversation is picked with Enter.
  await page.getByRole("button", { name: "Conversations" }).focus();
  await page.keyboard.press("Enter");
  const first = page.getByRole("navigation", { name: "Conversations" }).getByRole("button", { name: "add a task to water plants", exact: true });
  await expect(first).toBeVisible();
  await first.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Assistant" }).getByText("Added #1 Water plants")).toBeVisible();
});

test("a long message shows a counter and cannot be sent past 4,000 characters", async ({ page }) => {
  await signUp(page);
  await input(page).fill("x".repeat(4001));
  await expect(panel(page).getByText("4,001 / 4,000")).toBeVisible();
  await expect(page.getByRole("button", { name: "Send" })).toBeDisabled();
});

test("the assistant panel is a drawer on small screens, opened from the header", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await signUp(page);
  await expect(panel(page)).toBeHidden();
  await page.getByRole("button", { name: "Assistant" }).click();
  await expect(panel(page)).toBeVisible();
  await say(page, "add a task to call the bank");
  await expect(panel(page).getByText("Added #1 Call the bank")).toBeVisible();
  await page.getByRole("button", { name: "Close assistant" }).click();
  await expect(pendingList(page).getByText("Call the bank")).toBeVisible();
});
