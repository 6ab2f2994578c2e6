"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";
import { toast } from "sonner";
import type { ShownTask } from "./use-tasks";

/** How long an opened task stays highlighted. */
const HIGHLIGHT_MS = 2500;

/** The address that opens a task on the board, highlighted (the command palette's results). */
export const taskHref = (id: number) => `/?task=${id}`;

/**
 * `?task=<number>` opens a task: its row scrolls into view, is highlighted for a moment and takes
 * the focus. A task the board hasn't got yet (made elsewhere) is looked for once more on the server.
 * The address then forgets it, so a reload doesn't do it again.
 */
export function useHighlight(tasks: ShownTask[], refresh: () => Promise<void>) {
  const wanted = Number(useSearchParams().get("task")) || null;
  const reloaded = useRef<number | null>(null);

  useEffect(() => {
    if (wanted === null) return;
    const row = document.querySelector<HTMLElement>(`[data-task-row="${wanted}"]`);
    if (!row && reloaded.current !== wanted) {
      reloaded.current = wanted;
      void refresh();
      return;
    }
    const url = new URL(window.location.href);
    url.searchParams.delete("task");
    window.history.replaceState(window.history.state, "", url);
    if (!row) {
      toast.error(`#${wanted} isn't in this view. It may have been deleted: look in the Trash.`);
      return;
    }
    row.scrollIntoView({ block: "center", behavior: "smooth" });
    row.querySelector<HTMLElement>("[data-select-box]")?.focus({ preventScroll: true });
    // Outlives this effect on purpose: forgetting ?task= re-runs it at once.
    row.setAttribute("data-highlight", "");
    setTimeout(() => row.removeAttribute("data-highlight"), HIGHLIGHT_MS);
  }, [wanted, tasks, refresh]);
}
