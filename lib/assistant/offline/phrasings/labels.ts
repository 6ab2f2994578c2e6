import { organised, organisedLists as lists } from "./fixtures";
import { add, list, setLabels, type Phrasing } from "./rows";

/** Labels: tagging and untagging (the tool takes the whole set, so the task's own labels are kept), adding with labels, seeing a label. */
const tasks = organised;

export const labelRows: Phrasing[] = [
  { say: "tag task 2 with urgent", tasks, lists, calls: [setLabels(2, ["office", "urgent"])], reply: /^Labels on #2 “Write the report”: office, urgent\.$/ },
  { say: "label the gym task as health", tasks, lists, calls: [setLabels(6, ["health"])] },
  { say: "tag 4 @health @family", tasks, lists, calls: [setLabels(4, ["health", "family"])] },
  { say: "pls add the errands label to the milk task", tasks, lists, calls: [setLabels(1, ["errands"])] },
  { say: "remove the home label from the rent task", tasks, lists, calls: [setLabels(8, ["money"])], reply: /: money\.$/ },
  { say: "remove urgent from task 1", tasks: [{ title: "Report", labels: ["urgent", "office"] }], calls: [setLabels(1, ["office"])] },
  { say: "untag task 2", tasks, lists, calls: [setLabels(2, [])], reply: /^#2 “Write the report” has no labels now\.$/ },
  { say: "tag it with urgent", tasks, lists, before: ["add call the plumber"], calls: [setLabels(9, ["urgent"])] },
  { say: "undo", tasks, lists, before: ["tag task 2 with urgent"], calls: [setLabels(2, ["office"])] },
  { say: "add buy nails @diy", calls: [add("Buy nails", { labels: ["diy"] })], reply: /^Added #1 “Buy nails”, labelled diy\.$/ },
  { say: "add fix the sink labelled home and diy", calls: [add("Fix the sink", { labels: ["home", "diy"] })] },
  { say: "show everything labelled home", tasks, lists, calls: [list({ label: "home" })], reply: /#3 Water the plants[\s\S]*#8 Pay rent/, notReply: /Buy milk/ },
  { say: "anything tagged trip?", tasks, lists, calls: [list({ label: "trip" })], reply: /#7 Book hotel/ },
  { say: "what's @home", tasks, lists, calls: [list({ label: "home" })] },
  { say: "show tasks with the label office", tasks, lists, calls: [list({ label: "office" })], reply: /Write the report/ },
  { say: "what's tagged home and due this week", tasks, lists, calls: [list({ label: "home", due_after: "2026-03-10", due_before: "2026-03-16" })], reply: /^You have 1 task due this week labelled home:\n- #3 Water the plants — Mon$/ },
  { say: "show everything labelled home and overdue", tasks, lists, calls: [list({ label: "home", due: "overdue" })], reply: /^Nothing overdue labelled home\.$/ },
  { say: "anything tagged nope?", tasks, lists, calls: [list({ label: "nope" })], reply: /^Nothing labelled nope\.$/ },
];
