import { generateKeyBetween } from "fractional-indexing";
import { and, gt, lt, max, min, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";

/**
 * Manual order with fractional keys (fractional-indexing): a row's position is an opaque text key,
 * compared bytewise (COLLATE "C"), and a move writes one new key between its new neighbours, so no
 * other row is ever renumbered. Callers hold a lock on the scope (the list's row, or the user's
 * list order) while they read the neighbours and write, so two moves never use the same gap.
 */

/** Where a row goes: right after an anchor's key (null: first), or right before one (null: last). */
export type Slot = { after: string | null } | { before: string | null };

/** A key for `slot` among the rows of `scope` (which leaves out the row being placed). */
export async function keyFor(db: Db, table: PgTable, position: PgColumn, scope: SQL, slot: Slot): Promise<string> {
  if ("after" in slot) {
    const lower = slot.after;
    const [row] = await db.select({ key: min(position) }).from(table).where(lower === null ? scope : and(scope, gt(position, lower)));
    return generateKeyBetween(lower, (row?.key as string | null) ?? null);
  }
  const upper = slot.before;
  const [row] = await db.select({ key: max(position) }).from(table).where(upper === null ? scope : and(scope, lt(position, upper)));
  return generateKeyBetween((row?.key as string | null) ?? null, upper);
}

/** The key after every row of `scope`: where new rows go. */
export const keyAtEnd = (db: Db, table: PgTable, position: PgColumn, scope: SQL) => keyFor(db, table, position, scope, { before: null });
