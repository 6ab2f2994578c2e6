import type { Metadata } from "next";
import { headers } from "next/headers";
import { AccountSettings } from "@/components/settings/account-settings";
import { ApiKeys, type ShownKey } from "@/components/settings/api-keys";
import { CalendarFeedSettings } from "@/components/settings/calendar-feed-settings";
import { NotificationsSettings } from "@/components/settings/notifications-settings";
import { TimeZoneSettings } from "@/components/settings/time-zone-settings";
import { getDb } from "@/db";
import { getAuth, requireUser } from "@/lib/auth/session";
import { calendarFeedService } from "@/lib/calendar/feed";
import { env } from "@/lib/env";
import { vapidKeys } from "@/lib/reminders/vapid";
import { userService } from "@/lib/users/service";
import { DEFAULT_TIMEZONE } from "@/lib/users/schemas";

/** The zones this server knows (the profile is checked against the same runtime), UTC included. */
function knownZones(current: string): string[] {
  const zones = new Set(Intl.supportedValuesOf("timeZone"));
  zones.add("UTC");
  zones.add(current);
  return [...zones].sort();
}

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  const { apiKeys } = await (await getAuth()).api.listApiKeys({ headers: await headers() });
  const db = await getDb();
  const [me, feed] = await Promise.all([userService(db).getMe(user.id), calendarFeedService(db).exists(user.id)]);
  const keys: ShownKey[] = apiKeys.map((k) => ({
    id: k.id,
    name: k.name ?? "Unnamed key",
    start: k.start ?? k.prefix ?? "dk_",
    createdAt: new Date(k.createdAt).toISOString(),
    lastUsedAt: k.lastRequest ? new Date(k.lastRequest).toISOString() : null,
    expiresAt: k.expiresAt ? new Date(k.expiresAt).toISOString() : null,
  }));
  return (
    <div className="mx-auto max-w-3xl space-y-10">
      <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
      <TimeZoneSettings current={user.timezone ?? DEFAULT_TIMEZONE} zones={knownZones(user.timezone ?? DEFAULT_TIMEZONE)} />
      <NotificationsSettings publicKey={vapidKeys(env())?.publicKey ?? null} morningSummaryTime={me.morning_summary_time} />
      <CalendarFeedSettings createdAt={feed?.created_at ?? null} />
      <ApiKeys initialKeys={keys} />
      <AccountSettings email={user.email} />
    </div>
  );
}
