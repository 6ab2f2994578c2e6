import { addRows } from "./add";
import { completeRows } from "./complete";
import { contextRows } from "./context";
import { dateRows } from "./dates";
import { deleteRows } from "./delete";
import { descriptionRows } from "./description";
import { labelRows } from "./labels";
import { listsRows } from "./lists";
import { listRows } from "./list";
import { multiRows } from "./multi";
import { priorityRows } from "./priority";
import { reminderRows } from "./reminders";
import { renameRows } from "./rename";
import { reopenRows } from "./reopen";
import { repeatRows } from "./repeats";
import { restoreRows } from "./restore";
import type { Phrasing } from "./rows";
import { searchCountRows } from "./search-count";
import { smallTalkRows } from "./small-talk";

/** The phrasing table the offline assistant is tuned on, by intent. */
export const phrasingTable: Record<string, Phrasing[]> = {
  add: addRows,
  list: listRows,
  "search and count": searchCountRows,
  complete: completeRows,
  reopen: reopenRows,
  delete: deleteRows,
  restore: restoreRows,
  rename: renameRows,
  description: descriptionRows,
  "due dates": dateRows,
  priorities: priorityRows,
  lists: listsRows,
  labels: labelRows,
  repeats: repeatRows,
  reminders: reminderRows,
  "several at once": multiRows,
  "the previous turn": contextRows,
  "small talk and help": smallTalkRows,
};
