"use client";

import { useLayoutEffect, useRef, useState } from "react";
import type { Place } from "@/lib/tasks/move-plan";
import type { Task } from "@/lib/tasks/schemas";
import type { Move } from "./board-moves";
import type { ShownTask } from "./use-tasks";

type Reorder = (task: Task, place: Place, position?: string) => Promise<boolean>;
const loadMoves = () => import("./board-moves");

/** The lists of the board in their order: the order the server sent them in, lists seen later after. */
export function useListOrder(tasks: ShownTask[]): readonly string[] {
  const order = useRef<string[]>([]);
  for (const t of tasks) if (t.list_id !== undefined && !order.current.includes(t.list_id)) order.current.push(t.list_id);
  return order.current;
}

/**
 * Moves in manual order, from the keyboard (a step) or a drop: shown at once at the browser's guess
 * of the new key, saved with after_id/before_id, and said in a polite live region for screen
 * readers. Focus stays on what the user had focused. The move code loads on the first move.
 */
export function useBoardOrder(tasks: ShownTask[], reorder: Reorder) {
  const [announcement, setAnnouncement] = useState("");
  // React moves a moved row's element, which drops its focus: each commit until the move is saved
  // gives it back before the browser paints.
  const keep = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const el = keep.current;
    if (el?.isConnected && document.activeElement !== el && (document.activeElement === document.body || document.activeElement === null)) el.focus();
  });

  async function run(move: Move | null) {
    if (!move) return;
    setAnnouncement(move.say);
    if (!("task" in move)) return;
    const focused = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    keep.current = focused;
    await reorder(move.task, move.place, move.key);
    if (keep.current === focused) keep.current = null;
  }

  return {
    announcement,
    /** Says why nothing moved. */
    say: setAnnouncement,
    step: async (shown: ShownTask[], task: ShownTask, step: -1 | 1) => run((await loadMoves()).stepMove(tasks, shown, task, step)),
    drop: async (shown: ShownTask[], id: number, overId: number) => run((await loadMoves()).dropMove(tasks, shown, id, overId)),
  };
}
