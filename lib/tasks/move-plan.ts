// The one write a move in manual order needs: a place next to a neighbour of the same list
// (after_id / before_id, DESIGN §8), and the browser's guess of the new key until the server answers.
// Loaded on the first move (components/tasks/use-board-order.ts), with fractional-indexing.

import { sortByPosition, type Placed } from "./manual-order";

/** Where a moved task goes: right after one task of its list, or right before one. */
export type Place = { after_id: number } | { before_id: number };

export type MovePlan<T> = { place: Place; neighbour: T } | { edge: "top" | "bottom" };

const sameList = (a: Placed, b: Placed) => a.list_id !== undefined && a.list_id === b.list_id && a.position !== undefined && b.position !== undefined;

/**
 * One step up or down among `shown` (a section, in order). A move never leaves the task's list: at
 * the first or last task of its list it answers the edge instead.
 */
export function planStep<T extends Placed>(shown: T[], id: number, step: -1 | 1): MovePlan<T> | null {
  const at = shown.findIndex((t) => t.id === id);
  if (at < 0) return null;
  const neighbour = shown[at + step];
  if (!neighbour || !sameList(shown[at]!, neighbour)) return { edge: step < 0 ? "top" : "bottom" };
  return { place: step < 0 ? { before_id: neighbour.id } : { after_id: neighbour.id }, neighbour };
}

/**
 * A drop of `id` where `overId` was (as a sortable list shows it: dragged down, it lands after the
 * task it was dropped on; dragged up, before it). Null when nothing moves or the target is in another list.
 */
export function planDrop<T extends Placed>(shown: T[], id: number, overId: number): MovePlan<T> | null {
  const from = shown.findIndex((t) => t.id === id);
  const to = shown.findIndex((t) => t.id === overId);
  if (from < 0 || to < 0 || from === to) return null;
  const neighbour = shown[to]!;
  if (!sameList(shown[from]!, neighbour)) return null;
  return { place: to > from ? { after_id: neighbour.id } : { before_id: neighbour.id }, neighbour };
}

/**
 * The keys a moved task will sit between in its list (all of the list's tasks on screen, any
 * section): the browser's guess at its new place, shown until the server answers with its own.
 */
export function gapFor<T extends Placed>(tasks: T[], moved: T, place: Place): [string | null, string | null] | null {
  const list = sortByPosition(tasks.filter((t) => t.id !== moved.id && sameList(t, moved)));
  const anchorId = "after_id" in place ? place.after_id : place.before_id;
  const at = list.findIndex((t) => t.id === anchorId);
  if (at < 0) return null;
  return "after_id" in place ? [list[at]!.position!, list[at + 1]?.position ?? null] : [list[at - 1]?.position ?? null, list[at]!.position!];
}
