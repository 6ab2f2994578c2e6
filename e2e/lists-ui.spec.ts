import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousViolations, expectNoSidewaysOverflow, pendingList, sessionApi, signUp } from "./helpers";

// Lists and labels in the web app: the navigation, list and label pages, moving tasks, the
// Trash, and #list / @label in quick add.

const nav = (page: Page) => page.getByRole("navigation", { name: "Main" });
const navLists = (page: Page) => nav(page).getByRole("list", { name: "Lists" });
const newTask = (page: Page) => page.getByLabel("New task");
const heading = (page: Page, name: string) => page.getByRole("heading", { level: 1, name, exact: true });
const row = (page: Page, title: string) => page.getByRole("main").getByRole("listitem").filter({ hasText: title });
const listActions = (page: Page, name: string) => page.getByRole("button", { name: `List actions for ${name}` });

/** The page's session as a client of the lists and labels API (same cookies, same origin). */
function organiseApi(page: Page) {
  const origin = new URL(page.url()).origin;
  const headers = { origin };
  return {
    async createList(name: string, color = "gray"): Promise<{ id: string; name: string }> {
      const response = await page.request.post(`${origin}/api/v1/lists`, { data: { name, color }, headers });
      expect(response.status(), await response.text()).toBe(201);
      return response.json();
    },
    async lists(): Promise<{ id: string; name: string; inbox: boolean }[]> {
      return (await (await page.request.get(`${origin}/api/v1/lists`)).json()).lists;
    },
  };
}

/** Picks a colour in the name-and-colour dialog by keyboard, as its radio buttons are swatches. */
async function chooseColour(page: Page, colour: string) {
  const radio = page.getByRole("dialog").getByRole("radio", { name: colour });
  await radio.focus();
  await page.keyboard.press("Space");
  await expect(radio).toBeChecked();
}

test("a list is created, renamed, recoloured, reordered and archived from the navigation", async ({ page }) => {
  await signUp(page);
  await expect(nav(page).getByRole("link", { name: "Inbox" })).toBeVisible();
  await expect(navLists(page)).toContainText("No lists yet");

  await nav(page).getByRole("button", { name: "New list" }).click();
  const dialog = page.getByRole("dialog", { name: "New list" });
  await dialog.getByRole("button", { name: "Create list" }).click();
  await expect(dialog.getByText("Give it a name")).toBeVisible();
  await dialog.getByLabel("Name").fill("Travel");
  await chooseColour(page, "Blue");
  await dialog.getByRole("button", { name: "Create list" }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/lists\/[0-9a-f-]{36}$/);
  await expect(heading(page, "Travel")).toBeVisible();
  await expect(page.getByRole("main").getByText("Nothing in this list yet")).toBeVisible();

  // A task added on the list's page goes to the list, and the navigation counts it.
  await newTask(page).fill("Book flights");
  await newTask(page).press("Enter");
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/#1\s*Book flights/]);
  await expect(navLists(page).getByRole("link", { name: "Travel 1 pending" })).toBeVisible();
  const travelUrl = page.url();
  await page.reload();
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/#1\s*Book flights/]);

  // Rename and recolour; a name already used (ignoring case) is refused with the reason.
  await listActions(page, "Travel").click();
  await page.getByRole("menuitem", { name: "Rename or recolour…" }).click();
  const edit = page.getByRole("dialog", { name: "Edit “Travel”" });
  await edit.getByLabel("Name").fill("Trips");
  await chooseColour(page, "Green");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit).toBeHidden();
  await expect(heading(page, "Trips")).toBeVisible();
  await expect(navLists(page).getByRole("link", { name: /^Trips/ })).toBeVisible();

  await nav(page).getByRole("button", { name: "New list" }).click();
  await page.getByRole("dialog", { name: "New list" }).getByLabel("Name").fill("TRIPS");
  await page.getByRole("dialog", { name: "New list" }).getByRole("button", { name: "Create list" }).click();
  await expect(page.getByRole("dialog", { name: "New list" }).getByRole("alert")).toHaveText("You already have a list called “TRIPS”");
  await page.getByRole("dialog", { name: "New list" }).getByLabel("Name").fill("Work");
  await page.getByRole("dialog", { name: "New list" }).getByRole("button", { name: "Create list" }).click();
  await expect(heading(page, "Work")).toBeVisible();
  await expect(navLists(page).getByRole("link")).toHaveText([/^Trips/, /^Work/]);

  // Reorder: Work moves above Trips.
  await listActions(page, "Work").click();
  await page.getByRole("menuitem", { name: "Move up" }).click();
  await expect(navLists(page).getByRole("link")).toHaveText([/^Work/, /^Trips/]);
  await page.reload();
  await expect(navLists(page).getByRole("link")).toHaveText([/^Work/, /^Trips/]);

  // Archive: hidden from the navigation, tasks kept; Undo and Unarchive bring it back.
  await page.goto(travelUrl);
  await listActions(page, "Trips").click();
  await page.getByRole("menuitem", { name: "Archive" }).click();
  await expect(page.getByText("Archived “Trips”")).toBeVisible();
  await expect(navLists(page).getByRole("link")).toHaveText([/^Work/]);
  await expect(page.getByText("Archived: hidden from the navigation")).toBeVisible();
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/#1\s*Book flights/]);
  await nav(page).getByText("Archived (1)").click();
  await expect(nav(page).getByRole("list", { name: "Archived lists" }).getByRole("link", { name: "Trips" })).toBeVisible();
  await page.getByRole("button", { name: "Unarchive" }).click();
  await expect(navLists(page).getByRole("link")).toHaveText([/^Work/, /^Trips/]);
  await expect(page.getByText("Archived: hidden from the navigation")).toBeHidden();
});

