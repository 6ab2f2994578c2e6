"use client";

import { CalendarPlus, Check, Copy, RefreshCw, Trash2 } from "lucide-react";
import { useId, useState } from "react";
import { toast } from "sonner";
import { createCalendarFeedAction, revokeCalendarFeedAction } from "@/app/(app)/settings/reminder-settings-actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

const OFFLINE = "Couldn't reach Docket. Check your connection and try again.";

/**
 * The private calendar feed: dated tasks (with repeats and reminders) in any calendar app. The URL
 * is the credential, so it is shown once, when made; rotating makes a new one and stops the old.
 */
export function CalendarFeedSettings({ createdAt }: { createdAt: string | null }) {
  const id = useId();
  const [exists, setExists] = useState(createdAt !== null);
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function create() {
    setBusy(true);
    setError(null);
    const result = await createCalendarFeedAction({}).catch(() => null);
    setBusy(false);
    if (!result?.ok) return setError(`Couldn't make the feed URL. ${result?.error.message ?? OFFLINE}`);
    setUrl(result.data.url);
    setCopied(false);
    if (exists) toast("New feed URL made: the old one has stopped working.");
    setExists(true);
  }

  async function revoke() {
    setBusy(true);
    setError(null);
    const result = await revokeCalendarFeedAction({}).catch(() => null);
    setBusy(false);
    if (!result?.ok) return setError(`Couldn't revoke the feed. ${result?.error.message ?? OFFLINE}`);
    setExists(false);
    setUrl(null);
    toast("Calendar feed revoked: calendars subscribed to it get nothing new.");
  }

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      toast.error("Copying isn't allowed here: select the URL and copy it yourself.");
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <div>
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          Calendar feed
        </h2>
        <p className="text-sm text-muted">
          See your dated tasks, with their repeats and reminders, in Google Calendar, Apple Calendar or Outlook. The feed URL is private:
          anyone who has it can read your dated tasks.
        </p>
      </div>
      <div className="space-y-3 rounded-xl border border-line bg-surface p-4 text-sm">
        {url ? (
          <div role="status" className="space-y-3">
            <p className="font-medium">Copy your feed URL now: it won’t be shown again.</p>
            <div className="flex flex-wrap items-center gap-2">
              <code aria-label="Calendar feed URL" className="min-w-0 flex-1 basis-48 select-all break-all rounded-md border border-line bg-canvas px-2 py-1.5 font-mono text-xs">
                {url}
              </code>
              <Button size="sm" className="max-sm:h-11 max-sm:px-4" onClick={() => copy(url)}>
                {copied ? <Check className="size-4" aria-hidden /> : <Copy className="size-4" aria-hidden />}
                {copied ? "Copied" : "Copy URL"}
              </Button>
            </div>
            <ul className="list-disc space-y-1 pl-5 text-muted">
              <li>
                <strong className="text-ink">Google Calendar</strong> (on a computer): Other calendars → + → From URL, paste, Add calendar.
              </li>
              <li>
                <strong className="text-ink">Apple Calendar</strong>: File → New Calendar Subscription (on iPhone: Settings → Calendar →
                Accounts → Add Account → Other → Add Subscribed Calendar), paste.
              </li>
              <li>
                <strong className="text-ink">Outlook</strong>: Add calendar → Subscribe from web, paste, Import.
              </li>
            </ul>
            <p className="text-xs text-muted">Calendar apps fetch the feed every few hours, so changes show up with a delay.</p>
          </div>
        ) : (
          <p className="text-muted">
            {exists ? "Your feed URL is active. Lost it? Make a new one: the old URL stops working." : "No feed yet. Make a private URL to subscribe to."}
          </p>
        )}
        <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
          {exists ? (
            <>
              <ConfirmDialog
                trigger={
                  <Button disabled={busy} className="max-sm:h-11">
                    <RefreshCw className="size-4" aria-hidden />
                    Make a new URL
                  </Button>
                }
                title="Make a new feed URL?"
                description="The current URL stops working at once: calendars subscribed to it need the new one."
                confirmLabel="Make a new URL"
                onConfirm={() => void create()}
              />
              <ConfirmDialog
                trigger={
                  <Button variant="ghost" disabled={busy} className="max-sm:h-11">
                    <Trash2 className="size-4" aria-hidden />
                    Revoke feed
                  </Button>
                }
                title="Revoke the calendar feed?"
                description="The URL stops working at once and calendars subscribed to it stop updating. You can make a new one later."
                confirmLabel="Revoke feed"
                onConfirm={() => void revoke()}
              />
            </>
          ) : (
            <Button variant="primary" disabled={busy} onClick={() => void create()} className="max-sm:h-11">
              <CalendarPlus className="size-4" aria-hidden />
              Create feed URL
            </Button>
          )}
        </div>
        {error && (
          <p role="alert" className="text-danger">
            {error}
          </p>
        )}
      </div>
    </section>
  );
}
