"use client";

import { Sparkles } from "lucide-react";
import { usePathname, useRouter } from "next/navigation";
import { isViewPath } from "@/lib/tasks/views";

export const TOGGLE_ASSISTANT_EVENT = "docket:toggle-assistant";

/** Marks a button that opens the assistant: focus goes back to one when the sheet closes. */
export const ASSISTANT_TRIGGER = "data-assistant-trigger";
export const assistantTriggerProps = { [ASSISTANT_TRIGGER]: "" };

/** Opens the assistant: the panel of this view, or the task list's when this page has none. */
export function useToggleAssistant(): () => void {
  const pathname = usePathname();
  const router = useRouter();
  return () =>
    isViewPath(pathname) ? window.dispatchEvent(new Event(TOGGLE_ASSISTANT_EVENT)) : router.push("/?assistant=open");
}

/** The header's assistant button (the tab bar has its own below 768 px). */
export function AssistantToggle() {
  const toggle = useToggleAssistant();
  return (
    <button
      type="button"
      title="Assistant (Ctrl+J)"
      aria-keyshortcuts="Control+J"
      {...assistantTriggerProps}
      onClick={toggle}
      className="hidden h-8 items-center gap-1.5 rounded-md px-2.5 text-sm font-medium text-muted hover:bg-raised hover:text-ink md:inline-flex"
    >
      <Sparkles className="size-4" aria-hidden />
      Assistant
    </button>
  );
}
