import { everyday } from "./fixtures";
import { restore, type Phrasing } from "./rows";

const garden = ["Buy milk", { title: "Water the plants", deleted: true }, { title: "Call mom", deleted: true }];

export const restoreRows: Phrasing[] = [
  { say: "Restore task 8", tasks: everyday, calls: [restore(8)], reply: /Restored #8 “Old meeting notes”. It's back on your list./ },
  { say: "undelete 9", tasks: everyday, calls: [restore(9)] },
  { say: "bring back task 9", tasks: everyday, calls: [restore(9)] },
  { say: "bring task 9 back", tasks: everyday, calls: [restore(9)] },
  { say: "recover #8", tasks: everyday, calls: [restore(8)] },
  { say: "resotre 8", tasks: everyday, calls: [restore(8)] },
  { say: "restore the meeting task", tasks: everyday, calls: [restore(8)] },
  // The issue's.
  { say: "oops, bring back the plants one", tasks: garden, calls: [restore(2)], reply: /Restored #2 “Water the plants”/ },
  { say: "restore the plant task", tasks: garden, calls: [restore(2)] },
  { say: "get back the bike", tasks: everyday, calls: [restore(9)] },
  { say: "restore everything", tasks: everyday, calls: [restore(9), restore(8)], reply: /Restored 2 tasks/ },
  { say: "restore the gym task", tasks: everyday, calls: [], reply: /I looked through the 2 tasks in your trash and none matches “gym”/ },
  { say: "restore task 1", tasks: everyday, calls: [restore(1)], reply: /couldn't find task 1 in the trash/ },
  { say: "undelete the old meeting notes", tasks: everyday, calls: [restore(8)] },
  { say: "restor the bike", tasks: everyday, calls: [restore(9)] },
];
