import { dated } from "./fixtures";
import { add, list, remove, setPriority, type Phrasing } from "./rows";

/** Priorities: 1 urgent … 4 low (the default). Replies name the priority the result shows. */
const gym = ["Buy milk", { title: "Go to the gym", priority: 2 as const }, "Call mom", { title: "Renew passport", priority: 1 as const }];

export const priorityRows: Phrasing[] = [
  { say: "make task 2 urgent", tasks: dated, calls: [setPriority(2, 1)], reply: /^#2 “Dentist” is now urgent \(P1\)\.$/ },
  { say: "please make task 2 urgent, thanks", tasks: dated, calls: [setPriority(2, 1)] },
  { say: "set task 2 to urgnet", tasks: dated, calls: [setPriority(2, 1)] },
  { say: "set #2 to high priority", tasks: dated, calls: [setPriority(2, 2)], reply: /is now high priority \(P2\)/ },
  { say: "make task 2 high priority", tasks: dated, calls: [setPriority(2, 2)] },
  { say: "set priority of task 3 to high", tasks: dated, calls: [setPriority(3, 2)] },
  { say: "task 2 is p1", tasks: dated, calls: [setPriority(2, 1)] },
  { say: "the gym task is high priority", tasks: dated, calls: [setPriority(4, 2)] },
  { say: "mark the gym task as important", tasks: dated, calls: [setPriority(4, 2)] },
  { say: "lower the priority of the gym task", tasks: gym, calls: [setPriority(2, 3)], reply: /#2 “Go to the gym” is now medium priority \(P3\)/ },
  { say: "raise the priority of task 2", tasks: gym, calls: [setPriority(2, 1)] },
  { say: "lower the priority of task 1", tasks: gym, calls: [], reply: /#1 “Buy milk” is already low priority \(P4\)/ },
  { say: "make it low priority", before: ["add call the plumber urgent"], calls: [setPriority(1, 4)], reply: /#1 “Call the plumber” is now low priority \(P4\)/ },
  { say: "add call the plumber urgent", calls: [add("Call the plumber", { priority: 1 })], reply: /^Added #1 “Call the plumber”, urgent \(P1\)\.$/ },
  { say: "task 4 isn't urgent anymore", tasks: gym, calls: [setPriority(4, 4)] },
  { say: "prioritize the passport", tasks: gym, calls: [setPriority(4, 1)] },
  { say: "set the priority of task 1 to medium", tasks: gym, calls: [setPriority(1, 3)] },
  { say: "what's urgent", tasks: dated, calls: [list({ status: "pending", priority: 1 })], reply: /^You have 1 urgent \(P1\) task:\n- #5 Pay rent — 1 Apr, P1$/ },
  { say: "show p1 tasks", tasks: dated, calls: [list({ status: "pending", priority: 1 })] },
  { say: "and 6", tasks: dated, before: ["make task 2 urgent"], calls: [setPriority(6, 1)] },
  { say: "set the priority of the dentist to urgent", tasks: dated, calls: [setPriority(2, 1)] },
  { say: "how many urgent tasks do I have", tasks: dated, calls: [list({ status: "pending", priority: 1 })], reply: /^You have 1 urgent \(P1\) task\.$/ },
  { say: "undo", tasks: dated, before: ["make task 2 urgent"], calls: [setPriority(2, 4)], reply: /^Undone: #2 “Dentist” is low priority \(P4\) again\.$/ },
  { say: "make task 2 urgent and delete task 6", tasks: dated, calls: [setPriority(2, 1), remove(6)] },
];
