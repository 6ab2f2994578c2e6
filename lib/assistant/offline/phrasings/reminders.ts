import { organised, organisedLists as lists } from "./fixtures";
import { add, createList, moveTo, setLabels, setReminders, setRepeat, skip, snooze, type Phrasing } from "./rows";

/** Reminders: "remind me …" with a time reminds at the due time; reminders before an existing task keep its own; snoozes. */
const tasks = organised;
const atDue = [{ before_minutes: 0 }];

export const reminderRows: Phrasing[] = [
  { say: "remind me at 7pm to feed the cat", calls: [add("Feed the cat", { due: "at 7pm", reminders: atDue })], reply: /due Today 19:00\. I'll remind you when it's due\.$/ },
  // No time of day: added, and told how to get a reminder.
  { say: "remind me to water the plants", calls: [add("Water the plants")], reply: /^Added #1 “Water the plants”\. A reminder needs a time of day: say “remind me to water the plants tomorrow at 9am” and I'll remind you then\.$/ },
  { say: "remind me friday to send the invoice", calls: [add("Send the invoice", { due: "friday" })], reply: /say “remind me to send the invoice friday at 9am”/ },
  { say: "remind me to call dad tomorrow at 8am", timezone: "America/New_York", calls: [add("Call dad", { due: "tomorrow at 8am", reminders: atDue })], reply: /Tomorrow 08:00/ },
  { say: "remind me 30 minutes before the dentist", tasks, lists, calls: [setReminders(4, [{ before_minutes: 30 }])], reply: /^I'll remind you 30 minutes before #4 “Dentist” \(due Thu 10:00\)\.$/ },
  { say: "remind me an hour before the gym", tasks, lists, calls: [setReminders(6, [{ before_minutes: 15 }, { before_minutes: 60 }])], reply: /an hour before #6/ },
  { say: "remind me 10 min before task 4", tasks, lists, calls: [setReminders(4, [{ before_minutes: 10 }])] },
  { say: "Remind me about the dentist a day before", tasks, lists, calls: [setReminders(4, [{ before_minutes: 1440 }])], reply: /a day before/ },
  { say: "snooze the dentist reminder for an hour", tasks, lists, calls: [snooze(4, 60)], reply: /^Snoozed #4 “Dentist”: I'll remind you again at 16:00\.$/ },
  { say: "snooze task 6 for 10 minutes", tasks, lists, calls: [snooze(6, 10)], reply: /^Snoozed #6 “Go to the gym”: I'll remind you again at 15:10\.$/ },
  { say: "snooze the gym till tomorrow", tasks, lists, calls: [snooze(6, 1440)], reply: /again tomorrow 15:00/ },
  { say: "snooze dentist 15 min", tasks, lists, calls: [snooze(4, 15)] },
  { say: "remind me every day at 8am to take my vitamins", calls: [add("Take my vitamins", { recurrence: "every day at 8am", reminders: atDue })], reply: /Every day at 08:00, next due Tomorrow 08:00/ },
  { say: "remind me to pay rent on the 1st of every month", calls: [add("Pay rent", { recurrence: "every month on the 1st" })], reply: /Every month on the 1st, next due 1 Apr/ },
  // Typos in the new command words
  { say: "tagg task 2 with urgent", tasks, lists, calls: [setLabels(2, ["office", "urgent"])] },
  { say: "lable task 1 as errands", tasks, lists, calls: [setLabels(1, ["errands"])] },
  { say: "remnd me 30 min before the dentist", tasks, lists, calls: [setReminders(4, [{ before_minutes: 30 }])] },
  { say: "snoze my remider for the dentist", tasks, lists, calls: [snooze(4, 10)], reply: /again at 15:10/ },
  { say: "skp the standup", tasks, lists, calls: [skip(5)] },
  { say: "plz stop reapeating the rent task thx", tasks, lists, calls: [setRepeat(8, "none")] },
  { say: "creat a list called Reading", calls: [createList("Reading")] },
  { say: "snooze it", tasks, lists, before: ["remind me 30 minutes before the dentist"], calls: [snooze(4, 10)] },
  { say: "add milk and eggs to groceries and remind me to call mom at 5pm", tasks, lists, calls: [add("Milk", { list: "groceries" }), add("Eggs", { list: "groceries" }), add("Call mom", { due: "at 5pm", reminders: atDue })], reply: /^Added 3 tasks:\n- #9 Milk \(in Groceries\)\n- #10 Eggs \(in Groceries\)\n- #11 Call mom — Today 17:00$/ },
  { say: "move task 4 to travel and tag it with trip", tasks, lists, calls: [moveTo(4, "travel"), setLabels(4, ["trip"])], reply: /Moved #4 “Dentist” to Travel\. Labels on #4 “Dentist”: trip\./ },
  { say: "make task 2 repeat every monday and remind me 10 minutes before it", tasks, lists, calls: [setRepeat(2, "every monday"), setReminders(2, [{ before_minutes: 10 }])] },
  { say: "every friday at 5pm review the week p2 @work", calls: [add("Review the week", { priority: 2, labels: ["work"], recurrence: "every friday at 5pm" })], reply: /labelled work\. Repeats: Every Friday at 17:00, next due Fri 17:00\.$/ },
  { say: "add milk to groceries and tag task 2 with urgent", tasks, lists, calls: [add("Milk", { list: "groceries" }), setLabels(2, ["office", "urgent"])] },
];
