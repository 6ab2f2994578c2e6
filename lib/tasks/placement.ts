import { and, eq, isNull, ne, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { lists, tasks } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { inboxId } from "@/lib/lists/service";
import { keyAtEnd, keyFor } from "@/lib/ordering";

/**
 * Where tasks sit: their list and their place in it. Every write of a task position first locks
 * the row of the list it goes into (FOR NO KEY UPDATE, held to the end of the transaction), then
 * reads the neighbours and writes one key between them. Two moves into one list therefore take
 * turns and never compute a key from the same gap; adding and restoring take the same lock. A
 * unique index on (list_id, position) is the last line: a duplicate key would fail, never stick.
 * Locks are taken list first, then task rows (deleting a list does the same), so they can't deadlock.
 */

const invalid = (field: string, message: string) => new AppError("invalid_input", message, { [field]: message });

/** Locks one of the user's lists outside the trash; a missing one is a bad `list_id` (400). */
export async function lockList(tx: Db, userId: string, listId: string): Promise<string> {
  const [row] = await tx
    .select({ id: lists.id })
    .from(lists)
    .where(and(eq(lists.userId, userId), eq(lists.id, listId), isNull(lists.deletedAt)))
    .for("no key update");
  if (!row) throw invalid("list_id", "No such list: list_id must be one of your lists (GET /api/v1/lists), not one in the trash");
  return row.id;
}

/** Locks the user's Inbox (made on first use) and answers its id. */
export async function lockInbox(tx: Db, userId: string): Promise<string> {
  const [row] = await tx.select({ id: lists.id }).from(lists).where(and(eq(lists.userId, userId), lists.inbox)).for("no key update");
  return row?.id ?? lockList(tx, userId, await inboxId(tx, userId));
}

/** The other tasks of a list (the trash included: a trashed task keeps its slot for a restore). */
const othersIn = (userId: string, listId: string, taskId?: string): SQL =>
  and(eq(tasks.userId, userId), eq(tasks.listId, listId), taskId ? ne(tasks.id, taskId) : undefined)!;

/** The key after every task of a locked list: where new and moved-in tasks go. */
export const endOfList = (tx: Db, userId: string, listId: string, taskId?: string) => keyAtEnd(tx, tasks, tasks.position, othersIn(userId, listId, taskId));

/**
 * The key for a task placed right after (or before) another task of the locked list, by number;
 * null puts it at the top (after_id) or the bottom (before_id).
 */
export async function keyNextTo(
  tx: Db,
  userId: string,
  listId: string,
  task: { id: string; number: number },
  field: "after_id" | "before_id",
  anchor: number | null,
): Promise<string> {
  const scope = othersIn(userId, listId, task.id);
  if (anchor === null) return keyFor(tx, tasks, tasks.position, scope, field === "after_id" ? { after: null } : { before: null });
  if (anchor === task.number) throw invalid(field, "A task can't be placed next to itself");
  const [row] = await tx
    .select({ position: tasks.position })
    .from(tasks)
    .where(and(eq(tasks.userId, userId), eq(tasks.listId, listId), eq(tasks.number, anchor), isNull(tasks.deletedAt)));
  if (!row) throw invalid(field, `Task ${anchor} is not in this list, so nothing can be placed next to it`);
  return keyFor(tx, tasks, tasks.position, scope, field === "after_id" ? { after: row.position } : { before: row.position });
}
