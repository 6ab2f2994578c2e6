import type { TaskFixture } from "./rows";

/** Task lists the phrasing rows run against (numbers are positions, from 1). */

/** 1–5 pending, 6–7 done, 8–9 in the trash. */
export const everyday: TaskFixture[] = [
  "Buy groceries",
  "Team meeting",
  "Call mom",
  "Pay rent",
  { title: "Book flights to Lisbon", description: "TAP or Ryanair, window seat" },
  { title: "Water the plants", done: true },
  { title: "Renew passport", done: true },
  { title: "Old meeting notes", deleted: true },
  { title: "Fix the bike", deleted: true },
];

/** Two tasks about meetings, for "which one?". */
export const meetings: TaskFixture[] = ["Team meeting", "Buy milk", "Prepare meeting notes", "Call the dentist"];

/** Everything done but one. */
export const mostlyDone: TaskFixture[] = [
  { title: "Buy milk", done: true },
  "Call the bank",
  { title: "Pay rent", done: true },
  { title: "Send invoice", done: true, description: "to Acme" },
];

/**
 * Tasks with dates and priorities, as seen on Tuesday 10 March 2026, 15:00 UTC (the table's
 * moment): 1 overdue, 2 today 18:00, 3 Friday 10:00, 4 and 6 undated, 5 on 1 April and urgent,
 * 7 done today, 8 tomorrow and high priority.
 */
export const dated: TaskFixture[] = [
  { title: "File taxes", due: "2026-03-09" },
  { title: "Dentist", due: "2026-03-10T18:00" },
  { title: "Team meeting", due: "2026-03-13T10:00" },
  "Go to the gym",
  { title: "Pay rent", due: "2026-04-01", priority: 1 },
  "Call mom",
  { title: "Buy milk", done: true, completedAt: "2026-03-10T09:00:00Z", due: "2026-03-10" },
  { title: "Book flights", due: "2026-03-11", priority: 2 },
];

/** Two tasks about the dentist, for "which one?". */
export const dentists: TaskFixture[] = [{ title: "Dentist appointment", due: "2026-03-12T10:00" }, "Buy milk", { title: "Call the dentist", due: "2026-03-11" }];

/**
 * Tasks in lists, with labels, repeats and reminders, as seen on Tuesday 10 March 2026, 15:00
 * UTC: lists Inbox, Work, Groceries, Travel; 3 repeats on Mondays, 5 on weekdays at 9am (next
 * Wed 09:00), 6 on Mondays and Thursdays with a reminder 15 minutes before, 8 on the 1st.
 */
export const organised: TaskFixture[] = [
  { title: "Buy milk", list: "Groceries" },
  { title: "Write the report", list: "Work", labels: ["office"] },
  { title: "Water the plants", labels: ["home"], repeat: "every monday" },
  { title: "Dentist", due: "2026-03-12T10:00" },
  { title: "Standup", list: "Work", repeat: "every weekday at 9am" },
  { title: "Go to the gym", repeat: "every monday and thursday", reminders: [{ before_minutes: 15 }] },
  { title: "Book hotel", list: "Travel", labels: ["trip"] },
  { title: "Pay rent", repeat: "every month on the 1st", labels: ["home", "money"] },
];
export const organisedLists = ["Work", "Groceries", "Travel"];
