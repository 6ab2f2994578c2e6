import { everyday } from "./fixtures";
import { list, type Phrasing } from "./rows";

const pending = list({ status: "pending" });
const all = list({ status: "all" });
const completed = list({ status: "completed" });
const trash = list({ status: "trash" });

export const listRows: Phrasing[] = [
  { say: "Show me all my tasks", tasks: everyday, calls: [all], reply: /You have 7 tasks:[\s\S]*#1 Buy groceries[\s\S]*#7 Renew passport \(done\)/ },
  { say: "show my tasks", calls: [all], reply: /no tasks yet/ },
  { say: "List my todos", calls: [all] },
  { say: "what's on my list?", calls: [all] },
  { say: "my tasks", calls: [all] },
  { say: "can u show my tasks", calls: [all] },
  { say: "shwo my tasks", calls: [all] },
  { say: "lsit my tasks", calls: [all] },
  { say: "show me my tsaks", calls: [all] },
  { say: "What's pending?", tasks: everyday, calls: [pending], reply: /You have 5 pending tasks/ },
  { say: "whats pending", calls: [pending] },
  { say: "what's pnding", calls: [pending] },
  { say: "What is left to do?", calls: [pending] },
  { say: "what do I still have to do", calls: [pending] },
  { say: "show pending tasks", calls: [pending] },
  { say: "anything left?", calls: [pending] },
  { say: "what's next", calls: [pending] },
  { say: "what should I do now?", calls: [pending] },
  { say: "show open tasks", calls: [pending] },
  { say: "What have I completed?", tasks: everyday, calls: [completed], reply: /Water the plants[\s\S]*Renew passport/ },
  { say: "what have i done", calls: [completed] },
  { say: "Show completed tasks", calls: [completed] },
  { say: "list finished tasks", calls: [completed] },
  { say: "which tasks are done?", calls: [completed] },
  { say: "what's in the trash?", tasks: everyday, calls: [trash], reply: /2 deleted tasks in the trash:\n- #9 Fix the bike\n- #8 Old meeting notes/ },
  { say: "what did I delete?", tasks: everyday, calls: [trash], reply: /Fix the bike/ },
  { say: "what did i remove", calls: [trash], reply: /trash is empty/ },
  { say: "show deleted tasks", calls: [trash] },
  { say: "show the trash", calls: [trash] },
  { say: "could you please show me what's pending", calls: [pending] },
  { say: "what are my tasks for today", calls: [pending] },
  // "Done today": completed tasks, filtered by when they were completed once results say so.
  { say: "what's done today?", tasks: everyday, calls: [completed], reply: /Nothing completed today yet/ },
  { say: "what did I finish today", calls: [completed] },
  { say: "show me my completed tasks from today", calls: [completed] },
  { say: "can you show me what i have to do", calls: [pending] },
  { say: "list everything", calls: [all] },
  { say: "whats left", calls: [pending] },
  { say: "show me the finished ones", calls: [completed] },
  { say: "what's in the bin", calls: [trash] },
  { say: "shwo pending", calls: [pending] },
  { say: "whats on my todo list", calls: [all] },
];
