import { everyday, mostlyDone } from "./fixtures";
import { type Phrasing } from "./rows";

const family = ["Call mom", "Buy milk", "Mom's birthday present", "Book dentist", { title: "Plan trip", description: "ask mom about dates" }];

export const searchCountRows: Phrasing[] = [
  // Searching ranks titles and descriptions, so typos and plurals still find the task.
  { say: "find anything about mom", tasks: family, calls: [], reply: /3 of your 5 tasks mention “mom”:\n- #1 Call mom\n- #3 Mom's birthday present\n- #5 Plan trip/ },
  { say: "search dentist", tasks: family, calls: [], reply: /1 of your 5 tasks mentions “dentist”:\n- #4 Book dentist/ },
  { say: "search for the dentist", tasks: family, calls: [], reply: /#4 Book dentist/ },
  { say: "find dentsit", tasks: family, calls: [], reply: /#4 Book dentist/ },
  { say: "do I have anything about milk?", tasks: family, calls: [], reply: /#2 Buy milk/, notReply: /Call mom/ },
  { say: "any tasks about birthdays?", tasks: family, calls: [], reply: /#3 Mom's birthday present/ },
  { say: "look for lisbon", tasks: everyday, calls: [], reply: /#5 Book flights to Lisbon/ },
  { say: "find ryanair", tasks: everyday, calls: [], reply: /#5 Book flights to Lisbon/ },
  { say: "is rent on my list?", tasks: everyday, calls: [], reply: /#4 Pay rent/ },
  { say: "find the gym", tasks: everyday, calls: [], reply: /I looked through your 7 tasks and none mentions “gym”/ },
  { say: "search mom", calls: [], reply: /no tasks yet/ },
  { say: "show task 4", tasks: everyday, calls: [], reply: /#4 “Pay rent” is pending/ },
  { say: "what is task 5?", tasks: everyday, calls: [], reply: /#5 “Book flights to Lisbon” is pending\.\nNotes: TAP or Ryanair/ },
  { say: "what tasks do i have about the rent", tasks: everyday, calls: [], reply: /#4 Pay rent/ },
  { say: "did I pay the rent?", tasks: everyday, calls: [], reply: /#4 Pay rent/ },
  { say: "show task 5 details", tasks: everyday, calls: [], reply: /#5 “Book flights to Lisbon” is pending/ },
  { say: "what's in task 5", tasks: everyday, calls: [], reply: /Notes: TAP or Ryanair/ },
  // Counting uses list_tasks' total.
  { say: "how many tasks do I have", tasks: everyday, calls: [], reply: /You have 7 tasks: 5 pending and 2 done/ },
  { say: "how mnay tasks do i have", tasks: everyday, calls: [], reply: /You have 7 tasks/ },
  { say: "how many are done", tasks: everyday, calls: [], reply: /You've completed 2 tasks/ },
  { say: "how many tasks are left?", tasks: mostlyDone, calls: [], reply: /You have 1 pending task\./ },
  { say: "how many pending", tasks: everyday, calls: [], reply: /5 pending tasks/ },
  { say: "how many did I delete", tasks: everyday, calls: [], reply: /There are 2 tasks in the trash/ },
  { say: "count my tasks", tasks: mostlyDone, calls: [], reply: /You have 4 tasks: 1 pending and 3 done/ },
  { say: "how many tasks do i have", calls: [], reply: /no tasks yet/ },
  { say: "how many tasks are pending?", tasks: everyday, calls: [], reply: /5 pending/ },
  { say: "do i have anything about the bank", tasks: ["Call the bank", "Buy milk"], calls: [], reply: /#1 Call the bank/ },
  { say: "hw many tasks r done", tasks: everyday, calls: [], reply: /You've completed 2 tasks/ },
  { say: "serach rent", tasks: everyday, calls: [], reply: /#4 Pay rent/ },
];
