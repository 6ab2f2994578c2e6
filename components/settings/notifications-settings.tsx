"use client";

import { BellOff, BellRing, Send } from "lucide-react";
import { useEffect, useId, useState, type FormEvent } from "react";
import { toast } from "sonner";
import { sendTestNotificationAction, setMorningSummaryAction, subscribePushAction, unsubscribePushAction } from "@/app/(app)/settings/reminder-settings-actions";
import { NOTIFICATIONS_CHANGED_EVENT } from "@/components/tasks/task-events";
import { Button } from "@/components/ui/button";
import { fieldClass, labelClass } from "@/components/ui/field";
import type { PushSubscriptionInput } from "@/lib/reminders/schemas";
import { currentSubscription, pushSupport, subscribeDevice, type PushSupport } from "./push-device";

const OFFLINE = "Couldn't reach Docket. Check your connection and try again.";
const DEFAULT_SUMMARY_TIME = "08:00";

interface Props {
  /** The server's VAPID public key; null when push is off on this server. */
  publicKey: string | null;
  morningSummaryTime: string | null;
}

/** Push on this device, a test notification, and the morning summary. Reminders always show in the bell. */
export function NotificationsSettings({ publicKey, morningSummaryTime }: Props) {
  const id = useId();
  const [support, setSupport] = useState<PushSupport | "checking">("checking");
  const [enabled, setEnabled] = useState(false);
  const [busy, setBusy] = useState(false);
  const [pushError, setPushError] = useState<string | null>(null);
  const [summaryOn, setSummaryOn] = useState(morningSummaryTime !== null);
  const [summaryTime, setSummaryTime] = useState(morningSummaryTime ?? DEFAULT_SUMMARY_TIME);
  const [saved, setSaved] = useState(morningSummaryTime);
  const [summaryError, setSummaryError] = useState<string | null>(null);

  useEffect(() => {
    const found = pushSupport();
    setSupport(found);
    if (found !== "unsupported") void currentSubscription().then((s) => setEnabled(s !== null), () => {});
  }, []);

  async function enable() {
    if (!publicKey) return;
    setBusy(true);
    setPushError(null);
    try {
      const subscription = await subscribeDevice(publicKey);
      setSupport(pushSupport());
      if (!subscription) return;
      const result = await subscribePushAction(subscription.toJSON() as PushSubscriptionInput).catch(() => null);
      if (!result?.ok) {
        await subscription.unsubscribe().catch(() => {});
        return setPushError(`Couldn't turn on notifications. ${result?.error.message ?? OFFLINE}`);
      }
      setEnabled(true);
      toast.success("Notifications are on for this device.");
    } catch {
      setPushError("This browser couldn't subscribe to notifications (private windows and some browsers can't). Reminders still show in the bell.");
    } finally {
      setBusy(false);
    }
  }

  async function disable() {
    setBusy(true);
    setPushError(null);
    try {
      const subscription = await currentSubscription();
      if (subscription) {
        const result = await unsubscribePushAction({ endpoint: subscription.endpoint }).catch(() => null);
        if (!result?.ok) return setPushError(`Couldn't turn off notifications. ${result?.error.message ?? OFFLINE}`);
        await subscription.unsubscribe().catch(() => {});
      }
      setEnabled(false);
      toast("Notifications are off for this device. Reminders still show in the bell.");
    } finally {
      setBusy(false);
    }
  }

  async function sendTest() {
    setBusy(true);
    const result = await sendTestNotificationAction({}).catch(() => null);
    setBusy(false);
    if (!result?.ok) return toast.error(`Couldn't send a test notification. ${result?.error.message ?? OFFLINE}`);
    window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED_EVENT));
    toast.success(enabled ? "Test sent: it should pop up on this device and in the bell." : "Test sent: look in the bell at the top.");
  }

  async function saveSummary(event: FormEvent) {
    event.preventDefault();
    setSummaryError(null);
    const wanted = summaryOn ? summaryTime : null;
    const result = await setMorningSummaryAction({ morning_summary_time: wanted }).catch(() => null);
    if (!result?.ok) return setSummaryError(result?.error.fields?.morning_summary_time ?? result?.error.message ?? OFFLINE);
    setSaved(result.data.morning_summary_time);
    toast.success(wanted ? `Morning summary every day at ${wanted}.` : "Morning summary turned off.");
  }

  const pushStatus =
    support === "checking" ? "Checking this browser…"
    : !publicKey ? "Push notifications are off on this server (it has no VAPID keys). Reminders show in the bell at the top."
    : support === "unsupported" ? "This browser can't show push notifications. On iPhone, add Docket to the Home Screen first. Reminders still show in the bell."
    : support === "denied" ? "Notifications are blocked for this site. Allow them in the browser’s site settings (the icon left of the address), then come back."
    : enabled ? "On: reminders pop up on this device, even when Docket isn’t open."
    : "Off on this device: reminders show in the bell while Docket is open.";

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <div>
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          Notifications
        </h2>
        <p className="text-sm text-muted">Reminders and the morning summary arrive in the bell, and on devices where you turn them on.</p>
      </div>
      <div className="space-y-3 rounded-xl border border-line bg-surface p-4 text-sm">
        <h3 className="font-medium">This device</h3>
        <p role="status" className="text-muted">
          {pushStatus}
        </p>
        <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
          {publicKey && (support === "default" || support === "granted") && !enabled && (
            <Button variant="primary" disabled={busy} onClick={() => void enable()} className="max-sm:h-11">
              <BellRing className="size-4" aria-hidden />
              Turn on notifications
            </Button>
          )}
          {enabled && (
            <Button disabled={busy} onClick={() => void disable()} className="max-sm:h-11">
              <BellOff className="size-4" aria-hidden />
              Turn off on this device
            </Button>
          )}
          <Button disabled={busy} onClick={() => void sendTest()} className="max-sm:h-11">
            <Send className="size-4" aria-hidden />
            Send a test notification
          </Button>
        </div>
        {pushError && (
          <p role="alert" className="text-danger">
            {pushError}
          </p>
        )}
      </div>
      <form onSubmit={saveSummary} noValidate className="space-y-3 rounded-xl border border-line bg-surface p-4 text-sm">
        <h3 className="font-medium">Morning summary</h3>
        <p className="text-muted">One notification a day with what’s due today and overdue, at the time you pick (your time zone).</p>
        <label className="flex min-h-11 items-center gap-2 sm:min-h-0">
          <input type="checkbox" checked={summaryOn} onChange={(e) => setSummaryOn(e.target.checked)} className="size-4 accent-[var(--color-accent)]" />
          Send a morning summary
        </label>
        <div className="max-w-40">
          <label htmlFor={`${id}-time`} className={labelClass}>
            Time
          </label>
          <input
            id={`${id}-time`}
            type="time"
            value={summaryTime}
            disabled={!summaryOn}
            onChange={(e) => setSummaryTime(e.target.value)}
            aria-invalid={summaryError ? true : undefined}
            className={fieldClass}
          />
        </div>
        {summaryError && (
          <p role="alert" className="text-danger">
            {summaryError}
          </p>
        )}
        <Button type="submit" variant="primary" disabled={(summaryOn ? summaryTime : null) === saved} className="max-sm:h-11">
          Save summary
        </Button>
      </form>
    </section>
  );
}
