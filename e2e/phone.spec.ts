import { expect, test, type Locator, type Page } from "@playwright/test";
import {
  PASSWORD,
  addTask,
  completedList,
  dateIn,
  expectNoSeriousViolations,
  expectNoSidewaysOverflow,
  pendingList,
  sessionApi,
  signIn,
  signOut,
  signUp,
  uniqueEmail,
} from "./helpers";

// Docket on a phone: the everyday journeys, the assistant's sheet, and no page wider than the screen.
const PHONE = { width: 390, height: 844 };
const SMALL_PHONE = { width: 320, height: 568 };
test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

const tabs = (page: Page) => page.getByRole("navigation", { name: "Tabs" });
const sheet = (page: Page) => page.getByRole("dialog", { name: "Assistant" });
const composer = (page: Page) => page.getByRole("textbox", { name: "Message the assistant" });
/** The assistant's scroll box: its messages. */
const messages = (page: Page) => page.getByRole("region", { name: "Assistant" }).locator("[aria-live]").first();

async function openSheet(page: Page) {
  await tabs(page).getByRole("button", { name: "Assistant" }).click();
  await expect(sheet(page)).toBeVisible();
  await expect(composer(page)).toBeFocused();
}

async function say(page: Page, text: string) {
  await composer(page).fill(text);
  await composer(page).press("Enter");
}

/** Sends messages through the JSON chat API as the page's user; returns the conversation. */
async function chatThroughApi(page: Page, texts: string[], conversationId?: string): Promise<string> {
  const origin = new URL(page.url()).origin;
  let id = conversationId;
  for (const message of texts) {
    const response = await page.request.post(`${origin}/api/v1/chat`, { headers: { origin }, data: { message, ...(id && { conversation_id: id }) } });
    expect(response.status(), await response.text()).toBe(200);
    id = ((await response.json()) as { conversation_id: string }).conversation_id;
  }
  return id!;
}

/** The box scrolled to its end, and `last` (the newest message's text) on screen. */
async function expectAtLatest(page: Page, last: Locator) {
  await expect
    .poll(() => messages(page).evaluate((box) => box.scrollHeight - box.scrollTop - box.clientHeight))
    .toBeLessThanOrEqual(2);
  await expect(last).toBeInViewport();
}

async function expectTouchTarget(target: Locator) {
  const box = (await target.boundingBox())!;
  const name = String(await target.getAttribute("aria-label") ?? await target.textContent());
  expect(box.height, name).toBeGreaterThanOrEqual(44);
  expect(box.width, name).toBeGreaterThanOrEqual(44);
}

