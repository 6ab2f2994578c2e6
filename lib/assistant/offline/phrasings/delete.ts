import { everyday, meetings, mostlyDone } from "./fixtures";
import { remove, type Phrasing } from "./rows";

const trip = ["Buy milk", "Book flights to Lisbon", "Call mom"];

export const deleteRows: Phrasing[] = [
  { say: "Delete task 3", tasks: everyday, calls: [remove(3)], reply: /Deleted #3 “Call mom”. It's in the trash; say “undo” to bring it back./ },
  { say: "remove #5", tasks: everyday, calls: [remove(5)] },
  { say: "cancel task 2", tasks: everyday, calls: [remove(2)] },
  { say: "trash 4", tasks: everyday, calls: [remove(4)] },
  { say: "delte task 3", tasks: everyday, calls: [remove(3)] },
  { say: "dleete 3", tasks: everyday, calls: [remove(3)] },
  { say: "remvoe task 1", tasks: everyday, calls: [remove(1)] },
  { say: "please get rid of number two", tasks: everyday, calls: [remove(2)] },
  { say: "Delete the meeting task", tasks: everyday, calls: [remove(2)], reply: /Deleted #2 “Team meeting”/ },
  { say: "remove the groceries task", tasks: everyday, calls: [remove(1)] },
  // The issue's: found by words, and the reply agrees with the tool line.
  { say: "get rid of the lisbon thing", tasks: trip, calls: [remove(2)], reply: /Deleted #2 “Book flights to Lisbon”/ },
  { say: "get rid of the lisbon thing", tasks: ["Buy milk", "Call mom"], calls: [], reply: /I looked through your 2 tasks and none matches “lisbon”. Here's what's pending:\n- #1 Buy milk\n- #2 Call mom/ },
  { say: "delete the lisbn trip", tasks: trip, calls: [], reply: /^Do you mean #2 “Book flights to Lisbon”\? Say “yes” to delete it\.$/ },
  { say: "scrap the flights", tasks: trip, calls: [remove(2)] },
  { say: "delete the meeting task", tasks: meetings, calls: [], reply: /2 tasks match “meeting”[\s\S]*Which one should I delete\?/ },
  { say: "delete task 0", tasks: everyday, calls: "none" },
  { say: "Delete task 12", tasks: everyday, calls: [remove(12)], reply: /couldn't find task 12/ },
  // "Everything that's done": list completed, then delete each, and say which.
  { say: "delete everything that's done", tasks: mostlyDone, calls: [remove(1), remove(3), remove(4)], reply: /Deleted 3 tasks:\n- #1 Buy milk\n- #3 Pay rent\n- #4 Send invoice\n\nThey're in the trash/ },
  { say: "clear completed tasks", tasks: mostlyDone, calls: [remove(1), remove(3), remove(4)] },
  { say: "remove all finished tasks", tasks: mostlyDone, calls: [remove(1), remove(3), remove(4)] },
  { say: "get rid of the done ones", tasks: mostlyDone, calls: [remove(1), remove(3), remove(4)] },
  { say: "delete everything that's done", tasks: ["Buy milk"], calls: [], reply: /Nothing to clear/ },
  { say: "delete everything", tasks: everyday, calls: "none", reply: /rather not delete everything/ },
  { say: "empty the trash", tasks: everyday, calls: "none", reply: /Trash page/ },
  { say: "kill task 5", tasks: everyday, calls: [remove(5)] },
  { say: "i don't need the rent task anymore", tasks: everyday, calls: [remove(4)] },
  { say: "the lisbon flights are cancelled", tasks: everyday, calls: [remove(5)] },
  { say: "forget about the groceries", tasks: everyday, calls: [remove(1)] },
  { say: "delet the rent task", tasks: everyday, calls: [remove(4)] },
  { say: "remoev groceries", tasks: everyday, calls: [remove(1)] },
];
