import { expect, test, type Locator, type Page } from "@playwright/test";
import { dateIn, dayName, pendingList, PASSWORD, sessionApi, signUp, uniqueEmail } from "./helpers";

// Far from the servers' UTC, so "today" in the profile zone and in UTC differ for half of every day.
const ZONE = "Pacific/Auckland";
test.use({ timezoneId: ZONE });

const newTask = (page: Page) => page.getByRole("textbox", { name: "New task" });
const row = (page: Page, title: string) => page.getByRole("listitem").filter({ hasText: title });

test("sign-up stores the browser's time zone and language in the profile", async ({ page }) => {
  await signUp(page);
  expect(await sessionApi(page).me()).toMatchObject({ timezone: ZONE, locale: "en-US" });
});

test("an account without a zone adopts the browser's after sign-in", async ({ page, baseURL }) => {
  // Created through the API with no zone, as accounts from before time zones were.
  const email = uniqueEmail("zoneless");
  const created = await page.request.post(`${baseURL}/api/auth/sign-up/email`, {
    data: { email, password: PASSWORD, name: "Zoneless" },
    headers: { origin: baseURL! },
  });
  expect(created.status()).toBe(200);
  expect(await (await page.request.get(`${baseURL}/api/v1/me`)).json()).toMatchObject({ timezone: "UTC" });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Tasks" })).toBeVisible();
  await expect.poll(async () => (await sessionApi(page).me()).timezone).toBe(ZONE);
});

test("quick add highlights dates and priorities while typing and saves what it showed", async ({ page }) => {
  await signUp(page);
  const api = sessionApi(page);
  const tomorrow = dateIn(ZONE, 1);

  await newTask(page).pressSequentially("Call mom tomorrow 6pm p1");
  const form = page.locator("form").filter({ has: newTask(page) });
  await expect(form.locator("mark[data-token=due]")).toHaveText("tomorrow 6pm");
  await expect(form.locator("mark[data-token=priority]")).toHaveText("p1");
  const dueChip = page.getByRole("button", { name: "Keep “tomorrow 6pm” as text" });
  await expect(dueChip).toHaveText(`${dayName(tomorrow)}, 18:00`);
  await expect(page.getByRole("button", { name: "Keep “p1” as text" })).toHaveText("P1");
  await newTask(page).press("Enter");
  await expect(newTask(page)).toHaveValue("");

  const call = row(page, "Call mom");
  await expect(call).toContainText("Tomorrow 18:00");
  await expect(call.getByText("Priority 1 (urgent)")).toBeAttached();
  await expect(call.locator("[data-priority='1']")).toBeVisible();
  expect(await api.task(1)).toMatchObject({ title: "Call mom", due_date: tomorrow, due_time: "18:00", priority: 1 });
});

test("Escape and the chips turn a highlight back into plain text", async ({ page }) => {
  await signUp(page);
  const api = sessionApi(page);
  const form = page.locator("form").filter({ has: newTask(page) });

  // Escape: the last highlight goes back to being words of the title.
  await newTask(page).pressSequentially("Watch Tomorrow Never Dies tomorrow");
  await expect(form.locator("mark[data-token=due]")).toHaveText("tomorrow");
  await newTask(page).press("Escape");
  await expect(form.locator("mark")).toHaveCount(0);
  await expect(newTask(page)).toHaveValue("Watch Tomorrow Never Dies tomorrow");
  await newTask(page).press("Enter");
  await expect(row(page, "Watch Tomorrow Never Dies tomorrow")).toBeVisible();
  expect(await api.task(1)).toMatchObject({ title: "Watch Tomorrow Never Dies tomorrow", due_date: null, priority: 4 });

  // A click on a chip: only that highlight goes; the date still counts.
  await newTask(page).pressSequentially("Email Kim p2 tomorrow");
  await expect(form.locator("mark")).toHaveCount(2);
  await page.getByRole("button", { name: "Keep “p2” as text" }).click();
  await expect(form.locator("mark[data-token=priority]")).toHaveCount(0);
  await expect(form.locator("mark[data-token=due]")).toHaveText("tomorrow");
  await expect(newTask(page)).toBeFocused();
  await newTask(page).press("Enter");
  await expect(row(page, "Email Kim p2")).toContainText("Tomorrow");
  expect(await api.task(2)).toMatchObject({ title: "Email Kim p2", due_date: dateIn(ZONE, 1), due_time: null, priority: 4 });

  // With nothing highlighted, Escape clears the input as before.
  await newTask(page).fill("Read 1984");
  await expect(form.locator("mark")).toHaveCount(0);
  await newTask(page).press("Escape");
  await expect(newTask(page)).toHaveValue("");
});

