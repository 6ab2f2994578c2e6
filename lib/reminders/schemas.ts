import { z } from "zod";

export const SNOOZE_MAX_MINUTES = 7 * 24 * 60;

/** POST /api/v1/tasks/{id}/snooze */
export const snoozeSchema = z.strictObject({
  minutes: z
    .number({ error: "minutes must be a number" })
    .int("minutes must be a whole number")
    .min(1, "Snooze for at least 1 minute")
    .max(SNOOZE_MAX_MINUTES, "Snooze for at most a week (10,080 minutes)")
    .describe("Remind again in this many minutes (10, 60, …)"),
});
export const snoozeResultSchema = z.object({ task_id: z.number().int(), remind_at: z.iso.datetime() });

/** A notification in the app's list. */
export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(["reminder", "snooze", "summary", "test"]),
  title: z.string(),
  body: z.string(),
  missed: z.boolean().describe("It came while the server was down for over an hour: shown, never pushed late"),
  task_id: z.number().int().nullable(),
  created_at: z.iso.datetime(),
  read: z.boolean(),
});
export type ShownNotification = z.infer<typeof notificationSchema>;
export const notificationsSchema = z.object({ notifications: z.array(notificationSchema), unread: z.number().int() });
export const markReadSchema = z.strictObject({ id: z.uuid({ error: "id must be a notification id" }).optional().describe("Without it, every notification is marked read") });

/** A browser's PushSubscription.toJSON(). */
export const pushSubscriptionSchema = z.object({
  endpoint: z.url().max(1000),
  keys: z.strictObject({ p256dh: z.string().min(80).max(100), auth: z.string().min(16).max(30) }),
  expirationTime: z.number().nullable().optional(),
});
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionSchema>;
export const pushUnsubscribeSchema = z.strictObject({ endpoint: z.string().max(1000) });
export const pushKeySchema = z.object({ public_key: z.string().nullable().describe("The VAPID public key to subscribe with; null when push is off") });

/** POST /api/v1/calendar/token */
export const calendarTokenSchema = z.object({ token: z.string(), url: z.url().describe("The private feed URL: anyone with it can read your dated tasks") });
