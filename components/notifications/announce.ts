import { toast } from "sonner";
import type { ShownNotification } from "@/lib/reminders/schemas";
import { completeNotified, snoozeNotified, SNOOZES } from "./respond";

/** A toast for each notification that just arrived, with Done and Snooze 10 min for a task's reminder. */
export function announce(arrived: ShownNotification[], refresh: () => void) {
  for (const n of arrived) {
    const task = n.task_id === null ? null : { id: n.id, title: n.title, created_at: n.created_at, task_id: n.task_id };
    toast(n.title, {
      id: n.id,
      description: n.body,
      duration: 15_000,
      ...(task && {
        action: { label: "Done", onClick: () => void completeNotified(task).then(refresh) },
        cancel: { label: "Snooze 10 min", onClick: () => void snoozeNotified(task, SNOOZES[0]!).then(refresh) },
      }),
    });
  }
}