test("deleting a list takes it and its tasks to the Trash, and restoring it brings them back", async ({ page }) => {
  await signUp(page);
  const api = sessionApi(page);
  const errands = await organiseApi(page).createList("Errands", "orange");
  await api.createTask({ title: "Buy milk", list_id: errands.id });
  await api.createTask({ title: "Post parcel", list_id: errands.id });
  await api.createTask({ title: "Stay in the Inbox" });
  await page.reload();

  await navLists(page).getByRole("link", { name: /^Errands/ }).click();
  await expect(heading(page, "Errands")).toBeVisible();
  await listActions(page, "Errands").click();
  await page.getByRole("menuitem", { name: "Delete list" }).click();
  await expect(page.getByText("Moved “Errands” to the trash")).toBeVisible();
  await expect(page.getByText("With its 2 pending tasks")).toBeVisible();
  await expect(heading(page, "Inbox")).toBeVisible();
  await expect(navLists(page).getByRole("link")).toHaveCount(0);
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/#3\s*Stay in the Inbox/]);

  await nav(page).getByRole("link", { name: "Trash" }).click();
  await expect(page.getByRole("list", { name: "Deleted lists" }).getByRole("listitem")).toHaveText([/Errands\s*2 pending tasks come back with it/]);
  await expect(page.getByRole("list", { name: "Deleted tasks" }).getByRole("listitem")).toHaveCount(2);
  await page.getByRole("button", { name: "Restore list Errands" }).click();
  await expect(page.getByText("Restored “Errands”")).toBeVisible();
  await expect(page.getByText("Trash is empty")).toBeVisible();

  await navLists(page).getByRole("link", { name: "Errands 2 pending" }).click();
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/#1\s*Buy milk/, /#2\s*Post parcel/]);
});