test("quick add reads a repeat: highlighted, shown in words, saved as the task's rule from the next such day", async ({ page }) => {
  await signUp(page);
  const api = sessionApi(page);
  const form = page.locator("form").filter({ has: newTask(page) });

  await newTask(page).pressSequentially("Water the plants every monday p3");
  await expect(form.locator("mark[data-token=recurrence]")).toHaveText("every monday");
  await expect(page.getByRole("button", { name: "Keep “every monday” as text" })).toHaveText("Every Monday");
  await newTask(page).press("Enter");
  await expect(newTask(page)).toHaveValue("");

  // The first Monday from today where the user lives (today itself when it is a Monday there).
  const offset = [1, 0, 6, 5, 4, 3, 2][new Date(`${dateIn(ZONE)}T12:00:00Z`).getUTCDay()]!;
  await expect.poll(async () => (await api.task(1)).recurrence).toMatchObject({ rule: "FREQ=WEEKLY;BYDAY=MO", anchor: "schedule", text: "Every Monday" });
  expect(await api.task(1)).toMatchObject({ title: "Water the plants", due_date: dateIn(ZONE, offset), priority: 3 });

  // Kept as text, the words stay in the title and nothing repeats.
  await newTask(page).pressSequentially("Read every day");
  await newTask(page).press("Escape");
  await expect(form.locator("mark")).toHaveCount(0);
  await newTask(page).press("Enter");
  await expect(row(page, "Read every day")).toBeVisible();
  expect(await api.task(2)).toMatchObject({ title: "Read every day", recurrence: null, due_date: null });
});

test("quick add “Remind me to …” with a time saves the task with a reminder at that time", async ({ page }) => {
  await signUp(page);
  const api = sessionApi(page);
  const form = page.locator("form").filter({ has: newTask(page) });

  await newTask(page).pressSequentially("Remind me to call mom tomorrow at 6pm");
  await expect(form.locator("mark[data-token=reminder]")).toHaveText("Remind me to");
  await expect(page.getByRole("button", { name: "Reminder at the due time. Keep “Remind me to” as text" })).toBeVisible();
  await newTask(page).press("Enter");
  await expect(row(page, "Call mom")).toContainText("Tomorrow 18:00");
  expect(await api.task(1)).toMatchObject({
    title: "Call mom",
    due_date: dateIn(ZONE, 1),
    due_time: "18:00",
    reminders: [expect.objectContaining({ before_minutes: 0 })],
  });
});

test("a text that is only a date asks for a title and adds nothing", async ({ page }) => {
  await signUp(page);
  await newTask(page).fill("tomorrow 6pm");
  await newTask(page).press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "Say what to do as well as when" })).toBeVisible();
  await expect(newTask(page)).toHaveValue("tomorrow 6pm");
  await expect(page.getByRole("main").getByText("No tasks yet")).toBeVisible();
});

/** Presses Tab until `target` has the focus (keyboard only), at most `max` times. */
async function tabTo(page: Page, target: Locator, max = 15) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

