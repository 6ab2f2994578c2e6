import { everyday } from "./fixtures";
import { add, complete, list, remove, rename, type Phrasing } from "./rows";

/** Several things in one message: one tool call each, in one step where they don't depend on each other. */
export const multiRows: Phrasing[] = [
  // The issue's.
  { say: "add milk, eggs and bread", calls: [add("Milk"), add("Eggs"), add("Bread")], reply: /Added 3 tasks:\n- #1 Milk\n- #2 Eggs\n- #3 Bread/ },
  { say: "add buy milk; add buy eggs", calls: [add("Buy milk"), add("Buy eggs")] },
  { say: "add buy milk and remind me to call mom", calls: [add("Buy milk"), add("Call mom")] },
  { say: "complete 2 and 5", tasks: everyday, calls: [complete(2), complete(5)], reply: /Marked 2 tasks as done:\n- #2 Team meeting\n- #5 Book flights to Lisbon/ },
  // Variants.
  { say: "add milk, eggs, bread", calls: [add("Milk"), add("Eggs"), add("Bread")] },
  { say: "add apples and pears", calls: [add("Apples"), add("Pears")] },
  { say: "add milk & eggs", calls: [add("Milk"), add("Eggs")] },
  { say: "add tasks: milk, eggs and bread", calls: [add("Milk"), add("Eggs"), add("Bread")] },
  { say: "add 3 tasks: milk, eggs, bread", calls: [add("Milk"), add("Eggs"), add("Bread")] },
  { say: "I need to call mom, pay rent and buy groceries", calls: [add("Call mom"), add("Pay rent"), add("Buy groceries")] },
  { say: "add buy milk, call mom and pay rent", calls: [add("Buy milk"), add("Call mom"), add("Pay rent")] },
  { say: "remind me to buy milk and call mom", calls: [add("Buy milk"), add("Call mom")] },
  { say: "add buy milk. add call mom.", calls: [add("Buy milk"), add("Call mom")] },
  { say: "add buy milk then call mom", calls: [add("Buy milk"), add("Call mom")] },
  { say: "add milk; eggs", calls: [add("Milk"), add("Eggs")] },
  { say: "complete 2, 3 and 4", tasks: everyday, calls: [complete(2), complete(3), complete(4)] },
  { say: "mark 2 and 3 as done", tasks: everyday, calls: [complete(2), complete(3)] },
  { say: "2 and 3 are done", tasks: everyday, calls: [complete(2), complete(3)] },
  { say: "delete tasks 1 and 4", tasks: everyday, calls: [remove(1), remove(4)], reply: /Deleted 2 tasks:[\s\S]*They're in the trash/ },
  { say: "delete #1 & #4", tasks: everyday, calls: [remove(1), remove(4)] },
  { say: "complete task 2 and delete task 4", tasks: everyday, calls: [complete(2), remove(4)], reply: /Marked #2 “Team meeting” as done\. Deleted #4 “Pay rent”/ },
  { say: "add buy stamps and show my tasks", calls: [add("Buy stamps"), list({ status: "all" })] },
  { say: "rename 1 to Weekly shop and mark 3 done", tasks: everyday, calls: [rename(1, "Weekly shop"), complete(3)] },
  { say: "add " + Array.from({ length: 25 }, (_, i) => `thing ${i + 1}`).join(", "), calls: Array.from({ length: 20 }, (_, i) => add(`Thing ${i + 1}`)), reply: /That's a lot at once: I did the first 20/ },
  { say: "complete 2 and 9", tasks: everyday, calls: [complete(2), complete(9)], reply: /Marked #2 “Team meeting” as done[\s\S]*couldn't find task 9/ },
  { say: "add toothpaste, shampoo, and soap", calls: [add("Toothpaste"), add("Shampoo"), add("Soap")] },
  { say: "mark 1 and 2 complete", tasks: everyday, calls: [complete(1), complete(2)] },
  { say: "remove tasks 1, 3", tasks: everyday, calls: [remove(1), remove(3)] },
  { say: "plz add milk n eggs", calls: [add("Milk"), add("Eggs")] },
  { say: "delete 2 and add call plumber", tasks: everyday, calls: [remove(2), add("Call plumber")] },
  { say: "mark 1 done then show whats left", tasks: everyday, calls: [complete(1), list({ status: "pending" })] },
  { say: "add buy stamps, also delete the laundry", tasks: ["Do the laundry"], calls: [add("Buy stamps"), remove(1)] },
];
