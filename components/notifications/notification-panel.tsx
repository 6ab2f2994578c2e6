"use client";

import { clsx } from "clsx";
import { Check, CheckCheck, Clock } from "lucide-react";
import { useRouter } from "next/navigation";
import { Dialog } from "radix-ui";
import { useState, type RefObject } from "react";
import { toast } from "sonner";
import { markNotificationsReadAction } from "@/app/(app)/notification-actions";
import { openTaskHere } from "@/components/tasks/task-events";
import { useTime } from "@/components/time/time-context";
import { Button } from "@/components/ui/button";
import { dueLabel } from "@/lib/quick-add/format";
import { wallClock } from "@/lib/quick-add/calendar";
import type { ShownNotification } from "@/lib/reminders/schemas";
import type { BellState } from "./notification-bell";
import { completeNotified, snoozeNotified, SNOOZES } from "./respond";

interface Props {
  anchor: RefObject<HTMLButtonElement | null>;
  state: BellState;
  onClose: () => void;
  /** Something was done here: the bell reloads. */
  onChanged: () => void;
}

const small = "h-11 px-3 text-xs sm:h-8 sm:px-2";

function Item({ n, busy, act, openTask }: { n: ShownNotification; busy: boolean; act: (work: () => Promise<unknown>) => void; openTask: (n: ShownNotification) => void }) {
  const time = useTime();
  const at = wallClock(new Date(n.created_at), time.timezone);
  const task = n.task_id === null ? null : { id: n.id, title: n.title, created_at: n.created_at, task_id: n.task_id };
  return (
    <li className={clsx("space-y-1.5 px-3 py-2.5", !n.read && "bg-accent/5")} data-notification={n.id}>
      <button
        type="button"
        disabled={task === null}
        onClick={() => openTask(n)}
        className="block w-full rounded-md text-left disabled:cursor-default enabled:hover:text-accent"
      >
        {task && <span className="sr-only">Open #{n.task_id}: </span>}
        <span className="flex items-center gap-2">
          {!n.read && <span className="size-2 shrink-0 rounded-full bg-accent" aria-hidden />}
          <span className="min-w-0 break-words font-medium">{n.title}</span>
          {n.missed && <span className="shrink-0 rounded bg-danger/15 px-1.5 text-[11px] font-medium uppercase tracking-wide text-danger">missed</span>}
        </span>
        <span className="block break-words text-sm text-muted">{n.body}</span>
        <span className="block text-xs text-muted">
          {dueLabel({ date: at.date, time: at.time }, time)}
          {!n.read && <span className="sr-only">, unread</span>}
        </span>
      </button>
      <div className="flex flex-wrap items-center gap-1">
        {task && (
          <>
            <Button size="sm" className={small} disabled={busy} aria-label={`Done: ${n.title}`} onClick={() => act(() => completeNotified(task))}>
              <Check className="size-3.5" aria-hidden />
              Done
            </Button>
            <span className="ml-1 inline-flex items-center gap-0.5 text-xs text-muted">
              <Clock className="size-3.5" aria-hidden />
              <span className="sr-only">Snooze</span>
            </span>
            {SNOOZES.map((s) => (
              <Button key={s.label} size="sm" variant="ghost" className={small} disabled={busy} aria-label={`Snooze ${s.label}: ${n.title}`} onClick={() => act(() => snoozeNotified(task, s))}>
                {s.label}
              </Button>
            ))}
          </>
        )}
        {!n.read && (
          <Button size="sm" variant="ghost" className={clsx(small, "ml-auto")} disabled={busy} aria-label={`Mark read: ${n.title}`} onClick={() => act(() => markNotificationsReadAction({ id: n.id }))}>
            Mark read
          </Button>
        )}
      </div>
    </li>
  );
}

/** The bell's popover: notifications newest first, each with Done, Snooze and Mark read; a click opens its task. */
export default function NotificationPanel({ anchor, state, onClose, onChanged }: Props) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const { status, notifications, unread } = state;
  // Unread first; what was read, done or snoozed moves to Earlier.
  const fresh = notifications.filter((n) => !n.read);
  const earlier = notifications.filter((n) => n.read);

  function act(work: () => Promise<unknown>) {
    setBusy(true);
    void work()
      .catch(() => toast.error("Couldn't reach Docket. Check your connection and try again."))
      .finally(() => {
        setBusy(false);
        onChanged();
      });
  }

  function openTask(n: ShownNotification) {
    if (n.task_id === null) return;
    if (!n.read) void markNotificationsReadAction({ id: n.id }).then(onChanged, () => {});
    onClose();
    if (!openTaskHere(n.task_id)) router.push(`/?task=${n.task_id}&edit=1`);
  }

  return (
    // A non-modal dialog placed under the bell behaves as a popover (the page stays usable, a click
    // elsewhere closes it) without Radix Popover's positioning code, which split the header's menu
    // code into a chunk of its own and cost 1.2 KB on the first load.
    <Dialog.Root open modal={false} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Content
          aria-describedby={undefined}
          onInteractOutside={(event) => {
            // The bell toggles the panel itself.
            if (anchor.current?.contains(event.target as Node)) event.preventDefault();
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            anchor.current?.focus();
          }}
          className="fixed right-2 top-[calc(3.5rem+0.25rem)] z-50 flex max-h-[min(32rem,calc(100dvh-5rem))] w-[min(24rem,calc(100vw-1rem))] flex-col rounded-lg border border-line bg-surface text-sm shadow-lg sm:right-[max(0.5rem,calc((100vw-72rem)/2+0.5rem))]"
        >
          <div className="flex items-center justify-between gap-2 border-b border-line px-3 py-2">
            <Dialog.Title className="text-base font-semibold">Notifications</Dialog.Title>
            {unread > 0 && (
              <Button size="sm" variant="ghost" className={small} disabled={busy} onClick={() => act(() => markNotificationsReadAction({}))}>
                <CheckCheck className="size-3.5" aria-hidden />
                Mark all read
              </Button>
            )}
          </div>
          {status === "loading" ? (
            <p className="px-3 py-6 text-center text-muted" role="status">
              Loading notifications…
            </p>
          ) : status === "error" ? (
            <div className="space-y-2 px-3 py-6 text-center" role="alert">
              <p>Couldn't load notifications. Check your connection.</p>
              <Button size="sm" onClick={onChanged}>
                Try again
              </Button>
            </div>
          ) : notifications.length === 0 ? (
            <p className="px-3 py-6 text-center text-muted">
              No notifications yet. Give a task a reminder (edit it, then Reminders) and it shows up here when it’s due.
            </p>
          ) : (
            <div className="overflow-y-auto">
              {fresh.length === 0 ? (
                <p className="px-3 py-3 text-muted">Nothing new.</p>
              ) : (
                <ul aria-label="New notifications" className="divide-y divide-line">
                  {fresh.map((n) => (
                    <Item key={n.id} n={n} busy={busy} act={act} openTask={openTask} />
                  ))}
                </ul>
              )}
              {earlier.length > 0 && (
                <>
                  <h3 className="border-t border-line px-3 pb-1 pt-3 text-xs font-semibold uppercase tracking-wide text-muted">Earlier</h3>
                  <ul aria-label="Earlier notifications" className="divide-y divide-line">
                    {earlier.map((n) => (
                      <Item key={n.id} n={n} busy={busy} act={act} openTask={openTask} />
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
