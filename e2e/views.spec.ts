import { expect, test, type Page } from "@playwright/test";
import { dateIn, dayName, expectNoSeriousViolations, pendingList, sessionApi, signUp } from "./helpers";

// Far from the servers' UTC, so "today" in the profile zone and in UTC differ for half of every day.
const ZONE = "America/Los_Angeles";
test.use({ timezoneId: ZONE });

const day = (offset: number) => dateIn(ZONE, offset);
const newTask = (page: Page) => page.getByRole("textbox", { name: "New task" });
const sectionHeadings = (page: Page) => page.getByRole("main").getByRole("heading", { level: 2 }).filter({ hasNotText: "Assistant" });
/** A view link's name with its count: "Today 2 due". */
const counted = (label: string, n: number) => new RegExp(`^${label}\\s*${n} due$`);
const nav = (page: Page) => page.getByRole("navigation", { name: "Main" });

/** Tasks around today: overdue, today, tomorrow, in 3 days, in 10 days, undated and done (#1–#7). */
async function addDatedTasks(page: Page) {
  const api = sessionApi(page);
  await api.createTask({ title: "Pay rent", due_date: day(-2), priority: 1 });
  await api.createTask({ title: "Water plants", due_date: day(0) });
  await api.createTask({ title: "Buy gift", due_date: day(1), due_time: "18:00", priority: 2 });
  await api.createTask({ title: "Book flights", due_date: day(3), priority: 3 });
  await api.createTask({ title: "Plan holiday", due_date: day(10) });
  await api.createTask({ title: "Someday idea" });
  const done = await api.createTask({ title: "Already done", due_date: day(0) });
  await api.updateTask(done.id, { completed: true });
  await page.reload();
  return api;
}

test("Today shows overdue first, then today's tasks, and the navigation counts them", async ({ page }) => {
  await signUp(page);
  const api = await addDatedTasks(page);
  await expect(nav(page).getByRole("link", { name: counted("Today", 2) })).toBeVisible();
  await expect(nav(page).getByRole("link", { name: counted("Upcoming", 2) })).toBeVisible();

  await nav(page).getByRole("link", { name: "Today" }).click();
  await expect(page).toHaveURL(/\/today$/);
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
  await expect(sectionHeadings(page)).toHaveText([/^Overdue\s*1$/, new RegExp(`^Today · ${dayName(day(0))}\\s*1$`)]);
  const overdue = page.getByRole("list", { name: "Overdue tasks" });
  await expect(overdue.getByRole("listitem")).toHaveText([/Pay rent/]);
  await expect(page.getByRole("list", { name: /^Due today/ }).getByRole("listitem")).toHaveText([/Water plants/]);
  await expect(page.getByText("Buy gift")).toHaveCount(0);
  await expect(page.getByText("Already done")).toHaveCount(0);

  // Overdue: a red chip that also says so in words.
  const chip = overdue.locator("[data-due]");
  await expect(chip).toHaveAttribute("data-overdue", "true");
  await expect(chip).toHaveCSS("color", "rgb(180, 35, 24)");
  await expect(chip.getByText(", overdue")).toBeAttached();
  await expect(overdue.getByRole("listitem")).toContainText(/Due .*, overdue/);

  // Added from Today without a date: due today. With another date: said where it went.
  await newTask(page).fill("Stretch");
  await newTask(page).press("Enter");
  await expect(page.getByRole("list", { name: /^Due today/ }).getByRole("listitem")).toHaveText([/Water plants/, /Stretch/]);
  await expect(nav(page).getByRole("link", { name: counted("Today", 3) })).toBeVisible();
  expect(await api.task(8)).toMatchObject({ title: "Stretch", due_date: day(0), due_time: null });
  await newTask(page).fill("Call bank tomorrow");
  await newTask(page).press("Enter");
  await expect(page.getByText("it's in Upcoming")).toBeVisible();
  await expect(page.getByRole("main").getByText("Call bank")).toHaveCount(0);
  await expect(nav(page).getByRole("link", { name: counted("Upcoming", 3) })).toBeVisible();

  // Completing leaves the view, with a way back.
  await page.getByRole("checkbox", { name: "Mark #2 as done" }).click();
  await expect(page.getByText("Completed #2")).toBeVisible();
  await expect(page.getByRole("main").getByText("Water plants")).toHaveCount(0);
  await expect(nav(page).getByRole("link", { name: counted("Today", 2) })).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("list", { name: /^Due today/ })).toContainText("Water plants");
  await expect(nav(page).getByRole("link", { name: counted("Today", 3) })).toBeVisible();
});

