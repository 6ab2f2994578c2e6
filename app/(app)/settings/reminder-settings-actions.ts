"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { calendarFeedService, feedUrl } from "@/lib/calendar/feed";
import { env } from "@/lib/env";
import { authedAction } from "@/lib/http/action";
import { pushSubscriptionSchema, pushUnsubscribeSchema } from "@/lib/reminders/schemas";
import { pushSubscriptionService } from "@/lib/reminders/subscriptions";
import { sendTestNotification } from "@/lib/reminders/test-notification";
import { vapidKeys } from "@/lib/reminders/vapid";
import { userService } from "@/lib/users/service";

const none = z.strictObject({});

/** This browser gets push notifications. */
export const subscribePushAction = authedAction("subscribePush", pushSubscriptionSchema, async ({ userId, db }, subscription) => {
  const userAgent = (await headers()).get("user-agent");
  await pushSubscriptionService(db, env().PUSH_TEST_ENDPOINTS).subscribe(userId, subscription, userAgent);
});

/** This browser stops getting them. */
export const unsubscribePushAction = authedAction("unsubscribePush", pushUnsubscribeSchema, ({ userId, db }, { endpoint }) =>
  pushSubscriptionService(db).unsubscribe(userId, endpoint),
);

/** One notification now, to every enabled device and the bell. */
export const sendTestNotificationAction = authedAction("sendTestNotification", none, ({ userId, db }) =>
  sendTestNotification(db, userId, vapidKeys(env())),
);

/** The daily summary's time (HH:MM in the user's zone), or null to turn it off; the service checks the value. */
export const setMorningSummaryAction = authedAction(
  "setMorningSummary",
  z.strictObject({ morning_summary_time: z.string().max(5).nullable() }),
  ({ userId, db }, { morning_summary_time }) => userService(db).updateMe(userId, { morning_summary_time }),
);

/** The app's origin for the feed URL: BETTER_AUTH_URL's, else the one the page was served from. */
async function origin(): Promise<string> {
  const configured = env().BETTER_AUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  return h.get("origin") ?? `http://${h.get("host")}`;
}

/** A new private feed URL (an older one stops working at once). Its token is shown this once. */
export const createCalendarFeedAction = authedAction("createCalendarFeed", none, async ({ userId, db }) => {
  const token = await calendarFeedService(db).rotate(userId);
  return { url: feedUrl(await origin(), token) };
});

export const revokeCalendarFeedAction = authedAction("revokeCalendarFeed", none, ({ userId, db }) => calendarFeedService(db).revoke(userId));
