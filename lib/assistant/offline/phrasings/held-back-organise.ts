/**
 * Held-back phrasings about lists, labels, repeats and reminders: written before the parser
 * learned them and never used to tune it. The held-back test prints the share it gets right; a
 * row changes only when its expectation is objectively wrong, and the commit says so.
 *
 * Said on Tuesday 10 March 2026 at 15:00 UTC unless a row names another zone or moment.
 */
import { add, createList, list, listLists, moveTo, setLabels, setReminders, setRepeat, skip, snooze, type Phrasing, type TaskFixture } from "./rows";

/** Inbox, Work, Groceries, Travel; 3 repeats on Mondays, 5 on weekdays at 9am (next Wed), 6 on Mondays and Thursdays. */
const organised: TaskFixture[] = [
  { title: "Buy milk", list: "Groceries" },
  { title: "Send the report", list: "Work", labels: ["office"] },
  { title: "Water the plants", labels: ["home"], repeat: "every monday" },
  { title: "Dentist", due: "2026-03-12T10:00" },
  { title: "Standup", list: "Work", repeat: "every weekday at 9am" },
  { title: "Go to the gym", repeat: "every monday and thursday" },
  { title: "Book hotel", list: "Travel" },
];
const lists = ["Work", "Groceries", "Travel"];

export const heldBackOrganise: Phrasing[] = [
  // Lists: adding to one, seeing one, moving to one, making one
  { say: "add milk to groceries", tasks: organised, lists, calls: [add("Milk", { list: "groceries" })], reply: /Groceries/ },
  { say: "Add eggs and bread to my Groceries list", tasks: organised, lists, calls: [add("Eggs", { list: "Groceries" }), add("Bread", { list: "Groceries" })] },
  { say: "put 'renew passport' on the travel list", tasks: organised, lists, calls: [add("Renew passport", { list: "travel" })] },
  { say: "add milk to my shopping list", tasks: organised, lists, calls: [add("Milk", { list: "shopping" })], reply: /You have no list called “shopping” — your lists are Inbox, Work, Groceries, Travel/ },
  { say: "whats in my work list?", tasks: organised, lists, calls: [list({ list: "work" })], reply: /Send the report[\s\S]*Standup/, notReply: /Buy milk/ },
  { say: "show me the groceries list", tasks: organised, lists, calls: [list({ list: "groceries" })], reply: /Buy milk/ },
  { say: "what's on my holiday list", tasks: organised, lists, calls: [list({ list: "holiday" })], reply: /no list called “holiday”/ },
  { say: "what lists do i have", tasks: organised, lists, calls: [listLists()], reply: /Inbox[\s\S]*Work[\s\S]*Groceries[\s\S]*Travel/ },
  { say: "move task 4 to travel", tasks: organised, lists, calls: [moveTo(4, "travel")], reply: /Travel/ },
  { say: "move the dentist to my work list", tasks: organised, lists, calls: [moveTo(4, "work")], reply: /Work/ },
  { say: "create a list called Reading", calls: [createList("Reading")], reply: /Reading/ },
  { say: "make a Groceries list and add milk and eggs to it", calls: [createList("Groceries"), add("Milk", { list: "Groceries" }), add("Eggs", { list: "Groceries" })] },

  // Labels
  { say: "tag task 2 with urgent", tasks: organised, lists, calls: [setLabels(2, ["office", "urgent"])], reply: /urgent/ },
  { say: "label the milk task as errands", tasks: organised, lists, calls: [setLabels(1, ["errands"])] },
  { say: "remove the office label from task 2", tasks: organised, lists, calls: [setLabels(2, [])] },
  { say: "show everything labelled home", tasks: organised, lists, calls: [list({ label: "home" })], reply: /Water the plants/, notReply: /Buy milk/ },
  { say: "anything tagged office?", tasks: organised, lists, calls: [list({ label: "office" })], reply: /Send the report/ },

  // Repeats
  { say: "every monday water the plants", calls: [add("Water the plants", { recurrence: "every monday" })], reply: /Every Monday[\s\S]*Mon/ },
  { say: "water the ferns every sunday at 9am", calls: [add("Water the ferns", { recurrence: "every sunday at 9am" })], reply: /Every Sunday at 09:00/ },
  { say: "make the report repeat every friday", tasks: organised, lists, calls: [setRepeat(2, "every friday")], reply: /Every Friday/ },
  { say: "stop repeating the gym task", tasks: organised, lists, calls: [setRepeat(6, "none")] },
  { say: "skip this week's standup", tasks: organised, lists, calls: [skip(5)], reply: /Standup/ },
  // 22:00 on Sunday 15 March in Los Angeles: the first Monday there is tomorrow.
  { say: "Every Monday: water the plants", timezone: "America/Los_Angeles", now: "2026-03-16T05:00:00Z", calls: [add("Water the plants", { recurrence: "Every Monday" })], reply: /Every Monday[\s\S]*Tomorrow/ },
  // 01:00 on Monday 16 March in Auckland: the first Monday there is today.
  { say: "every monday water the plants", timezone: "Pacific/Auckland", now: "2026-03-15T12:00:00Z", calls: [add("Water the plants", { recurrence: "every monday" })], reply: /Every Monday[\s\S]*Today/ },

  // Reminders
  { say: "remind me to take the bins out every tuesday at 8pm", calls: [add("Take the bins out", { recurrence: "every tuesday at 8pm", reminders: [{ before_minutes: 0 }] })], reply: /Every Tuesday at 20:00/ },
  { say: "Remind me to call mom tomorrow at 6pm", calls: [add("Call mom", { due: "tomorrow at 6pm", reminders: [{ before_minutes: 0 }] })], reply: /Tomorrow 18:00/ },
  { say: "remind me 30 minutes before the dentist", tasks: organised, lists, calls: [setReminders(4, [{ before_minutes: 30 }])], reply: /30 minutes before/ },
  { say: "remind me 15 min before task 4", tasks: organised, lists, calls: [setReminders(4, [{ before_minutes: 15 }])] },
  { say: "snooze the dentist reminder for an hour", tasks: organised, lists, calls: [snooze(4, 60)], reply: /Dentist/ },
];
