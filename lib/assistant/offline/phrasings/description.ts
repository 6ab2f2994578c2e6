import { everyday } from "./fixtures";
import { setDescription, type Phrasing } from "./rows";

export const descriptionRows: Phrasing[] = [
  { say: "add a note to task 2: bring the slides", tasks: everyday, calls: [setDescription(2, "Bring the slides")], reply: /Updated the notes on #2 “Team meeting”/ },
  { say: "set the description of task 3 to ask about the weekend", tasks: everyday, calls: [setDescription(3, "Ask about the weekend")] },
  { say: "add a description to the rent task: transfer by the 1st", tasks: everyday, calls: [setDescription(4, "Transfer by the 1st")] },
  { say: "change the notes for task 1 to oat milk, bananas", tasks: everyday, calls: [setDescription(1, "Oat milk, bananas")] },
  { say: "describe task 5 as aisle seat please", tasks: everyday, calls: [setDescription(5, "Aisle seat")] },
  { say: "put a note on the meeting task saying room 4B", tasks: everyday, calls: [setDescription(2, "Room 4B")] },
  { say: "clear the description of task 5", tasks: everyday, calls: [setDescription(5, "")] },
  { say: "note on task 2: bring laptop", tasks: everyday, calls: [setDescription(2, "Bring laptop")] },
  { say: "task 3 notes: ask about Easter", tasks: everyday, calls: [setDescription(3, "Ask about Easter")] },
];