test("a task moves to another list from its row (with Undo) and from the edit dialog", async ({ page }) => {
  await signUp(page);
  const api = sessionApi(page);
  const lists = organiseApi(page);
  await lists.createList("Work", "blue");
  await lists.createList("Home", "green");
  await api.createTask({ title: "Fix the sink" });
  await page.reload();

  await nav(page).getByRole("link", { name: /^Inbox/ }).click();
  await expect(heading(page, "Inbox")).toBeVisible();
  await page.getByRole("button", { name: "Move #1 to another list" }).click();
  await expect(page.getByRole("menuitemradio", { name: "Inbox" })).toBeChecked();
  await page.getByRole("menuitemradio", { name: "Work" }).click();
  await expect(page.getByText("Moved #1 to Work")).toBeVisible();
  await expect(page.getByRole("main").getByText("Nothing in this list yet")).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/#1\s*Fix the sink/]);
  expect(await api.task(1)).toMatchObject({ list_id: (await lists.lists()).find((l) => l.inbox)!.id });

  await page.getByRole("button", { name: "Move #1 to another list" }).click();
  await page.getByRole("menuitemradio", { name: "Work" }).click();
  await expect(page.getByText("Moved #1 to Work")).toBeVisible();
  await navLists(page).getByRole("link", { name: /^Work/ }).click();
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/#1\s*Fix the sink/]);

  // The edit dialog moves it too, and sets its labels.
  await page.getByRole("button", { name: "Edit #1" }).click();
  const editor = page.getByRole("dialog", { name: "Edit #1" });
  await editor.getByLabel("List").selectOption({ label: "Home" });
  await editor.getByLabel("Labels").fill("@plumbing urgent-ish");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("main").getByText("Nothing in this list yet")).toBeVisible();
  await navLists(page).getByRole("link", { name: /^Home/ }).click();
  await expect(pendingList(page).getByRole("listitem")).toHaveText([/#1\s*Fix the sink\s*@plumbing\s*@urgent-ish/]);

  // The full list names the task's list.
  await nav(page).getByRole("link", { name: "Tasks" }).click();
  await expect(row(page, "Fix the sink")).toContainText("In list Home");
});

test("quick add fills in #list and @label by keyboard, and offers to create a new list", async ({ page }) => {
  await signUp(page);
  await organiseApi(page).createList("Travel", "blue");
  await sessionApi(page).createTask({ title: "Check in", labels: ["online"] });
  await page.reload();

  const input = newTask(page);
  await input.pressSequentially("Book flights #tra");
  const lists = page.getByRole("listbox", { name: "Lists" });
  await expect(lists.getByRole("option")).toHaveText(["Travel", "Create list “tra”"]);
  await expect(page.getByRole("combobox", { name: "New task" })).toHaveAttribute("aria-expanded", "true");
  await expect(lists.getByRole("option", { name: "Travel" })).toHaveAttribute("aria-selected", "true");
  await input.press("ArrowDown");
  await expect(lists.getByRole("option", { name: "Create list “tra”" })).toHaveAttribute("aria-selected", "true");
  await input.press("ArrowUp");
  await input.press("Tab");
  await expect(input).toHaveValue("Book flights #Travel ");
  await expect(lists).toBeHidden();
  await expect(page.getByRole("textbox", { name: "New task" })).toBeVisible(); // a plain text box again

  await input.pressSequentially("@onl");
  const labels = page.getByRole("listbox", { name: "Labels" });
  await expect(labels.getByRole("option", { name: "online" })).toHaveAttribute("aria-selected", "true");
  await input.press("Enter");
  await expect(input).toHaveValue("Book flights #Travel @online ");
  await input.pressSequentially("@Work tomorrow p2");
  await expect(labels).toBeHidden();
  await expect(page.getByRole("button", { name: /^List Travel\./ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Labels online, Work\./ })).toBeVisible();
  await input.press("Enter");
  await expect(input).toHaveValue("");
  const added = row(page, "Book flights");
  await expect(added).toContainText("In list Travel");
  await expect(added.getByRole("link", { name: "Label online" })).toBeVisible();
  await expect(added.getByRole("link", { name: "Label Work" })).toBeVisible();
  await expect(added).toContainText("Tomorrow");
  await expect(added).toContainText("Priority 2");

  // An unknown #name: Escape closes the suggestions, submitting says how to go on, and the offer makes the list.
  await input.pressSequentially("Pack bags #packing");
  await expect(lists.getByRole("option")).toHaveText(["Create list “packing”"]);
  await input.press("Escape");
  await expect(lists).toBeHidden();
  await expect(input).toHaveValue("Pack bags #packing");
  await input.press("Enter");
  await expect(page.getByText("There's no list “packing”")).toBeVisible();
  await expect(input).toHaveValue("Pack bags #packing");
  await input.press("Backspace");
  await input.pressSequentially("g");
  await expect(lists.getByRole("option", { name: "Create list “packing”" })).toHaveAttribute("aria-selected", "true");
  await input.press("Enter");
  await expect(input).toHaveValue("Pack bags #packing ");
  await expect(navLists(page).getByRole("link", { name: /^packing/ })).toBeVisible();
  await input.press("Enter");
  await expect(input).toHaveValue("");
  await expect(row(page, "Pack bags")).toContainText("In list packing");
  await expect(navLists(page).getByRole("link", { name: "packing 1 pending" })).toBeVisible();
});

test("a label's page shows its tasks across lists, and a task added there gets the label", async ({ page }) => {
  await signUp(page);
  const api = sessionApi(page);
  const lists = organiseApi(page);
  const work = await lists.createList("Work", "blue");
  const home = await lists.createList("Home", "green");
  await api.createTask({ title: "Call the bank", list_id: work.id, labels: ["phone"] });
  await api.createTask({ title: "Call mom", list_id: home.id, labels: ["Phone", "family"] });
  await api.createTask({ title: "Water plants", list_id: home.id });
  await page.reload();

  await row(page, "Call the bank").getByRole("link", { name: "Label phone" }).click();
  await expect(page).toHaveURL(/\/labels\/phone$/);
  await expect(heading(page, "phone")).toBeVisible();
  const pending = pendingList(page).getByRole("listitem");
  await expect(pending).toHaveText([/#1\s*Call the bank\s*In list Work\s*@phone/, /#2\s*Call mom\s*In list Home\s*@family\s*@phone/]);

  await newTask(page).fill("Call the dentist #home");
  await newTask(page).press("Enter");
  await expect(pending).toHaveCount(3);
  await expect(row(page, "Call the dentist")).toContainText("In list Home");
  expect(await api.task(4)).toMatchObject({ labels: ["phone"], list_id: home.id });

  await expect(nav(page).getByRole("list", { name: "Labels" }).getByRole("link")).toHaveText(["family", "phone"]);
  await expectNoSeriousViolations(page);

  // Renaming renames it on every task; deleting takes it off them and keeps the tasks.
  await page.getByRole("button", { name: "Label actions for phone" }).click();
  await page.getByRole("menuitem", { name: "Rename or recolour…" }).click();
  const edit = page.getByRole("dialog", { name: "Edit @phone" });
  await edit.getByLabel("Name").fill("calls");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(/\/labels\/calls$/);
  await expect(heading(page, "calls")).toBeVisible();
  await expect(row(page, "Call mom")).toContainText("@calls");
  expect(await api.task(1)).toMatchObject({ labels: ["calls"] });

  await page.getByRole("button", { name: "Delete label calls" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete label" }).click();
  await expect(page.getByText("Deleted @calls")).toBeVisible();
  await expect(heading(page, "Tasks")).toBeVisible();
  await expect(row(page, "Call the bank")).not.toContainText("@calls");
  expect(await api.task(2)).toMatchObject({ labels: ["family"] });
  await expect(nav(page).getByRole("list", { name: "Labels" }).getByRole("link")).toHaveText(["family"]);
});

test("a list page passes axe with tasks, labels and open suggestions", async ({ page }) => {
  await signUp(page);
  const trips = await organiseApi(page).createList("Trips", "purple");
  const api = sessionApi(page);
  await api.createTask({ title: "Renew passport", list_id: trips.id, labels: ["admin"], priority: 1 });
  await api.createTask({ title: "Pack", list_id: trips.id });
  await page.goto(`/lists/${trips.id}`);
  await expect(heading(page, "Trips")).toBeVisible();
  await expectNoSeriousViolations(page);
  await newTask(page).pressSequentially("Buy adapter #");
  await expect(page.getByRole("listbox", { name: "Lists" })).toBeVisible();
  await expectNoSeriousViolations(page);

  // Someone else's list, or none, is simply not there.
  await page.goto("/lists/00000000-0000-4000-8000-000000000000");
  await expect(page.getByRole("heading", { level: 1, name: "Nothing here" })).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the More sheet lists the Inbox and the lists with counts, and opens a list", async ({ page }) => {
    await signUp(page);
    const errands = await organiseApi(page).createList("Errands with a rather long name for a phone", "orange");
    await sessionApi(page).createTask({ title: "Buy stamps", list_id: errands.id, labels: ["town"] });
    await page.reload();

    const tabs = page.getByRole("navigation", { name: "Tabs" });
    await tabs.getByRole("button", { name: "More" }).click();
    await expect(page.getByRole("menuitem", { name: /^Inbox/ })).toBeVisible();
    await expect(page.getByRole("menuitem", { name: "Errands with a rather long name for a phone 1 pending" })).toBeVisible();
    await expect(page.getByRole("menuitem", { name: "town" })).toBeVisible();
    await expectNoSidewaysOverflow(page);
    await page.getByRole("menuitem", { name: /^Errands/ }).click();
    await expect(heading(page, "Errands with a rather long name for a phone")).toBeVisible();
    await expect(pendingList(page).getByRole("listitem")).toHaveText([/#1\s*Buy stamps/]);
    await expectNoSidewaysOverflow(page);
    await expectNoSeriousViolations(page);

    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoSidewaysOverflow(page);

    // A new list from the sheet.
    await tabs.getByRole("button", { name: "More" }).click();
    await page.getByRole("menuitem", { name: "New list…" }).click();
    await page.getByRole("dialog", { name: "New list" }).getByLabel("Name").fill("Garden");
    await page.getByRole("dialog", { name: "New list" }).getByRole("button", { name: "Create list" }).click();
    await expect(heading(page, "Garden")).toBeVisible();
    await expectNoSidewaysOverflow(page);
  });
});
