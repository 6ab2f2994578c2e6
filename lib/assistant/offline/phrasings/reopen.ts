import { everyday, mostlyDone } from "./fixtures";
import { reopen, type Phrasing } from "./rows";

export const reopenRows: Phrasing[] = [
  { say: "Mark task 6 as not done", tasks: everyday, calls: [reopen(6)], reply: /Reopened #6 “Water the plants”/ },
  { say: "reopen task 7", tasks: everyday, calls: [reopen(7)] },
  { say: "uncheck 6", tasks: everyday, calls: [reopen(6)] },
  { say: "untick task 6", tasks: everyday, calls: [reopen(6)] },
  { say: "task 6 isn't done", tasks: everyday, calls: [reopen(6)] },
  { say: "6 is not finished yet", tasks: everyday, calls: [reopen(6)] },
  { say: "mark 7 as pending", tasks: everyday, calls: [reopen(7)] },
  { say: "I didn't actually finish task 7", tasks: everyday, calls: [reopen(7)] },
  { say: "reopne task 7", tasks: everyday, calls: [reopen(7)] },
  { say: "reopen the passport task", tasks: everyday, calls: [reopen(7)] },
  { say: "uncheck the invoice", tasks: mostlyDone, calls: [reopen(4)] },
  { say: "the rent isn't done after all", tasks: mostlyDone, calls: [reopen(3)] },
  { say: "reopen the bank task", tasks: mostlyDone, calls: [], reply: /#2 “Call the bank” isn't done yet/ },
  { say: "set 6 back to pending", tasks: everyday, calls: [reopen(6)] },
  { say: "reopen the passport", tasks: everyday, calls: [reopen(7)] },
];
