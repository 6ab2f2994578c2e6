"use client";

import { clsx } from "clsx";
import { useLayoutEffect, useRef, useSyncExternalStore, type ReactNode } from "react";
import { ASSISTANT_TRIGGER } from "./assistant-toggle";
import { useVisualViewport } from "./use-visual-viewport";

/** From this width the assistant sits beside the list; below it, it opens as a sheet over the page. */
export const WIDE_QUERY = "(min-width: 1024px)";

function subscribeToWidth(onChange: () => void) {
  const query = window.matchMedia(WIDE_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

function useWide(): boolean {
  return useSyncExternalStore(
    subscribeToWidth,
    () => window.matchMedia(WIDE_QUERY).matches,
    () => false,
  );
}

function visibleTrigger(): HTMLElement | null {
  const triggers = [...document.querySelectorAll<HTMLElement>(`[${ASSISTANT_TRIGGER}]`)];
  return triggers.find((el) => el.getClientRects().length > 0) ?? null;
}

/**
 * Everything outside `element` stops taking focus, clicks and the screen reader's attention
 * (`inert`), like a modal dialog's background; toasts stay live. Returns the undo.
 */
function inertOutside(element: HTMLElement): () => void {
  const changed: HTMLElement[] = [];
  for (let node: HTMLElement | null = element; node && node !== document.body; node = node.parentElement) {
    for (const sibling of node.parentElement?.children ?? []) {
      if (sibling === node || !(sibling instanceof HTMLElement) || sibling.inert) continue;
      if (sibling.matches("script, next-route-announcer, [data-sonner-toaster], section[aria-live], section[aria-label^='Notifications']")) continue;
      sibling.inert = true;
      changed.push(sibling);
    }
  }
  return () => changed.forEach((el) => (el.inert = false));
}

interface Props {
  /** Open as a sheet (below 1024 px); from 1024 px the assistant is always shown beside the list. */
  open: boolean;
  onClose: () => void;
  children: ReactNode;
}

/**
 * Where the assistant lives. From 1024 px: a column beside the list, sticky under the header and
 * exactly as tall as the rest of the window, so a long conversation scrolls inside it and never
 * stretches the page. Below: when open, a modal sheet as tall as the visual viewport (the full
 * screen on phones, a side sheet on tablets), so the composer stays above the on-screen keyboard.
 * Opening puts the cursor in the composer; Escape, the Close button or the dimmed page close it,
 * and focus returns to what opened it.
 */
export function AssistantSheet({ open, onClose, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const wide = useWide();
  const sheet = open && !wide;
  useVisualViewport(ref, sheet);

  useLayoutEffect(() => {
    const element = ref.current;
    // The live query, not the first render's guess (the server cannot know the width).
    if (!sheet || !element || window.matchMedia(WIDE_QUERY).matches) return;
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    const restoreInert = inertOutside(element);
    const root = document.documentElement;
    const overflow = root.style.overflow;
    root.style.overflow = "hidden";
    element.querySelector<HTMLElement>("textarea")?.focus({ preventScroll: true });
    return () => {
      restoreInert();
      root.style.overflow = overflow;
      // Only when focus was in the sheet (a close), not when it stays on screen (a wider window).
      const focused = document.activeElement;
      if (focused && focused !== document.body && !element.contains(focused)) return;
      if (window.matchMedia(WIDE_QUERY).matches) return;
      const target = opener?.isConnected && opener.getClientRects().length > 0 ? opener : visibleTrigger();
      target?.focus({ preventScroll: true });
    };
  }, [sheet]);

  return (
    <div
      ref={ref}
      role={sheet ? "dialog" : undefined}
      aria-modal={sheet || undefined}
      aria-label={sheet ? "Assistant" : undefined}
      tabIndex={sheet ? -1 : undefined}
      onKeyDown={(event) => {
        // A menu, dialog or field inside that handled Escape itself has prevented it.
        if (sheet && event.key === "Escape" && !event.nativeEvent.defaultPrevented) {
          event.preventDefault();
          onClose();
        }
      }}
      className={clsx(
        "lg:sticky lg:top-[calc(5rem+1px)] lg:block lg:h-[calc(100dvh-6.5rem-1px)]",
        open
          ? "max-lg:fixed max-lg:inset-x-0 max-lg:top-[var(--vv-top,0px)] max-lg:z-50 max-lg:h-[var(--vv-height,100dvh)] max-lg:outline-none md:max-lg:left-auto md:max-lg:w-[26rem]"
          : "max-lg:hidden",
      )}
    >
      {open && <div aria-hidden onClick={onClose} className="fixed inset-0 -z-10 hidden bg-black/40 md:max-lg:block" />}
      <div className="h-full max-lg:bg-surface max-lg:shadow-2xl md:max-lg:border-l md:max-lg:border-line motion-safe:max-lg:animate-sheet-in">
        {children}
      </div>
    </div>
  );
}
