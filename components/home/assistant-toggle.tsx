"use client";

import { Sparkles } from "lucide-react";
import { usePathname, useRouter } from "next/navigation";

export const TOGGLE_ASSISTANT_EVENT = "docket:toggle-assistant";

/** The header's assistant button: opens the panel on the home page, or goes there. */
export function AssistantToggle() {
  const pathname = usePathname();
  const router = useRouter();
  return (
    <button
      type="button"
      title="Assistant (Ctrl+J)"
      aria-keyshortcuts="Control+J"
      onClick={() => (pathname === "/" ? window.dispatchEvent(new Event(TOGGLE_ASSISTANT_EVENT)) : router.push("/?assistant=open"))}
      className="inline-flex h-8 items-center gap-1.5 rounded-md px-2.5 text-sm font-medium text-muted hover:bg-raised hover:text-ink"
    >
      <Sparkles className="size-4" aria-hidden />
      <span className="sr-only sm:not-sr-only">Assistant</span>
    </button>
  );
}
