import { everyday, meetings } from "./fixtures";
import { rename, type Phrasing } from "./rows";

export const renameRows: Phrasing[] = [
  { say: "Change task 1 to 'Call mom tonight'", tasks: everyday, calls: [rename(1, "Call mom tonight")], reply: /Renamed #1 to “Call mom tonight”/ },
  { say: "change task 1 to “Call mom tonight”", tasks: everyday, calls: [rename(1, "Call mom tonight")] },
  { say: "rename task 2 to Pay rent", tasks: everyday, calls: [rename(2, "Pay rent")] },
  { say: "update task 1: call mom tonight", tasks: everyday, calls: [rename(1, "Call mom tonight")] },
  { say: "rename 4 pay the landlord", tasks: everyday, calls: [rename(4, "Pay the landlord")] },
  { say: "renmae task 4 to pay the landlord", tasks: everyday, calls: [rename(4, "Pay the landlord")] },
  { say: "change the title of task 3 to Call mom back", tasks: everyday, calls: [rename(3, "Call mom back")] },
  { say: "rename the rent task to Pay May rent", tasks: everyday, calls: [rename(4, "Pay May rent")] },
  { say: "change the groceries task to buy groceries and wine", tasks: everyday, calls: [rename(1, "Buy groceries and wine")] },
  { say: "task 2 should be called Weekly team meeting", tasks: everyday, calls: [rename(2, "Weekly team meeting")] },
  { say: "rename the meeting task to Standup", tasks: meetings, calls: [], reply: /Which one should I rename\?/ },
  { say: "retitle 1 as Buy oat milk", tasks: everyday, calls: [rename(1, "Buy oat milk")] },
  { say: "change 'Pay rent' to 'Pay June rent'", tasks: everyday, calls: [rename(4, "Pay June rent")] },
  { say: "renam 1 to oat milk", tasks: everyday, calls: [rename(1, "Oat milk")] },
];
