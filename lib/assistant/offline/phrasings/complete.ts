import { everyday, meetings } from "./fixtures";
import { complete, type Phrasing } from "./rows";

export const completeRows: Phrasing[] = [
  { say: "Mark task 3 as complete", tasks: everyday, calls: [complete(3)], reply: /Marked #3 “Call mom” as done/ },
  { say: "mark task 3 as done", tasks: everyday, calls: [complete(3)] },
  { say: "mark #3 done", tasks: everyday, calls: [complete(3)] },
  { say: "mark 3 done", tasks: everyday, calls: [complete(3)] },
  { say: "Complete task 3", tasks: everyday, calls: [complete(3)] },
  { say: "finish task 4", tasks: everyday, calls: [complete(4)] },
  { say: "task 4 is done", tasks: everyday, calls: [complete(4)] },
  { say: "3 done", tasks: everyday, calls: [complete(3)] },
  { say: "#3 done", tasks: everyday, calls: [complete(3)] },
  { say: "done with 3", tasks: everyday, calls: [complete(3)] },
  { say: "I'm done with task 2", tasks: everyday, calls: [complete(2)] },
  { say: "I finished task 2", tasks: everyday, calls: [complete(2)] },
  { say: "check off task three", tasks: everyday, calls: [complete(3)] },
  { say: "tick off number four", tasks: everyday, calls: [complete(4)] },
  { say: "check 2", tasks: everyday, calls: [complete(2)] },
  { say: "task 1 is finished now", tasks: everyday, calls: [complete(1)] },
  { say: "set task 1 to done", tasks: everyday, calls: [complete(1)] },
  { say: "done: 3", tasks: everyday, calls: [complete(3)] },
  { say: "finished 3", tasks: everyday, calls: [complete(3)] },
  { say: "i did task 2", tasks: everyday, calls: [complete(2)] },
  { say: "task #2 complete", tasks: everyday, calls: [complete(2)] },
  { say: "number 3 is done", tasks: everyday, calls: [complete(3)] },
  { say: "change task 1 to done", tasks: everyday, calls: [complete(1)] },
  // Typos in the command word.
  { say: "compelte 4", tasks: everyday, calls: [complete(4)] },
  { say: "cmplete task 4", tasks: everyday, calls: [complete(4)] },
  { say: "mark 3 dnoe", tasks: everyday, calls: [complete(3)] },
  { say: "finsih task 2", tasks: everyday, calls: [complete(2)] },
  // By words: one clear winner is acted on.
  { say: "complete the meeting task", tasks: everyday, calls: [complete(2)] },
  { say: "I finished calling mom", tasks: everyday, calls: [complete(3)] },
  { say: "done with the rent", tasks: everyday, calls: [complete(4)] },
  { say: "the groceries are done", tasks: everyday, calls: [complete(1)] },
  { say: "mark the lisbon one as done", tasks: everyday, calls: [complete(5)] },
  { say: "tick off the metting", tasks: everyday, calls: [complete(2)] },
  // Reported in the past tense.
  { say: "i already paid the rent", tasks: everyday, calls: [complete(4)] },
  { say: "I bought groceries", tasks: everyday, calls: [complete(1)] },
  { say: "I called mom", tasks: everyday, calls: [complete(3)] },
  { say: "we booked the flights", tasks: everyday, calls: [complete(5)] },
  // Already done: said, not redone.
  { say: "mark the plants task done", tasks: everyday, calls: [], reply: /#6 “Water the plants” is already done/ },
  // Several close matches: asked, not guessed.
  { say: "complete the meeting task", tasks: meetings, calls: [], reply: /2 tasks match “meeting”:\n- #1 Team meeting\n- #3 Prepare meeting notes\n\nWhich one did you finish\?/ },
  { say: "Mark task 9 as complete", tasks: everyday, calls: [complete(9)], reply: /couldn't find task 9/ },
  { say: "task 3 done", tasks: everyday, calls: [complete(3)] },
  { say: "finished the rent", tasks: everyday, calls: [complete(4)] },
  { say: "check off the mom one", tasks: everyday, calls: [complete(3)] },
];
