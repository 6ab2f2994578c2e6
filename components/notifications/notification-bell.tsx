"use client";

import { Bell } from "lucide-react";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useRef, useState } from "react";
import { NOTIFICATIONS_CHANGED_EVENT } from "@/components/tasks/task-events";
import type { ShownNotification } from "@/lib/reminders/schemas";

// The list and its popover load the first time the bell is opened, the toasts' code when one
// first arrives: the bell itself stays small (first-load JS budget).
const NotificationPanel = dynamic(() => import("./notification-panel"), { ssr: false });

const POLL_MS = 20_000;
/** On the first look, a notification this recent still gets a toast: it came as the page opened. */
const JUST_ARRIVED_MS = 60_000;

export type BellState = { status: "loading" | "error" | "ready"; notifications: ShownNotification[]; unread: number };

/** The header's bell: the unread count, kept fresh by polling and on focus; a toast for each new notification. */
export function NotificationBell() {
  const [state, setState] = useState<BellState>({ status: "loading", notifications: [], unread: 0 });
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const seen = useRef<Set<string> | null>(null);

  const refresh = useCallback(async () => {
    // A plain GET, not a server action: Next runs actions one at a time, and polling must never
    // hold up what the person is doing (a delete queued behind it came back as an old row).
    const response = await fetch("/api/v1/notifications", { cache: "no-store" }).catch(() => null);
    const data = response?.ok ? ((await response.json().catch(() => null)) as Pick<BellState, "notifications" | "unread"> | null) : null;
    if (!data) return setState((s) => ({ ...s, status: s.status === "ready" ? "ready" : "error" }));
    const { notifications, unread } = data;
    const first = seen.current === null;
    const known = (seen.current ??= new Set());
    const arrived = [...notifications].reverse().filter((n) => !known.has(n.id) && !n.read && (!first || Date.now() - Date.parse(n.created_at) < JUST_ARRIVED_MS));
    for (const n of notifications) known.add(n.id);
    setState({ status: "ready", notifications, unread });
    if (arrived.length > 0) void import("./announce").then(({ announce }) => announce(arrived, () => void refresh()), () => {});
  }, []);

  useEffect(() => {
    void refresh();
    const onVisible = () => document.visibilityState === "visible" && void refresh();
    const timer = setInterval(onVisible, POLL_MS);
    window.addEventListener("focus", onVisible);
    window.addEventListener(NOTIFICATIONS_CHANGED_EVENT, onVisible);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearInterval(timer);
      window.removeEventListener("focus", onVisible);
      window.removeEventListener(NOTIFICATIONS_CHANGED_EVENT, onVisible);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [refresh]);

  const { unread } = state;
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-label={unread > 0 ? `Notifications, ${unread} unread` : "Notifications"}
        aria-haspopup="dialog"
        aria-expanded={open}
        data-unread={unread}
        onClick={() => {
          setOpen((o) => !o);
          void refresh();
        }}
        className="relative inline-flex size-11 items-center justify-center rounded-full text-muted hover:bg-raised hover:text-ink sm:size-9"
      >
        <Bell className="size-5 sm:size-4" aria-hidden />
        {unread > 0 && (
          <span
            aria-hidden
            className="absolute right-1 top-1 min-w-4 rounded-full bg-danger px-1 text-center font-mono text-[10px] font-semibold leading-4 text-white dark:text-canvas sm:right-0 sm:top-0"
          >
            {unread > 99 ? "99+" : unread}
          </span>
        )}
      </button>
      {open && <NotificationPanel anchor={button} state={state} onClose={() => setOpen(false)} onChanged={() => void refresh()} />}
    </>
  );
}
