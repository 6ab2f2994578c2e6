"use client";

import { useLayoutEffect, useRef, useState } from "react";
import { gapFor, planDrop, planStep, type MovePlan, type Place } from "@/lib/tasks/manual-order";
import type { Task } from "@/lib/tasks/schemas";
import type { ShownTask } from "./use-tasks";

type Reorder = (task: Task, place: Place, position?: string) => Promise<boolean>;

/** The lists of the board in their order: the order the server sent them in, lists seen later after. */
export function useListOrder(tasks: ShownTask[]): readonly string[] {
  const order = useRef<string[]>([]);
  for (const t of tasks) if (t.list_id !== undefined && !order.current.includes(t.list_id)) order.current.push(t.list_id);
  return order.current;
}

/**
 * Moves in manual order, from the keyboard (a step) or a drop: shown at once at the browser's guess
 * of the new key (fractional-indexing, loaded on the first move), saved with after_id/before_id, and
 * said in a polite live region for screen readers. Focus stays on what the user had focused.
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

  async function place(task: ShownTask, plan: MovePlan<ShownTask> | null) {
    if (!plan) return;
    if ("edge" in plan) {
      setAnnouncement(`#${task.id} is already at the ${plan.edge} of its list.`);
      return;
    }
    const focused = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    keep.current = focused;
    const { generateKeyBetween } = await import("fractional-indexing");
    const gap = gapFor(tasks, task, plan.place);
    let key: string | undefined;
    try {
      key = gap ? generateKeyBetween(gap[0], gap[1]) : undefined;
    } catch {
      key = undefined; // keys out of order on screen: wait for the server's
    }
    const where = "after_id" in plan.place ? "after" : "before";
    setAnnouncement(`Moved #${task.id} ${task.title} ${where} #${plan.neighbour.id} ${plan.neighbour.title}.`);
    await reorder(task, plan.place, key);
    if (keep.current === focused) keep.current = null;
  }

  return {
    announcement,
    step: (shown: ShownTask[], task: ShownTask, step: -1 | 1) => place(task, planStep(shown, task.id, step)),
    drop: (shown: ShownTask[], id: number, overId: number) => {
      const task = shown.find((t) => t.id === id);
      if (task) void place(task, planDrop(shown, id, overId));
    },
  };
}