test("Upcoming groups the next 7 days by day, then Later; / lists everything in manual order", async ({ page }) => {
  await signUp(page);
  const api = await addDatedTasks(page);
  await nav(page).getByRole("link", { name: "Upcoming" }).click();
  await expect(page).toHaveURL(/\/upcoming$/);
  await expect(sectionHeadings(page)).toHaveText([
    new RegExp(`^Tomorrow · ${dayName(day(1))}\\s*1$`),
    new RegExp(`^${dayName(day(3))}\\s*1$`),
    /^Later\s*1$/,
  ]);
  await expect(page.getByRole("list", { name: `Due tomorrow, ${dayName(day(1))}` })).toContainText("Buy gift");
  await expect(page.getByRole("list", { name: "Due later" })).toContainText("Plan holiday");
  await expect(page.getByRole("main").getByText("Pay rent")).toHaveCount(0);

  // Priority flags: coloured, and named for screen readers; none for P4.
  const gift = page.getByRole("listitem").filter({ hasText: "Buy gift" });
  await expect(gift).toContainText("Tomorrow 18:00");
  await expect(gift.locator("[data-priority='2']")).toHaveCSS("color", "rgb(181, 71, 8)");
  await expect(gift.getByText("Priority 2 (high)")).toBeAttached();
  await expect(page.getByRole("listitem").filter({ hasText: "Plan holiday" }).locator("[data-priority]")).toHaveCount(0);

  // From Upcoming, a task without a date stays without one.
  await newTask(page).fill("Tidy desk");
  await newTask(page).press("Enter");
  await expect(page.getByText("No date: it's in Tasks.")).toBeVisible();
  expect(await api.task(8)).toMatchObject({ title: "Tidy desk", due_date: null });

  // The full list in manual order (new tasks go last), overdue in red, done apart.
  await nav(page).getByRole("link", { name: "Tasks" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tasks" })).toBeVisible();
  await expect(pendingList(page).getByRole("listitem")).toHaveText([
    /Pay rent/,
    /Water plants/,
    /Buy gift/,
    /Book flights/,
    /Plan holiday/,
    /Someday idea/,
    /Tidy desk/,
  ]);
  await expect(pendingList(page).locator("[data-overdue]")).toHaveCount(1);
  await expect(page.getByRole("list", { name: "Completed tasks" })).toContainText("Already done");
});

test("empty views say how to fill them", async ({ page }) => {
  await signUp(page);
  await page.goto("/today");
  await expect(page.getByRole("main").getByText("Nothing due today")).toBeVisible();
  await expect(page.getByText("like “Call mom tomorrow 6pm”")).toBeVisible();
  await page.goto("/upcoming");
  await expect(page.getByRole("main").getByText("Nothing coming up")).toBeVisible();
});

test("the assistant panel works on Today and its changes show in the list", async ({ page }) => {
  await signUp(page);
  await sessionApi(page).createTask({ title: "Water plants", due_date: day(0) });
  await page.goto("/today");
  await expect(page.getByRole("list", { name: /^Due today/ })).toContainText("Water plants");
  const input = page.getByRole("textbox", { name: "Message the assistant" });
  await input.fill("mark task 1 as done");
  await input.press("Enter");
  await expect(page.getByRole("region", { name: "Assistant" }).getByText("Completed #1 Water plants")).toBeVisible();
  await expect(page.getByRole("main").getByRole("listitem").filter({ hasText: "Water plants" })).toHaveCount(0);
  await expect(page.getByRole("main").getByText("Nothing due today")).toBeVisible();
  await expect(page).toHaveURL(/\/today\?c=/);
});

for (const [name, viewport] of [
  ["desktop", { width: 1280, height: 800 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test(`Today and Upcoming have no serious accessibility violations (${name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ reducedMotion: "reduce" });
    await signUp(page);
    await page.goto("/today");
    await expect(page.getByRole("main").getByText("Nothing due today")).toBeVisible();
    await expectNoSeriousViolations(page);
    await addDatedTasks(page);
    await page.goto("/today");
    await expect(page.getByRole("list", { name: "Overdue tasks" })).toBeVisible();
    await newTask(page).pressSequentially("Call mom tomorrow 6pm p1");
    await expect(page.getByRole("button", { name: "Keep “p1” as text" })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.goto("/upcoming");
    await expect(page.getByRole("list", { name: "Due later" })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.getByRole("button", { name: "Edit #3" }).click();
    await expect(page.getByRole("dialog", { name: "Edit #3" })).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}

test("on a phone the views are one tap away and nothing scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUp(page);
  await addDatedTasks(page);
  await sessionApi(page).createTask({ title: "A-very-long-title-without-any-spaces-that-must-wrap-instead-of-widening-the-page", due_date: day(1) });

  const tabs = page.getByRole("navigation", { name: "Tabs" });
  await expect(nav(page)).toBeHidden();
  for (const label of ["Today", "Upcoming", "Tasks", "Assistant", "More"]) {
    const tab = tabs.getByRole(label === "Assistant" || label === "More" ? "button" : "link", { name: label });
    await expect(tab).toBeVisible();
    const box = (await tab.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
  }
  await expect(tabs.getByRole("link", { name: counted("Today", 2) })).toBeVisible();

  const noSidewaysScroll = async () =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await tabs.getByRole("link", { name: "Today" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
  await noSidewaysScroll();
  await tabs.getByRole("link", { name: "Upcoming" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Upcoming" })).toBeVisible();
  await noSidewaysScroll();
  await tabs.getByRole("link", { name: "Tasks" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tasks" })).toBeVisible();
  await noSidewaysScroll();

  // The assistant opens as a drawer over the view, and closes again.
  await tabs.getByRole("button", { name: "Assistant" }).click();
  await expect(page.getByRole("textbox", { name: "Message the assistant" })).toBeVisible();
  await page.getByRole("button", { name: "Close assistant" }).click();
  await expect(page.getByRole("textbox", { name: "Message the assistant" })).toBeHidden();

  // More holds the rest.
  await tabs.getByRole("button", { name: "More" }).click();
  await page.getByRole("menuitem", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await noSidewaysScroll();

  // Every width from 320 to 430 px.
  for (const width of [320, 360, 430]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ["/", "/today", "/upcoming"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await noSidewaysScroll();
    }
  }
});
