import { generateKeyBetween } from "fractional-indexing";
import { gapFor, planDrop, planStep, type MovePlan, type Place } from "@/lib/tasks/move-plan";
import type { ShownTask } from "./use-tasks";

// What a move does, loaded on the first one (./use-board-order.ts): the plan, the browser's guess
// of the new key (shown until the server answers with its own), and the words for screen readers.

export type Move = { say: string } | { say: string; task: ShownTask; place: Place; key?: string };

function planned(tasks: ShownTask[], task: ShownTask, plan: MovePlan<ShownTask> | null): Move | null {
  if (!plan) return null;
  if ("edge" in plan) return { say: `#${task.id} is already at the ${plan.edge} of its list.` };
  const gap = gapFor(tasks, task, plan.place);
  let key: string | undefined;
  try {
    key = gap ? generateKeyBetween(gap[0], gap[1]) : undefined;
  } catch {
    key = undefined; // keys out of order on screen: wait for the server's
  }
  const where = "after_id" in plan.place ? "after" : "before";
  return { say: `Moved #${task.id} ${task.title} ${where} #${plan.neighbour.id} ${plan.neighbour.title}.`, task, place: plan.place, key };
}

export const stepMove = (tasks: ShownTask[], shown: ShownTask[], task: ShownTask, step: -1 | 1) => planned(tasks, task, planStep(shown, task.id, step));

export function dropMove(tasks: ShownTask[], shown: ShownTask[], id: number, overId: number): Move | null {
  const task = shown.find((t) => t.id === id);
  return task ? planned(tasks, task, planDrop(shown, id, overId)) : null;
}
