import { dated, dentists } from "./fixtures";
import { add, complete, list, remove, rename, setDue, setPriority, setRepeat, type Phrasing } from "./rows";

/**
 * Due dates, said on Tuesday 10 March 2026 at 15:00 UTC. Adds pass the date words as quick add
 * found them; lists filter in the turn's zone; moves pass the words after "to"; replies say what
 * the tool result shows.
 */
const pending = { status: "pending" } as const;

export const dateRows: Phrasing[] = [
  // Adding with a date: the words go to the tool, the title keeps the rest.
  { say: "remind me to call mom tomorrow at 6pm", calls: [add("Call mom", { due: "tomorrow at 6pm", reminders: [{ before_minutes: 0 }] })], reply: /^Added #1 “Call mom”, due Tomorrow 18:00\. I'll remind you when it's due\.$/ },
  { say: "remidn me to call mom tomorrow at 6pm", calls: [add("Call mom", { due: "tomorrow at 6pm", reminders: [{ before_minutes: 0 }] })] },
  { say: "could you please remind me to call mom tomorrow at 6pm?", calls: [add("Call mom", { due: "tomorrow at 6pm", reminders: [{ before_minutes: 0 }] })] },
  { say: "remind me tomorrow at 6pm to call mom", calls: [add("Call mom", { due: "tomorrow at 6pm", reminders: [{ before_minutes: 0 }] })], reply: /due Tomorrow 18:00/ },
  { say: "add pay rent on the 1st p1", calls: [add("Pay rent", { due: "on the 1st", priority: 1 })], reply: /^Added #1 “Pay rent”, due 1 Apr, urgent \(P1\)\.$/ },
  { say: "plz add pay rent p1 on the 1st", calls: [add("Pay rent", { due: "on the 1st", priority: 1 })] },
  { say: "add dentist friday 10am urgent", calls: [add("Dentist", { due: "friday 10am", priority: 1 })], reply: /due Fri 10:00, urgent \(P1\)/ },
  { say: "add milk tomorrow and eggs friday", calls: [add("Milk", { due: "tomorrow" }), add("Eggs", { due: "friday" })], reply: /^Added 2 tasks:\n- #1 Milk — Tomorrow\n- #2 Eggs — Fri$/ },
  { say: "add a task to submit the report by friday", calls: [add("Submit the report", { due: "by friday" })] },
  { say: "i need to renew my passport next month", calls: [add("Renew my passport", { due: "next month" })] },
  { say: "buy milk tomorrow", calls: [add("Buy milk", { due: "tomorrow" })] },
  { say: "add Read 1984", calls: [add("Read 1984")], reply: /^Added #1 “Read 1984”\.$/ },
  { say: "add Call May", calls: [add("Call May")] },
  { say: "add tomorrow", calls: [add("Tomorrow")] },
  { say: "add 'Call mom tonight'", calls: [add("Call mom tonight")] },
  // Repeating tasks: the repeat words go to the tool as said; the reply says the rule and the next date.
  { say: "add water the plants every monday", calls: [add("Water the plants", { recurrence: "every monday" })], reply: /^Added #1 “Water the plants”\. Repeats: Every Monday, next due Mon\.$/ },
  { say: "undo", before: ["add water the plants every monday"], calls: [remove(1)] },
  { say: "move task 3 to every monday", tasks: dated, calls: [setRepeat(3, "every monday")], reply: /^#3 “Team meeting” now repeats: Every Monday at 10:00, next due Mon 10:00\.$/ },

  // What is due: pending tasks, filtered by the tool, each line with its label.
  { say: "what's due today?", tasks: dated, calls: [list({ ...pending, due: "today" })], reply: /^You have 1 task due today:\n- #2 Dentist — Today 18:00$/ },
  { say: "what do I have today", tasks: dated, calls: [list({ ...pending, due: "today" })] },
  { say: "waht's due today", tasks: dated, calls: [list({ ...pending, due: "today" })] },
  { say: "anything overdue?", tasks: dated, calls: [list({ ...pending, due: "overdue" })], reply: /^You have 1 overdue task:\n- #1 File taxes — Yesterday, overdue$/ },
  { say: "what's overdue?", tasks: dated, calls: [list({ ...pending, due: "overdue" })] },
  { say: "what do I have this week?", tasks: dated, calls: [list({ ...pending, due_after: "2026-03-10", due_before: "2026-03-16" })], reply: /3 tasks due this week:\n- #2 Dentist — Today 18:00\n- #8 Book flights — Tomorrow, P2\n- #3 Team meeting — Fri 10:00/ },
  { say: "what's due tomorrow", tasks: dated, calls: [list({ ...pending, due_after: "2026-03-11", due_before: "2026-03-11" })], reply: /#8 Book flights — Tomorrow, P2/ },
  { say: "what's due friday?", tasks: dated, calls: [list({ ...pending, due_after: "2026-03-13", due_before: "2026-03-13" })], reply: /due on Fri:\n- #3 Team meeting/ },
  { say: "what's coming up", tasks: dated, calls: [list({ ...pending, due: "upcoming" })] },
  { say: "tasks with no date", tasks: dated, calls: [list({ ...pending, due: "none" })], reply: /2 tasks without a due date:\n- #4 Go to the gym\n- #6 Call mom/ },
  { say: "what's due today?", calls: [list({ ...pending, due: "today" })], reply: /^Nothing due today\.$/ },
  { say: "how many tasks are overdue?", tasks: dated, calls: [list({ ...pending, due: "overdue" })], reply: /^You have 1 overdue task\.$/ },
  // "today" is the turn's: 05:00 UTC is still Monday evening in Los Angeles.
  { say: "what do I have tomorrow", timezone: "America/Los_Angeles", now: "2026-03-10T05:00:00Z", calls: [list({ ...pending, due_after: "2026-03-10", due_before: "2026-03-10" })] },
  { say: "what's done today?", tasks: dated, calls: [list({ status: "completed", completed_on: "2026-03-10" })], reply: /^You've completed 1 task today:\n- #7 Buy milk — Today$/ },
  { say: "show my tasks", tasks: dated, calls: [list({ status: "all" })], reply: /- #1 File taxes — Yesterday, overdue\n- #2 Dentist — Today 18:00\n- #3 Team meeting — Fri 10:00\n- #4 Go to the gym\n- #5 Pay rent — 1 Apr, P1/ },
  { say: "show task 5", tasks: dated, calls: [], reply: /^#5 “Pay rent” is pending, due 1 Apr, urgent \(P1\)\.$/ },

  // Moving to a date; what follows "to" is a date only when the parser reads all of it as one.
  { say: "move the dentist to friday", tasks: dated, calls: [setDue(2, "friday")], reply: /^Moved #2 “Dentist” to Fri\.$/ },
  { say: "mvoe the dentist to friday", tasks: dated, calls: [setDue(2, "friday")] },
  { say: "can you please move the dentist to friday?", tasks: dated, calls: [setDue(2, "friday")] },
  { say: "push task 3 to next week", tasks: dated, calls: [setDue(3, "next week")], reply: /^Moved #3 “Team meeting” to Mon\.$/ },
  { say: "postpone #4 until monday", tasks: dated, calls: [setDue(4, "monday")], reply: /^#4 “Go to the gym” is now due Mon\.$/ },
  { say: "reschedule the meeting for tomorrow 3pm", tasks: dated, calls: [setDue(3, "tomorrow 3pm")], reply: /Moved #3 “Team meeting” to Tomorrow 15:00/ },
  { say: "task 5 is due on the 15th", tasks: dated, calls: [setDue(5, "the 15th")], reply: /^Moved #5 “Pay rent” to Sun\.$/ },
  { say: "change task 3 to friday", tasks: dated, calls: [setDue(3, "friday")] },
  { say: "change task 3 to Friday standup", tasks: dated, calls: [rename(3, "Friday standup")] },
  { say: "rename task 3 to friday", tasks: dated, calls: [rename(3, "Friday")] },
  { say: "move the dentist to friday", tasks: dentists, calls: [], reply: /^2 tasks match “dentist”:\n- #1 Dentist appointment — Thu 10:00\n- #3 Call the dentist — Tomorrow\n\nWhich one should I move\?/ },
  { say: "the second one", tasks: dentists, before: ["move the dentist to friday"], calls: [setDue(3, "friday")] },
  { say: "move the lisbon trip to friday", tasks: dated, calls: [], reply: /none matches “lisbon trip”/ },
  { say: "undo", tasks: dated, before: ["move the dentist to friday"], calls: [setDue(2, "2026-03-10T18:00")], reply: /^Undone: #2 “Dentist” is due Today 18:00 again\.$/ },
  { say: "undo", tasks: dated, before: ["postpone #4 until monday"], calls: [setDue(4, "none")], reply: /has no due date again/ },

  // Clearing the date.
  { say: "remove the date from task 1", tasks: dated, calls: [setDue(1, "none")], reply: /^Removed the due date from #1 “File taxes”\.$/ },
  { say: "clear the due date of 1", tasks: dated, calls: [setDue(1, "none")] },
  { say: "task 1 has no deadline", tasks: dated, calls: [setDue(1, "none")] },
  { say: "undate 1", tasks: dated, calls: [setDue(1, "none")] },
  { say: "remove the due date from the taxes task", tasks: dated, calls: [setDue(1, "none")] },

  // Said about the task, or with the date first.
  { say: "make the taxes due friday", tasks: dated, calls: [setDue(1, "friday")] },
  { say: "set the deadline for the taxes to monday", tasks: dated, calls: [setDue(1, "monday")] },
  { say: "give task 1 a deadline of friday", tasks: dated, calls: [setDue(1, "friday")] },
  { say: "task 3 should be done by thursday", tasks: dated, calls: [setDue(3, "thursday")] },
  { say: "the meeting is now on thursday", tasks: dated, calls: [setDue(3, "thursday")] },
  { say: "4 too", tasks: dated, before: ["move task 3 to friday"], calls: [setDue(4, "friday")] },
  { say: "delay the gym by a week", tasks: dated, calls: "none", reply: /Tell me which task and when/ },
  { say: "when is the dentist due?", tasks: dated, calls: [], reply: /#2 Dentist — Today 18:00/ },
  { say: "is there anything due today", tasks: dated, calls: [list({ ...pending, due: "today" })] },
  { say: "show everything due this week including done ones", tasks: dated, calls: [list({ status: "all", due_after: "2026-03-10", due_before: "2026-03-16" })], reply: /#7 Buy milk — Today \(done\)/ },
  { say: "what did I finish yesterday", tasks: dated, calls: [list({ status: "completed", completed_on: "2026-03-09" })], reply: /didn't complete anything yesterday/ },
  // Verbs that also start a task: a new task with a date, not a move.
  { say: "make dinner reservations for friday", tasks: dated, calls: [add("Make dinner reservations", { due: "for friday" })] },
  { say: "move the couch on saturday", tasks: dated, calls: [add("Move the couch", { due: "on saturday" })] },
  { say: "set up a meeting for friday", tasks: dated, calls: "none", notReply: /Moved/ },
  { say: "remind me in 20 minutes to take the pizza out", calls: [add("Take the pizza out", { due: "in 20 minutes", reminders: [{ before_minutes: 0 }] })], reply: /due Today 15:20/ },
  { say: "set a reminder for tomorrow at 9am to call the bank", calls: [add("Call the bank", { due: "tomorrow at 9am", reminders: [{ before_minutes: 0 }] })], reply: /^Added #1 “Call the bank”, due Tomorrow 09:00\. I'll remind you when it's due\.$/ },

  // Several things at once.
  { say: "what's due today and what's overdue", tasks: dated, calls: [list({ ...pending, due: "today" }), list({ ...pending, due: "overdue" })] },
  { say: "add buy stamps and move task 3 to friday", tasks: dated, calls: [add("Buy stamps"), setDue(3, "friday")] },
  { say: "move 3 to friday, then make 6 urgent", tasks: dated, calls: [setDue(3, "friday"), setPriority(6, 1)] },
  // The delete needs no lookup, so it goes out in the first step, beside the list that finds the dentist.
  { say: "mark the dentist done and delete task 6", tasks: dated, calls: [remove(6), complete(2)], reply: /Marked #2 “Dentist” as done/ },
];
