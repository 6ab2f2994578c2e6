import { everyday, meetings } from "./fixtures";
import { complete, remove, rename, reopen, restore, add, type Phrasing } from "./rows";

/** References to the previous turn, read from the conversation the model is given. */
export const contextRows: Phrasing[] = [
  // Answers to "which one?".
  { say: "the first one", tasks: meetings, before: ["delete the meeting task"], calls: [remove(1)] },
  { say: "the second one", tasks: meetings, before: ["delete the meeting task"], calls: [remove(3)] },
  { say: "the second", tasks: meetings, before: ["delete the meeting task"], calls: [remove(3)] },
  { say: "the last one", tasks: meetings, before: ["delete the meeting task"], calls: [remove(3)] },
  { say: "3", tasks: meetings, before: ["delete the meeting task"], calls: [remove(3)] },
  { say: "#1", tasks: meetings, before: ["delete the meeting task"], calls: [remove(1)] },
  { say: "task 3", tasks: meetings, before: ["delete the meeting task"], calls: [remove(3)] },
  { say: "both", tasks: meetings, before: ["delete the meeting task"], calls: [remove(1), remove(3)] },
  { say: "the notes one", tasks: meetings, before: ["delete the meeting task"], calls: [remove(3)] },
  { say: "team meeting", tasks: meetings, before: ["delete the meeting task"], calls: [remove(1)] },
  { say: "no, never mind", tasks: meetings, before: ["delete the meeting task"], calls: "none", reply: /leave it/ },
  { say: "the second one", tasks: meetings, before: ["complete the meeting task"], calls: [complete(3)] },
  { say: "the first one", tasks: meetings, before: ["rename the meeting task to Standup"], calls: [rename(1, "Standup")] },
  { say: "yes", tasks: ["Buy milk", "Book flights to Lisbon"], before: ["delete the lisbn trip"], calls: [remove(2)] },
  { say: "no", tasks: ["Buy milk", "Book flights to Lisbon"], before: ["delete the lisbn trip"], calls: "none" },
  // "it", "that one", "them".
  { say: "mark it done", tasks: everyday, before: ["add call the plumber"], calls: [complete(10)] },
  { say: "actually delete it", tasks: everyday, before: ["add call the plumber"], calls: [remove(10)] },
  { say: "delete that one", tasks: everyday, before: ["show task 4"], calls: [remove(4)] },
  { say: "rename it to Call mom on Sunday", tasks: everyday, before: ["mark 3 done"], calls: [rename(3, "Call mom on Sunday")] },
  { say: "reopen it", tasks: everyday, before: ["mark 3 done"], calls: [reopen(3)] },
  { say: "delete them", tasks: [], before: ["add milk and eggs"], calls: [remove(1), remove(2)] },
  { say: "delete it", tasks: everyday, calls: "none", reply: /Which task do you mean/ },
  // Positions in what was just shown.
  { say: "complete the first one", tasks: everyday, before: ["what's pending?"], calls: [complete(1)] },
  { say: "delete the last one", tasks: everyday, before: ["what's pending?"], calls: [remove(5)] },
  { say: "mark the second one done", tasks: everyday, before: ["what's pending?", "thanks"], calls: [complete(2)] },
  // The same change once more.
  { say: "and the fourth", tasks: everyday, before: ["show my tasks", "complete the third"], calls: [complete(4)] },
  { say: "4 too", tasks: everyday, before: ["delete 5"], calls: [remove(4)] },
  { say: "also #1", tasks: everyday, before: ["complete 2"], calls: [complete(1)] },
  { say: "the first one", tasks: everyday, before: ["find anything about meeting"], calls: "none", reply: /not sure|didn't/ },
  { say: "delete the first one", tasks: everyday, before: ["find anything about rent"], calls: [remove(4)] },
  // "undo" reverses the last change, whatever it was.
  { say: "undo", tasks: everyday, before: ["delete task 4"], calls: [restore(4)], reply: /Undone: restored #4 “Pay rent”/ },
  { say: "undo that", tasks: everyday, before: ["complete 3"], calls: [reopen(3)] },
  { say: "oops", tasks: [], before: ["add buy milk"], calls: [remove(1)] },
  { say: "undo", tasks: [], before: ["add milk, eggs and bread"], calls: [remove(3), remove(2), remove(1)], reply: /Undone: deleted 3 tasks/ },
  { say: "undo", tasks: everyday, before: ["delete task 4", "what's pending?"], calls: [restore(4)] },
  { say: "bring it back", tasks: everyday, before: ["delete task 4"], calls: [restore(4)] },
  { say: "undo", calls: "none", reply: /nothing to undo/ },
  { say: "undo", tasks: everyday, before: ["rename the rent task to Pay May rent"], calls: [rename(4, "Pay rent")], reply: /Undone: #4 is “Pay rent” again/ },
  { say: "undo", tasks: everyday, before: ["show my tasks", "rename 4 to Pay May rent"], calls: [rename(4, "Pay rent")] },
  // Change results carry what the task said before.
  { say: "undo", tasks: everyday, before: ["rename 4 to Pay May rent"], calls: [rename(4, "Pay rent")], reply: /Undone: #4 is “Pay rent” again/ },
  // "yes" to an offer.
  { say: "yes", before: ["set a reminder to call mom"], calls: [add("Call mom")], reply: /^Added #1 “Call mom”\.$/ },
  { say: "yes please", before: ["lightbulbs"], calls: [add("Lightbulbs")] },
  { say: "no thanks", before: ["lightbulbs"], calls: "none" },
  { say: "yes the first", tasks: meetings, before: ["complete the meeting task"], calls: [complete(1)] },
  { say: "no, the second one", tasks: meetings, before: ["delete the meeting task"], calls: [remove(3)] },
  { say: "the meeting one", tasks: meetings, before: ["delete the meeting task"], calls: [], reply: /Which one should I delete/ },
  { say: "nah", tasks: meetings, before: ["delete the meeting task"], calls: "none" },
  { say: "undo pls", tasks: everyday, before: ["delete 1"], calls: [restore(1)] },
];
