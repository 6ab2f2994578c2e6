/**
 * Held-back phrasings about due dates and priorities: written before the parser learned dates
 * and never used to tune it. The held-back test prints the share it gets right; a row changes
 * only when its expectation is objectively wrong, and the commit says so.
 *
 * Said on Tuesday 10 March 2026 at 15:00 UTC unless a row names another zone.
 */
import { add, list, setDue, setPriority, type Phrasing } from "./rows";

const work = ["Buy milk", "Dentist appointment", "Write the report", "Go to the gym", "Team meeting"];

export const heldBackDates: Phrasing[] = [
  // Adding with a date or a priority: the date words go to the tool as said, the title without them
  { say: "remind me to pick up the dry cleaning on thursday", calls: [add("Pick up the dry cleaning", { due: "on thursday" })], reply: /due Thu/ },
  { say: "add submit expense report by friday p2", calls: [add("Submit expense report", { due: "by friday", priority: 2 })] },
  { say: "Add 'renew car insurance' next monday, high priority", calls: [add("Renew car insurance", { due: "next monday", priority: 2 })] },
  { say: "add call grandma tomorrow evening and book flights on the 20th", calls: [add("Call grandma", { due: "tomorrow evening" }), add("Book flights", { due: "on the 20th" })] },
  { say: "Remind me Friday to send the invoice", calls: [add("Send the invoice", { due: "Friday" })] },
  { say: "add water the plants every sunday", calls: [add("Water the plants", { recurrence: "every sunday" })], reply: /Every Sunday/ },

  // Seeing what is due
  { say: "what have I got on this week?", tasks: work, calls: [list({ status: "pending", due_after: "2026-03-10", due_before: "2026-03-16" })] },
  { say: "is anything overdue", tasks: work, calls: [list({ status: "pending", due: "overdue" })] },
  { say: "show me everything due tomorrow", tasks: work, calls: [list({ due_after: "2026-03-11", due_before: "2026-03-11" })] },
  // 04:00 on Wednesday 11 March in Auckland: tomorrow there is the 12th.
  { say: "what do I need to do tomorrow", timezone: "Pacific/Auckland", tasks: work, calls: [list({ status: "pending", due_after: "2026-03-12", due_before: "2026-03-12" })] },
  { say: "which tasks are high priority?", tasks: work, calls: [list({ priority: 2 })] },
  { say: "show undated tasks", tasks: work, calls: [list({ due: "none" })] },

  // Moving, prioritising and clearing
  { say: "can you move the dentist appointment to next thursday", tasks: work, calls: [setDue(2, "next thursday")], reply: /19 Mar/ },
  { say: "push the report back to monday", tasks: work, calls: [setDue(3, "monday")] },
  { say: "reschedule task 5 for friday at 2pm", tasks: work, calls: [setDue(5, "friday at 2pm")], reply: /Fri 14:00/ },
  { say: "postpone the meeting till tomorrow 9am", tasks: work, calls: [setDue(5, "tomorrow 9am")] },
  { say: "task 3 is urgent", tasks: work, calls: [setPriority(3, 1)], reply: /urgent/ },
  { say: "set the priority of the gym task to low", tasks: work, calls: [setPriority(4, 4)] },
  { say: "take the due date off task 1", tasks: [{ title: "File taxes", due: "2026-04-15" }], calls: [setDue(1, "none")] },
  { say: "undo", tasks: [{ title: "Dentist", due: "2026-03-12T10:00" }], before: ["move the dentist to friday"], calls: [setDue(1, "2026-03-12T10:00")], reply: /Thu 10:00/ },
];
