// Manual order in the browser: the same order as the server's sort=position (lib/tasks/list-query.ts:
// lists in their order, then each list's keys bytewise, then the number). What a move writes is in
// ./move-plan.ts, loaded on the first move. Framework-free.

export type Placed = { id: number; list_id?: string; position?: string };

/**
 * Tasks in manual order. `listOrder` names lists in their order (lists not in it follow, in the
 * order they first appear); unsaved drafts (no position yet) come last, in the order they were added.
 */
export function sortByPosition<T extends Placed>(tasks: T[], listOrder: readonly string[] = []): T[] {
  const rank = new Map(listOrder.map((id, i) => [id, i]));
  for (const t of tasks) if (t.list_id !== undefined && !rank.has(t.list_id)) rank.set(t.list_id, rank.size);
  return [...tasks].sort((a, b) => {
    if (a.position === undefined || b.position === undefined) {
      if (a.position !== b.position) return a.position === undefined ? 1 : -1;
      return Math.abs(a.id) - Math.abs(b.id);
    }
    const byList = (rank.get(a.list_id!) ?? 0) - (rank.get(b.list_id!) ?? 0);
    if (byList !== 0) return byList;
    // Keys are ASCII, so comparing UTF-16 units is the server's bytewise COLLATE "C".
    if (a.position !== b.position) return a.position < b.position ? -1 : 1;
    return a.id - b.id;
  });
}
