"use server";

import { z } from "zod";
import { authedAction } from "@/lib/http/action";
import { addDaysToDate, dueInstant, todayIn } from "@/lib/quick-add";
import { notificationService } from "@/lib/reminders/notifications";
import { markReadSchema, snoozeSchema } from "@/lib/reminders/schemas";
import { snoozeTask } from "@/lib/reminders/snooze";
import { taskService } from "@/lib/tasks/service";
import { taskNumberSchema } from "@/lib/tasks/schemas";
import { userService } from "@/lib/users/service";

/** "Tomorrow" for a snooze: 09:00 in the user's zone, the hour all-day reminders use. */
const TOMORROW_AT = "09:00";

const fromNotification = {
  task_id: taskNumberSchema,
  notification_id: z.uuid().optional().describe("The notification acted on: it is marked read"),
};

/** One notification read, or all of them without an id. */
export const markNotificationsReadAction = authedAction("markNotificationsRead", markReadSchema, ({ userId, db }, { id }) =>
  notificationService(db).markRead(userId, id ?? null),
);

/**
 * Done, from a notification: the task is completed (a repeating one moves to its next date) and the
 * notification read. Done pressed again (the toast, then the list) changes nothing: a task already
 * completed, or an occurrence completed since the notification came, is left as it is.
 */
export const completeFromNotificationAction = authedAction(
  "completeFromNotification",
  z.strictObject({ ...fromNotification, notified_at: z.iso.datetime().optional().describe("When the notification came") }),
  async ({ userId, db }, { task_id, notification_id, notified_at }) => {
    const tasks = taskService(db);
    const current = await tasks.getTask(userId, task_id);
    const doneSince = notified_at !== undefined && (current.completed_occurrences[0]?.completed_at ?? "") > notified_at;
    const task = current.completed || doneSince ? current : await tasks.updateTask(userId, task_id, { completed: true });
    if (notification_id) await notificationService(db).markRead(userId, notification_id);
    return task;
  },
);

/** Snooze, from a notification: for some minutes, or until tomorrow morning in the user's zone. */
export const snoozeFromNotificationAction = authedAction(
  "snoozeFromNotification",
  z
    .strictObject({ ...fromNotification, minutes: snoozeSchema.shape.minutes.optional(), until: z.literal("tomorrow").optional() })
    .refine((input) => (input.minutes === undefined) !== (input.until === undefined), { message: "Give either minutes or until: tomorrow" }),
  async ({ userId, db }, { task_id, notification_id, minutes, until }) => {
    const now = new Date();
    let wait = minutes ?? 0;
    if (until === "tomorrow") {
      const { timezone } = await userService(db).getMe(userId);
      const at = dueInstant({ date: addDaysToDate(todayIn(timezone, now), 1), time: TOMORROW_AT }, timezone)!;
      wait = Math.ceil((at.getTime() - now.getTime()) / 60_000);
    }
    const snoozed = await snoozeTask(db, userId, task_id, wait, now);
    if (notification_id) await notificationService(db).markRead(userId, notification_id);
    return snoozed;
  },
);