test("at phone size a person signs in, adds, completes, edits, deletes and restores a task", async ({ page }) => {
  const email = await signUp(page, uniqueEmail("phone"));
  await signOut(page);
  await signIn(page, email);
  await expect(page.getByRole("heading", { level: 1, name: "Tasks" })).toBeVisible();

  await addTask(page, "Buy milk");
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/#1\s*Buy milk/]);

  await page.getByRole("checkbox", { name: "Mark #1 as done" }).click();
  await expect(completedList(page).getByRole("listitem")).toHaveText([/#1\s*Buy milk/]);

  await page.getByRole("button", { name: "Edit #1" }).click();
  const editor = page.getByRole("dialog", { name: "Edit #1" });
  await editor.getByRole("textbox", { name: "Title" }).fill("Buy oat milk");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor).toBeHidden();
  await expect(completedList(page).getByRole("listitem")).toHaveText([/#1\s*Buy oat milk/]);

  await page.getByRole("button", { name: "Delete #1" }).click();
  await expect(page.getByText("Moved #1 to the trash")).toBeVisible();
  await expect(page.getByText("Buy oat milk")).toHaveCount(0);

  await tabs(page).getByRole("button", { name: "More" }).click();
  await page.getByRole("menuitem", { name: "Trash" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Trash" })).toBeVisible();
  await expectNoSidewaysOverflow(page);
  await page.getByRole("button", { name: "Restore #1" }).click();
  await expect(page.getByText("Trash is empty")).toBeVisible();

  await tabs(page).getByRole("link", { name: "Tasks" }).click();
  await expect(completedList(page).getByRole("listitem")).toHaveText([/#1\s*Buy oat milk/]);
});

test("at phone size Settings creates an API key with the password and revokes it", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await signUp(page);
  await tabs(page).getByRole("button", { name: "More" }).click();
  await page.getByRole("menuitem", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expectNoSeriousViolations(page);

  const create = page.getByRole("button", { name: "Create key" });
  await expectTouchTarget(create);
  await page.getByLabel("Key name").fill("Phone script");
  await page.getByLabel("Your password").fill(PASSWORD);
  await create.click();
  await expect(page.getByLabel("New API key")).toHaveText(/^dk_/);
  await expect(page.getByRole("list", { name: "Your API keys" }).getByRole("listitem")).toHaveCount(1);
  await expectNoSidewaysOverflow(page);

  await page.getByRole("button", { name: "Revoke “Phone script”" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke key" }).click();
  await expect(page.getByText("Revoked “Phone script”. It stops working at once.")).toBeVisible();
  await expect(page.getByText("No API keys yet.")).toBeVisible();

  await page.setViewportSize(SMALL_PHONE);
  await expectNoSidewaysOverflow(page);
  await expectNoSeriousViolations(page);
});

test("the assistant is a full-height sheet that opens at the latest message and closes back to its tab", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await signUp(page);
  // Enough conversation to fill the screen several times over.
  for (const title of ["Water plants", "Call the bank", "Book dentist", "Pay rent", "Renew passport"]) {
    await sessionApi(page).createTask({ title });
  }
  const older = await chatThroughApi(page, ["show me all my tasks", "what's pending?", "show me all my tasks"]);
  await page.reload();

  await openSheet(page);
  const box = (await sheet(page).boundingBox())!;
  expect(box).toMatchObject({ x: 0, y: 0, width: PHONE.width, height: PHONE.height });
  await expectTouchTarget(page.getByRole("button", { name: "Close assistant" }));
  await expectTouchTarget(page.getByRole("button", { name: "New conversation" }));
  await expectTouchTarget(page.getByRole("button", { name: "Conversations" }));
  await expectTouchTarget(page.getByRole("button", { name: "Send" }));
  // After a reload it opens at the end of the conversation.
  await expectAtLatest(page, sheet(page).getByText("Found 5 tasks").last());
  await expectNoSeriousViolations(page);

  await say(page, "add a task to buy bread");
  await expect(sheet(page).getByText("Added #6 Buy bread")).toBeVisible();
  await expectAtLatest(page, sheet(page).getByText("Added #6 Buy bread"));
  await expectNoSeriousViolations(page);
  await expectNoSidewaysOverflow(page);

  // Escape closes it and focus returns to the tab that opened it; the list has the new task.
  await messages(page).evaluate((el) => el.scrollTo({ top: 0 }));
  await page.keyboard.press("Escape");
  await expect(sheet(page)).toBeHidden();
  await expect(tabs(page).getByRole("button", { name: "Assistant" })).toBeFocused();
  await expect(pendingList(page).getByText("Buy bread")).toBeVisible();

  // Reopened (even after scrolling up), it is at the latest message again.
  await openSheet(page);
  await expectAtLatest(page, sheet(page).getByText("Added #6 Buy bread"));
  await page.getByRole("button", { name: "Close assistant" }).click();
  await expect(sheet(page)).toBeHidden();
  await expect(tabs(page).getByRole("button", { name: "Assistant" })).toBeFocused();

  // Switching to another conversation opens that one at its end too.
  await openSheet(page);
  await page.getByRole("button", { name: "Conversations" }).click();
  await page.getByRole("navigation", { name: "Conversations" }).getByRole("button", { name: "show me all my tasks", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`c=${older}`));
  await expectAtLatest(page, sheet(page).getByText("Found 5 tasks").last());
});

test("the composer stays above the on-screen keyboard", async ({ page }) => {
  await signUp(page);
  await chatThroughApi(page, Array.from({ length: 4 }, () => "show me all my tasks").concat("add a task to buy bread"));
  await page.reload();

  // The window itself gets shorter (Chrome on Android with resizes-content, a split screen).
  await openSheet(page);
  await page.setViewportSize({ width: PHONE.width, height: 400 });
  const input = composer(page);
  await expect(input).toBeInViewport({ ratio: 1 });
  expect((await input.boundingBox())!.y + (await input.boundingBox())!.height).toBeLessThanOrEqual(400);
  await expectAtLatest(page, sheet(page).getByText("Added #1 Buy bread"));
  await page.keyboard.press("Escape");
  await page.setViewportSize(PHONE);

  // iOS Safari and Chrome on Android by default: the layout viewport stays 844 px tall and only
  // the visual viewport shrinks (and may scroll) above the keyboard. Headless Chromium has no
  // keyboard, so a stand-in visual viewport reports what a phone would.
  await page.evaluate(() => {
    const real = window.visualViewport!;
    const viewport = Object.assign(new EventTarget(), { width: real.width, height: real.height, offsetTop: 0, offsetLeft: 0, pageTop: 0, pageLeft: 0, scale: 1 });
    Object.defineProperty(window, "visualViewport", { configurable: true, get: () => viewport });
    (window as unknown as { keyboard: (height: number, scrolled?: number) => void }).keyboard = (height, scrolled = 0) => {
      Object.assign(viewport, { height: real.height - height, offsetTop: scrolled, pageTop: scrolled });
      viewport.dispatchEvent(new Event("resize"));
      viewport.dispatchEvent(new Event("scroll"));
    };
  });
  await openSheet(page);
  await page.evaluate(() => (window as unknown as { keyboard: (height: number, scrolled?: number) => void }).keyboard(336));
  const visibleBottom = PHONE.height - 336;
  await expect.poll(async () => (await sheet(page).boundingBox())!.height).toBe(visibleBottom);
  const inputBox = (await input.boundingBox())!;
  expect(inputBox.y).toBeGreaterThanOrEqual(0);
  expect(inputBox.y + inputBox.height).toBeLessThanOrEqual(visibleBottom);
  await expectAtLatest(page, sheet(page).getByText("Added #1 Buy bread"));

  // Safari may also scroll the visual viewport down the page: the sheet follows it.
  await page.evaluate(() => (window as unknown as { keyboard: (height: number, scrolled?: number) => void }).keyboard(336, 120));
  await expect.poll(async () => (await sheet(page).boundingBox())!.y).toBe(120);
  const scrolledBox = (await input.boundingBox())!;
  expect(scrolledBox.y + scrolledBox.height).toBeLessThanOrEqual(120 + visibleBottom);
  await say(page, "what's pending?");
  await expect(sheet(page).getByText("You have 1 pending task:")).toBeVisible();
});

test("no page is wider than a phone, at 390 and 320 px", async ({ page, browser }) => {
  await signUp(page);
  const api = sessionApi(page);
  const { timezone } = await api.me();
  await api.createTask({ title: "Call mom", due_date: dateIn(timezone), due_time: "18:00", priority: 1 });
  await api.createTask({ title: "Dentist", due_date: dateIn(timezone, 3), due_time: "15:00", priority: 2, description: "Bring the insurance card" });
  await api.createTask({ title: "A-very-long-title-without-any-spaces-that-must-wrap-instead-of-widening-the-page", due_date: dateIn(timezone, 1) });
  await api.createTask({ title: "Overdue report", due_date: dateIn(timezone, -2) });
  const trashed = await api.createTask({ title: "Old idea with a rather long title that goes on and on" });
  await page.request.delete(`${new URL(page.url()).origin}/api/v1/tasks/${trashed.id}`, { headers: { origin: new URL(page.url()).origin } });
  await chatThroughApi(page, ["what's pending?"]);

  for (const size of [PHONE, SMALL_PHONE]) {
    await page.setViewportSize(size);
    for (const path of ["/", "/today", "/upcoming", "/trash", "/settings"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSidewaysOverflow(page);
    }
    await page.goto("/");
    await openSheet(page);
    await expectNoSidewaysOverflow(page);
    await page.getByRole("button", { name: "Conversations" }).click();
    const conversations = page.getByRole("navigation", { name: "Conversations" });
    await expect(conversations).toBeVisible();
    await expectNoSidewaysOverflow(page);
    // Confirmations fit too (their buttons stack on a phone).
    await conversations.getByRole("button", { name: "Delete “what's pending?”" }).click();
    await expect(page.getByRole("alertdialog")).toBeVisible();
    await expectNoSidewaysOverflow(page);
    await page.getByRole("alertdialog").getByRole("button", { name: "Cancel" }).click();
    await page.goto("/settings");
    await page.getByRole("button", { name: "Delete account…" }).click();
    await expect(page.getByRole("alertdialog")).toBeVisible();
    await expectNoSidewaysOverflow(page);
  }

  // Signed out: the auth pages.
  const context = await browser.newContext({ baseURL: new URL(page.url()).origin, isMobile: true, hasTouch: true });
  const signedOut = await context.newPage();
  for (const size of [PHONE, SMALL_PHONE]) {
    await signedOut.setViewportSize(size);
    for (const path of ["/sign-in", "/sign-up", "/forgot-password"]) {
      await signedOut.goto(path);
      await expect(signedOut.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSidewaysOverflow(signedOut);
    }
  }
  await context.close();
});

test.describe("on a desktop", () => {
  test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });

  test("a 60-message conversation scrolls inside the panel and the page stays one screen tall", async ({ page }) => {
    await signUp(page);
    for (const title of ["Water plants", "Call the bank", "Book dentist"]) await sessionApi(page).createTask({ title });
    // 30 turns: 60 stored messages, every reply a list.
    const id = await chatThroughApi(page, [...Array.from({ length: 29 }, (_, i) => (i % 2 ? "what's pending?" : "show me all my tasks")), "add a task to buy bread"]);
    await page.goto(`/?c=${id}`);
    const panel = page.getByRole("region", { name: "Assistant" });
    await expect(panel.getByText("Added #4 Buy bread")).toBeVisible();

    const page_ = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, window: window.innerHeight }));
    expect(page_.height).toBeLessThanOrEqual(page_.window + 2);
    await expectAtLatest(page, panel.getByText("Added #4 Buy bread"));
    // Screen-reader labels ("You:", "Assistant:") are positioned inside the scroll box, not the page.
    const outside = await messages(page).evaluate((box) => {
      const labels = [...box.querySelectorAll<HTMLElement>(".sr-only")];
      return { labels: labels.length, outside: labels.filter((el) => !el.offsetParent || !box.contains(el.offsetParent) && el.offsetParent !== box).length };
    });
    expect(outside.labels).toBeGreaterThanOrEqual(60);
    expect(outside.outside).toBe(0);

    await page.reload();
    await expect(panel.getByText("Added #4 Buy bread")).toBeVisible();
    await expectAtLatest(page, panel.getByText("Added #4 Buy bread"));
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(page_.window + 2);

    // A long list: the page ends where the list ends, however far the panel's content goes.
    for (let i = 0; i < 25; i++) await sessionApi(page).createTask({ title: `Errand ${i + 1}` });
    await page.reload();
    await expect(pendingList(page).getByText("Errand 25")).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const end = await page.evaluate(() => ({
      page: document.documentElement.scrollHeight,
      list: document.querySelector("main h1")!.parentElement!.getBoundingClientRect().bottom + window.scrollY,
    }));
    expect(end.page - end.list).toBeLessThanOrEqual(48);
    await expect(panel.getByText("Added #4 Buy bread")).toBeInViewport();
  });

  test("Settings has no serious accessibility violations on a desktop either", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await signUp(page);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.getByLabel("Key name").focus();
    await expectNoSeriousViolations(page);
  });

  test("the header's Assistant button says so and puts the cursor in the composer", async ({ page }) => {
    await signUp(page);
    const button = page.getByRole("banner").getByRole("button", { name: "Assistant" });
    await expect(button).toHaveText("Assistant");
    await button.click();
    await expect(composer(page)).toBeFocused();
    for (const name of ["Conversations", "New conversation"]) {
      await expect(page.getByRole("region", { name: "Assistant" }).getByRole("button", { name })).toBeVisible();
    }
    await expect(page.getByRole("button", { name: "Close assistant" })).toBeHidden();
  });
});
