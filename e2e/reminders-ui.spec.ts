import { expect, test, type Page } from "@playwright/test";
import { Temporal } from "temporal-polyfill";
import { addTask, completedList, expectNoSeriousViolations, expectNoSidewaysOverflow, pendingList, sessionApi, signUp, sql, uniqueEmail } from "./helpers";
import { E2E_URLS } from "./ports.mjs";

// Reminders, repeats and the calendar feed in the browser. The e2e servers run the reminder
// scheduler every 2 s, so a reminder due now becomes a notification within seconds; the bell
// looks every 20 s and on focus, which these specs nudge.

const bell = (page: Page) => page.getByRole("banner").getByRole("button", { name: /^Notifications/ });
const panel = (page: Page) => page.getByRole("dialog", { name: "Notifications" });
const toastWith = (page: Page, text: string) => page.locator("[data-sonner-toast]").filter({ hasText: text });
const row = (page: Page, title: string) => page.getByRole("listitem").filter({ hasText: title });
const editor = (page: Page) => page.getByRole("dialog", { name: /^Edit #/ });

/** A task due this minute in the user's zone, reminded at its due time: the scheduler sends it at once. */
async function taskRemindedNow(page: Page, title: string): Promise<number> {
  const api = sessionApi(page);
  const { timezone } = await api.me();
  const now = Temporal.Now.zonedDateTimeISO(timezone);
  const task = await api.createTask({ title, due_date: now.toPlainDate().toString(), due_time: now.toPlainTime().toString().slice(0, 5), reminders: [{ before_minutes: 0 }] });
  return task.id;
}

/** Until the bell says `name`, telling the page it has focus again (as coming back to the tab does). */
async function waitForBell(page: Page, name: string | RegExp) {
  await expect(async () => {
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await expect(bell(page)).toHaveAccessibleName(name, { timeout: 1_500 });
  }).toPass({ timeout: 30_000 });
}

test("a reminder due now pops up with Done, shows in the bell, and Done completes the task", async ({ page }) => {
  await signUp(page);
  await expect(bell(page)).toHaveAccessibleName("Notifications");
  const id = await taskRemindedNow(page, "Stretch your legs");

  await waitForBell(page, "Notifications, 1 unread");
  const toast = toastWith(page, "Stretch your legs");
  await expect(toast).toBeVisible();
  await expect(toast.getByRole("button", { name: "Snooze 10 min" })).toBeVisible();
  await toast.getByRole("button", { name: "Done" }).click();

  await expect.poll(async () => (await sessionApi(page).task(id)).completed).toBe(true);
  await expect(completedList(page).getByText("Stretch your legs")).toBeVisible();
  await expect(bell(page)).toHaveAccessibleName("Notifications");

  // The bell keeps it under Earlier; a click on it opens the task's editor.
  await bell(page).click();
  await expect(panel(page).getByRole("list", { name: "Earlier notifications" }).getByText("Stretch your legs")).toBeVisible();
  await panel(page).getByRole("button", { name: new RegExp(`^Open #${id}: Stretch your legs`) }).click();
  await expect(panel(page)).toBeHidden();
  await expect(editor(page)).toBeVisible();
  await expect(editor(page).getByLabel("Title")).toHaveValue("Stretch your legs");
});

test("Done pressed again for the same reminder of a repeating task moves it on only once", async ({ page }) => {
  await signUp(page);
  const api = sessionApi(page);
  const { timezone } = await api.me();
  const today = Temporal.Now.plainDateISO(timezone).toString();
  const task = await api.createTask({ title: "Take vitamins", due_date: today, recurrence: "every day", reminders: [{ at: new Date().toISOString() }] });
  expect(task.due_date).toBe(today);

  await waitForBell(page, "Notifications, 1 unread");
  await toastWith(page, "Take vitamins").getByRole("button", { name: "Done" }).click();
  const tomorrow = Temporal.PlainDate.from(today).add({ days: 1 }).toString();
  await expect.poll(async () => (await api.task(task.id)).due_date).toBe(tomorrow);

  await bell(page).click();
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && (r.request().postData() ?? "").includes("notified_at"));
  await panel(page).getByRole("button", { name: "Done: Take vitamins" }).click();
  await answered;
  const after = await api.task(task.id);
  expect(after).toMatchObject({ due_date: tomorrow, completed: false });
  expect(after.completed_occurrences).toHaveLength(1);
});

// The `postgres` Docket, whose rows this spec reads (E2E_DATABASE_URL is set by playwright.config.ts for every run).
test.describe("on PostgreSQL", () => {
  test.use({ baseURL: E2E_URLS.postgres });

  test("Snooze 10 min in the bell: the notification leaves New and the reminder comes again 10 minutes later", async ({ page }) => {
    const email = await signUp(page, uniqueEmail("snooze"));
    const id = await taskRemindedNow(page, "Call the bank");
    await waitForBell(page, "Notifications, 1 unread");

    await bell(page).click();
    const fresh = panel(page).getByRole("list", { name: "New notifications" });
    await expect(fresh.getByText("Call the bank")).toBeVisible();
    await expectNoSeriousViolations(page);
    const before = Date.now();
    await fresh.getByRole("button", { name: "Snooze 10 min: Call the bank" }).click();

    await expect(panel(page).getByText("Nothing new.")).toBeVisible();
    await expect(panel(page).getByRole("list", { name: "Earlier notifications" }).getByText("Call the bank")).toBeVisible();
    await expect(bell(page)).toHaveAccessibleName("Notifications");
    const listed = await (await page.request.get("/api/v1/notifications")).json();
    expect(listed).toMatchObject({ unread: 0, notifications: [{ title: "Call the bank", task_id: id, read: true }] });

    const [snooze] = await sql<{ fire_at: Date }>(
      `select d.fire_at from deliveries d join "user" u on u.id = d.user_id where u.email = $1 and d.kind = 'snooze'`,
      [email],
    );
    const minutes = (snooze!.fire_at.getTime() - before) / 60_000;
    expect(minutes).toBeGreaterThan(9.5);
    expect(minutes).toBeLessThan(11);
  });
});

test("a repeat typed in words previews its dates, shows on the row, moves on when done, skips, and stops; reminders are added", async ({ page }) => {
  await signUp(page);
  const api = sessionApi(page);
  await addTask(page, "Water the plants");
  await row(page, "Water the plants").getByRole("button", { name: "Edit #1" }).click();

  const repeat = editor(page).getByRole("textbox", { name: "Repeat" });
  await repeat.fill("every mondya");
  await expect(editor(page).getByText(/Couldn't read “every mondya” as a repeat/)).toBeVisible();
  await repeat.fill("every monday");
  await expect(editor(page).getByText("Every Monday", { exact: true })).toBeVisible();
  const dates = editor(page).getByRole("list", { name: "Next dates" }).getByRole("listitem");
  await expect(dates).toHaveCount(5);
  for (const text of await dates.allTextContents()) expect(text).toMatch(/^Mon \d+ \w{3}/);
  await editor(page).getByRole("button", { name: "Save" }).click();
  await expect(editor(page)).toBeHidden();

  await expect(row(page, "Water the plants").getByText("Every Monday")).toBeVisible();
  const first = (await api.task(1)) as { due_date: string; recurrence: { rule: string } };
  expect(first.recurrence.rule).toBe("FREQ=WEEKLY;BYDAY=MO");
  expect(Temporal.PlainDate.from(first.due_date).dayOfWeek).toBe(1);

  // Done: the task stays pending, due the Monday after, and the occurrence is kept.
  const nextMonday = Temporal.PlainDate.from(first.due_date).add({ days: 7 }).toString();
  // A click, not check(): the box is ticked for a moment, then the task comes back pending for its next date.
  await pendingList(page).getByRole("checkbox", { name: "Mark #1 as done" }).click();
  await expect.poll(async () => (await api.task(1)).due_date).toBe(nextMonday);
  await expect(pendingList(page).getByRole("checkbox", { name: "Mark #1 as done" })).not.toBeChecked();
  await row(page, "Water the plants").getByRole("button", { name: "Edit #1" }).click();
  const history = editor(page).getByRole("region", { name: "Completed occurrences" });
  await expect(history.getByRole("listitem")).toHaveCount(1);
  await expect(history).toContainText(`Due ${dayLabel(first.due_date)}`);

  // A reminder 30 minutes before, saved with the form.
  await editor(page).getByRole("button", { name: "Add a reminder" }).click();
  await expect(editor(page).getByLabel("Kind of reminder")).toBeFocused();
  await editor(page).getByLabel("Kind of reminder").selectOption("Before the due time");
  await editor(page).getByLabel("How many").fill("30");
  await editor(page).getByLabel("Unit").selectOption("minutes before");
  await editor(page).getByRole("button", { name: "Add reminder" }).click();
  await expect(editor(page).getByRole("list", { name: "Reminders" })).toHaveText("30 minutes before");
  await expect(editor(page).getByRole("button", { name: "Add a reminder" })).toBeFocused();
  await editor(page).getByRole("button", { name: "Save" }).click();
  await expect.poll(async () => (await api.task(1)).reminders).toEqual([{ id: expect.any(String), before_minutes: 30 }]);
  await expect(row(page, "Water the plants").getByText("1 reminder")).toBeAttached();

  // A reminder filled in but not added yet is kept by Save, not dropped.
  await row(page, "Water the plants").getByRole("button", { name: "Edit #1" }).click();
  await editor(page).getByRole("button", { name: "Add a reminder" }).click();
  await editor(page).getByLabel("Kind of reminder").selectOption("Before the due time");
  await editor(page).getByLabel("How many").fill("2");
  await editor(page).getByLabel("Unit").selectOption("hours before");
  await editor(page).getByRole("button", { name: "Save" }).click();
  await expect
    .poll(async () => ((await api.task(1)).reminders as { before_minutes: number }[]).map((r) => r.before_minutes).sort((a, b) => a - b))
    .toEqual([30, 120]);

  // Skip this one: the next Monday, nothing recorded as done.
  await row(page, "Water the plants").getByRole("button", { name: "Edit #1" }).click();
  await editor(page).getByRole("button", { name: "Skip this one" }).click();
  const skippedTo = Temporal.PlainDate.from(nextMonday).add({ days: 7 }).toString();
  await expect.poll(async () => (await api.task(1)).due_date).toBe(skippedTo);
  expect((await api.task(1)).completed_occurrences).toHaveLength(1);

  // Stop repeating: the date stays, the repeat goes.
  await row(page, "Water the plants").getByRole("button", { name: "Edit #1" }).click();
  await editor(page).getByRole("button", { name: "Stop repeating" }).click();
  await expect.poll(async () => (await api.task(1)).recurrence).toBeNull();
  expect((await api.task(1)).due_date).toBe(skippedTo);
  await expect(row(page, "Water the plants").getByText("Every Monday")).toHaveCount(0);

  // Undo brings the rule back; emptying the field and saving stops it too.
  await toastWith(page, "#1 no longer repeats").getByRole("button", { name: "Undo" }).click();
  await expect(row(page, "Water the plants").getByText("Every Monday")).toBeVisible();
  expect(((await api.task(1)) as { recurrence: { rule: string } }).recurrence.rule).toBe("FREQ=WEEKLY;BYDAY=MO");
  await row(page, "Water the plants").getByRole("button", { name: "Edit #1" }).click();
  await editor(page).getByRole("textbox", { name: "Repeat" }).fill("");
  await expect(editor(page).getByText("Saving stops the repeat.")).toBeVisible();
  await editor(page).getByRole("button", { name: "Save" }).click();
  await expect.poll(async () => (await api.task(1)).recurrence).toBeNull();
});

/** "Mon 30 Nov", as the editor writes a day. */
function dayLabel(date: string): string {
  const d = Temporal.PlainDate.from(date);
  const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${WEEKDAYS[d.dayOfWeek - 1]} ${d.day} ${MONTHS[d.month - 1]}`;
}

test("Settings: the calendar feed URL serves a calendar until revoked, a test notification reaches the bell, and the page passes axe", async ({ page }) => {
  await signUp(page);
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Notifications" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Calendar feed" })).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.getByRole("button", { name: "Create feed URL" }).click();
  const url = (await page.getByLabel("Calendar feed URL").textContent())!;
  expect(url).toMatch(/\/api\/v1\/calendar\/[\w-]+\.ics$/);
  const feed = await page.request.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  expect(await feed.text()).toContain("BEGIN:VCALENDAR");

  await page.getByRole("button", { name: "Revoke feed" }).click();
  await page.getByRole("alertdialog", { name: "Revoke the calendar feed?" }).getByRole("button", { name: "Revoke feed" }).click();
  await expect(page.getByRole("button", { name: "Create feed URL" })).toBeVisible();
  expect((await page.request.get(url)).status()).toBe(404);

  await page.getByRole("button", { name: "Send a test notification" }).click();
  await waitForBell(page, "Notifications, 1 unread");
  await bell(page).click();
  await expect(panel(page).getByText("Docket notifications work")).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.keyboard.press("Escape");
  await expect(panel(page)).toBeHidden();
  await expect(bell(page)).toBeFocused();

  // The morning summary: on at 07:30, kept after a reload.
  await page.getByLabel("Send a morning summary").check();
  await page.getByLabel("Time", { exact: true }).fill("07:30");
  await page.getByRole("button", { name: "Save summary" }).click();
  await expect.poll(async () => ((await sessionApi(page).me()) as { morning_summary_time?: string }).morning_summary_time).toBe("07:30");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the bell, its list, the editor's repeat and Settings fit a 390 px and a 320 px screen", async ({ page }) => {
    await signUp(page);
    await taskRemindedNow(page, "A reminder with a rather long title that has to wrap on a small phone");
    await waitForBell(page, "Notifications, 1 unread");
    const box = await bell(page).boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(44);
    await bell(page).click();
    await expect(panel(page).getByText("A reminder with a rather long title")).toBeVisible();
    await expectNoSidewaysOverflow(page);
    await page.keyboard.press("Escape");

    await row(page, "A reminder with a rather long title").getByRole("button", { name: "Edit #1" }).click();
    await editor(page).getByRole("textbox", { name: "Repeat" }).fill("every weekday at 9am");
    await expect(editor(page).getByRole("list", { name: "Next dates" }).getByRole("listitem")).toHaveCount(5);
    await expectNoSidewaysOverflow(page);
    await editor(page).getByRole("button", { name: "Cancel" }).click();

    await page.goto("/settings");
    await expectNoSidewaysOverflow(page);
    await page.setViewportSize({ width: 320, height: 568 });
    await expectNoSidewaysOverflow(page);
    await page.goto("/");
    await bell(page).click();
    await expectNoSidewaysOverflow(page);
  });
});