test("a due date, time and priority are edited with the keyboard only", async ({ page }) => {
  await signUp(page);
  const api = sessionApi(page);
  await api.createTask({ title: "Renew passport" });
  await page.reload();
  const target = dateIn(ZONE, 5);

  // Tab from the new-task input to the row's Edit button, Enter opens the editor.
  await expect(newTask(page)).toBeFocused();
  await tabTo(page, page.getByRole("button", { name: "Edit #1" }));
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Edit #1" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("textbox", { name: "Title" })).toBeFocused();

  // The time waits for a date.
  await expect(dialog.getByLabel("Time")).toBeDisabled();
  await tabTo(page, dialog.getByLabel("Due date"));
  const [year, month, day] = target.split("-");
  await page.keyboard.type(`${month}${day}${year}`); // en-US segments: mm/dd/yyyy
  await expect(dialog.getByLabel("Due date")).toHaveValue(target);
  await tabTo(page, dialog.getByLabel("Time")); // Tab steps through the date's own parts first
  await page.keyboard.type("0930AM");
  await expect(dialog.getByLabel("Time")).toHaveValue("09:30");
  await tabTo(page, dialog.getByLabel("Priority"));
  await page.keyboard.type("P1");
  await expect(dialog.getByLabel("Priority")).toHaveValue("1");
  await tabTo(page, dialog.getByRole("button", { name: "Save" }));
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Edit #1" })).toBeFocused();

  const chip = row(page, "Renew passport").locator("[data-due]");
  await expect(chip).toHaveText(new RegExp(`${dayName(target).slice(0, 3)} 09:30$`));
  expect(await api.task(1)).toMatchObject({ due_date: target, due_time: "09:30", priority: 1 });

  // "Tomorrow" and "No date" are one keypress each; clearing the date clears the time.
  await page.keyboard.press("Enter");
  await tabTo(page, dialog.getByRole("button", { name: "Tomorrow" }));
  await page.keyboard.press("Enter");
  await expect(dialog.getByLabel("Due date")).toHaveValue(dateIn(ZONE, 1));
  await expect(dialog.getByLabel("Time")).toHaveValue("09:30");
  await tabTo(page, dialog.getByRole("button", { name: "No date" }));
  await page.keyboard.press("Enter");
  await expect(dialog.getByLabel("Due date")).toHaveValue("");
  await expect(dialog.getByLabel("Time")).toHaveValue("");
  await expect(dialog.getByLabel("Time")).toBeDisabled();
  await tabTo(page, dialog.getByRole("button", { name: "Save" }));
  await page.keyboard.press("Enter");
  await expect(row(page, "Renew passport").locator("[data-due]")).toHaveCount(0);
  await expect.poll(async () => (await api.task(1)).due_date).toBeNull();
  expect(await api.task(1)).toMatchObject({ due_time: null, priority: 1 });

  // Escape closes the editor without saving.
  await page.keyboard.press("Enter");
  await dialog.getByRole("textbox", { name: "Title" }).fill("Something else");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(pendingList(page)).toContainText("Renew passport");
});

test("Settings changes the time zone, and refuses one it does not know", async ({ page }) => {
  await signUp(page);
  await page.goto("/settings");
  const zone = page.getByRole("combobox", { name: "Time zone" });
  await expect(zone).toHaveValue(ZONE);

  await page.getByRole("searchbox", { name: "Search time zones" }).fill("tokyo");
  await zone.selectOption("Asia/Tokyo");
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByText("Time zone set to Asia/Tokyo")).toBeVisible();
  expect((await sessionApi(page).me()).timezone).toBe("Asia/Tokyo");

  // A made-up zone (only a tampered page can send one) gets a clear error and changes nothing.
  await zone.evaluate((select: HTMLSelectElement) => select.add(new Option("Mars/Olympus", "Mars/Olympus")));
  await zone.selectOption("Mars/Olympus");
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Unknown timezone: use an IANA name such as Europe/Paris" })).toBeVisible();
  expect((await sessionApi(page).me()).timezone).toBe("Asia/Tokyo");
});
