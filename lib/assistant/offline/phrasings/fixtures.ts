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
