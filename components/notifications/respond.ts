import { toast } from "sonner";
import { completeFromNotificationAction, snoozeFromNotificationAction } from "@/app/(app)/notification-actions";
import { updateTaskAction } from "@/app/(app)/task-actions";
import { announceTasksChanged } from "@/components/tasks/task-events";
import { describeDue } from "@/lib/quick-add/format";
import type { ShownNotification } from "@/lib/reminders/schemas";

export type Snooze = { minutes: number; label: string } | { until: "tomorrow"; label: string };
export const SNOOZES: Snooze[] = [
  { minutes: 10, label: "10 min" },
  { minutes: 60, label: "1 hour" },
  { until: "tomorrow", label: "Tomorrow" },
];

const OFFLINE = "Couldn't reach Docket. Check your connection and try again.";
type Notified = Pick<ShownNotification, "id" | "title" | "created_at"> & { task_id: number };

/** Done from a notification: the task is completed (a repeating one moves on) and the notification read. */
export async function completeNotified(n: Notified): Promise<boolean> {
  const result = await completeFromNotificationAction({ task_id: n.task_id, notification_id: n.id, notified_at: n.created_at }).catch(() => null);
  if (!result?.ok) {
    toast.error(`Couldn't complete #${n.task_id}. ${result?.error.message ?? OFFLINE}`);
    return false;
  }
  announceTasksChanged();
  const task = result.data;
  if (task.recurrence) {
    toast.success(`Done: #${task.id} ${task.title}`, { description: task.due_date ? `Next: ${describeDue({ date: task.due_date, time: task.due_time })}` : undefined });
  } else {
    toast(`Completed #${task.id}`, {
      description: task.title,
      action: {
        label: "Undo",
        onClick: () =>
          void updateTaskAction({ id: task.id, patch: { completed: false } })
            .then((undone) => (undone.ok ? announceTasksChanged() : toast.error(`Couldn't reopen #${task.id}. ${undone.error.message}`)))
            .catch(() => toast.error(OFFLINE)),
      },
    });
  }
  return true;
}

/** Snooze from a notification: it comes back later; this one is marked read. */
export async function snoozeNotified(n: Notified, snooze: Snooze): Promise<boolean> {
  const how = "minutes" in snooze ? { minutes: snooze.minutes } : { until: snooze.until };
  const result = await snoozeFromNotificationAction({ task_id: n.task_id, notification_id: n.id, ...how }).catch(() => null);
  if (!result?.ok) {
    toast.error(`Couldn't snooze #${n.task_id}. ${result?.error.message ?? OFFLINE}`);
    return false;
  }
  toast.success(`Snoozed #${n.task_id} ${"until" in snooze ? "until tomorrow 09:00" : `for ${snooze.label}`}`, { description: n.title });
  return true;
}
