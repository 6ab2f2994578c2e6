import { TOOL } from "../../tools/names";
import { organised, organisedLists as lists } from "./fixtures";
import { add, setRepeat, skip, snooze, type Phrasing } from "./rows";

/**
 * Repeats: the words go to the tool as said ("every monday"), the reply says the rule in words
 * and the next date, in the turn's zone.
 */
const tasks = organised;
const atDue = [{ before_minutes: 0 }];

export const repeatRows: Phrasing[] = [
  { say: "every monday water the plants", calls: [add("Water the plants", { recurrence: "every monday" })], reply: /^Added #1 “Water the plants”\. Repeats: Every Monday, next due Mon\.$/ },
  { say: "Water the plants every Monday", calls: [add("Water the plants", { recurrence: "every Monday" })] },
  { say: "add pay the rent every month on the 1st p1", calls: [add("Pay the rent", { recurrence: "every month on the 1st", priority: 1 })], reply: /urgent \(P1\)\. Repeats: Every month on the 1st, next due 1 Apr\./ },
  { say: "remind me to take the bins out every tuesday at 8pm", calls: [add("Take the bins out", { recurrence: "every tuesday at 8pm", reminders: atDue })], reply: /Repeats: Every Tuesday at 20:00, next due Today 20:00\. I'll remind you when it's due\.$/ },
  { say: "add stretch every weekday at 7am", calls: [add("Stretch", { recurrence: "every weekday at 7am" })], reply: /Every weekday at 07:00, next due Tomorrow 07:00/ },
  { say: "make the report repeat every friday", tasks, lists, calls: [setRepeat(2, "every friday")], reply: /^#2 “Write the report” now repeats: Every Friday, next due Fri\.$/ },
  { say: "task 1 should repeat weekly", tasks, lists, calls: [setRepeat(1, "weekly")] },
  { say: "move task 4 to every thursday", tasks, lists, calls: [setRepeat(4, "every thursday")], reply: /Every Thursday at 10:00/ },
  { say: "stop repeating the gym task", tasks, lists, calls: [setRepeat(6, "none")], reply: /^#6 “Go to the gym” no longer repeats; it's due Thu\.$/ },
  { say: "the rent doesn't repeat anymore", tasks, lists, calls: [setRepeat(8, "none")] },
  { say: "dont repeat the rent anymore", tasks, lists, calls: [setRepeat(8, "none")] },
  { say: "make the gym repeat every tuesday and friday", tasks, lists, calls: [setRepeat(6, "every tuesday and friday")], reply: /Every Tuesday and Friday, next due Fri/ },
  { say: "make task 3 repeat", tasks, lists, calls: "none", reply: /how often/ },
  { say: "skip this week's standup", tasks, lists, calls: [skip(5)], reply: /^Skipped one: #5 “Standup” is next due Thu 09:00\.$/ },
  { say: "skip the gym this week", tasks, lists, calls: [skip(6)], reply: /next due Mon/ },
  { say: "skip task 4", tasks, lists, calls: [skip(4)], reply: /only a repeating task/i },
  { say: "undo", tasks, lists, before: ["stop repeating the gym task"], calls: [[TOOL.updateTask, { task_id: 6, recurrence: "FREQ=WEEKLY;BYDAY=MO,TH", due: "2026-03-12" }]], reply: /Undone/ },
  { say: "undo", tasks, lists, before: ["skip this week's standup"], calls: "none", reply: /can't undo a skip/ },
  // 22:00 on Sunday 15 March in Los Angeles: the first Monday there is tomorrow.
  { say: "every monday water the plants", timezone: "America/Los_Angeles", now: "2026-03-16T05:00:00Z", calls: [add("Water the plants", { recurrence: "every monday" })], reply: /next due Tomorrow\.$/ },
  // 01:00 on Monday 16 March in Auckland: the first Monday there is today.
  { say: "every monday water the plants", timezone: "Pacific/Auckland", now: "2026-03-15T12:00:00Z", calls: [add("Water the plants", { recurrence: "every monday" })], reply: /next due Today\.$/ },
  // Midnight in Tokyo: 9pm today is still ahead.
  { say: "remind me to stretch every day at 9pm", timezone: "Asia/Tokyo", calls: [add("Stretch", { recurrence: "every day at 9pm", reminders: atDue })], reply: /Every day at 21:00, next due Today 21:00/ },
  { say: "skip the standup and snooze the dentist for an hour", tasks, lists, calls: [skip(5), snooze(4, 60)] },
];
