import { toast } from "sonner";
import type { Task, TaskPatch } from "@/lib/tasks/schemas";

/** Stopping a repeat loses the rule: say so, with Undo bringing the same rule back from the current date. */
export function offerUndoStopRepeat(task: Task, save: (patch: TaskPatch) => void) {
  const repeat = task.recurrence;
  if (!repeat) return;
  toast(`#${task.id} no longer repeats`, {
    description: repeat.text,
    action: { label: "Undo", onClick: () => save({ recurrence: { rule: repeat.rule, anchor: repeat.anchor } }) },
  });
}
