import { generateKeyBetween, generateNKeysBetween } from "fractional-indexing";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { lists, tasks } from "@/db/schema";
import { AppError, parseInput } from "@/lib/errors";
import { setTaskLabels } from "@/lib/labels/service";
import { taskLabelsSchema } from "@/lib/labels/schemas";
import { listIdSchema } from "@/lib/lists/schemas";
import { taskColumns } from "./list-query";
import { endOfList, lockInbox, lockList } from "./placement";
import { toTask, type TaskRecord } from "./rows";
import { taskNumberSchema, type WireTask } from "./schemas";

/**
 * Changes to a selection of tasks: complete, move, label, delete. Each runs in one transaction and
 * changes all the tasks or none (a task that is not the caller's, absent or in the trash refuses
 * the whole selection). Each answers the tasks as they are now and as they were (`previous`), so
 * the UI can undo with revertTasks.
 */

export const BULK_MAX = 200;

export const taskSelectionSchema = z
  .array(taskNumberSchema, { error: "Select tasks by their numbers, like [3, 7]" })
  .min(1, "Select at least one task")
  .max(BULK_MAX, `Select at most ${BULK_MAX} tasks at once`)
  .transform((ids) => [...new Set(ids)]);

const isOrderKey = (key: string) => {
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
};

/** What a bulk change may alter in a task: enough to put it back. */
export const taskStateSchema = z.strictObject({
  id: taskNumberSchema,
  completed: z.boolean(),
  list_id: listIdSchema,
  position: z.string().max(100).refine(isOrderKey, "position must be a key a task had"),
  labels: taskLabelsSchema,
  deleted_at: z.iso.datetime().nullable(),
});
export type TaskState = z.infer<typeof taskStateSchema>;

export interface BulkResult {
  tasks: WireTask[];
  previous: TaskState[];
}

const stateOf = (t: WireTask): TaskState => ({ id: t.id, completed: t.completed, list_id: t.list_id, position: t.position, labels: t.labels, deleted_at: t.deleted_at });

export function bulkTaskService(db: Db) {
  const inTx = <T>(run: (tx: Db) => Promise<T>) => db.transaction((tx) => run(tx as unknown as Db));

  /** The selected live tasks, in the order the user sees them (list, then place); all or not found. */
  async function selected(tx: Db, userId: string, ids: number[]): Promise<WireTask[]> {
    const rows = await tx
      .select(taskColumns)
      .from(tasks)
      .innerJoin(lists, eq(lists.id, tasks.listId))
      .where(and(eq(tasks.userId, userId), inArray(tasks.number, ids), isNull(tasks.deletedAt)))
      .orderBy(asc(lists.position), asc(tasks.position));
    if (rows.length < ids.length) {
      const found = new Set(rows.map((r) => r.number));
      const missing = ids.filter((id) => !found.has(id));
      throw new AppError("not_found", `${missing.length === 1 ? "Task" : "Tasks"} ${missing.join(", ")} not found`);
    }
    return (rows as TaskRecord[]).map(toTask);
  }

  /** The tasks again, after the change, in the same order. */
  async function reread(tx: Db, userId: string, before: WireTask[]): Promise<WireTask[]> {
    const rows = (await tx.select(taskColumns).from(tasks).where(and(eq(tasks.userId, userId), inArray(tasks.number, before.map((t) => t.id))))) as TaskRecord[];
    const byNumber = new Map(rows.map((r) => [r.number, toTask(r)]));
    return before.map((t) => byNumber.get(t.id)!);
  }

  const numbers = (ts: WireTask[]) => inArray(tasks.number, ts.map((t) => t.id));

  return {
    /** Completes (or, with false, reopens) the selected tasks. */
    async completeTasks(userId: string, ids: number[], completed = true): Promise<BulkResult> {
      const selection = parseInput(taskSelectionSchema, ids);
      return inTx(async (tx) => {
        const before = await selected(tx, userId, selection);
        await tx
          .update(tasks)
          .set({ completed, completedAt: completed ? sql`coalesce(${tasks.completedAt}, now())` : null, updatedAt: sql`now()` })
          .where(and(eq(tasks.userId, userId), numbers(before)));
        return { tasks: await reread(tx, userId, before), previous: before.map(stateOf) };
      });
    },

    /** Moves the selected tasks to the end of a list, keeping their order. */
    async moveTasks(userId: string, ids: number[], listId: string): Promise<BulkResult> {
      const selection = parseInput(taskSelectionSchema, ids);
      return inTx(async (tx) => {
        const target = await lockList(tx, userId, parseInput(listIdSchema, listId));
        const before = await selected(tx, userId, selection);
        const moving = before.filter((t) => t.list_id !== target);
        const keys = generateNKeysBetween(moving.length ? await endOfList(tx, userId, target) : null, null, moving.length);
        for (const [i, t] of moving.entries()) {
          await tx.update(tasks).set({ listId: target, position: keys[i]!, updatedAt: sql`now()` }).where(and(eq(tasks.userId, userId), eq(tasks.number, t.id)));
        }
        return { tasks: await reread(tx, userId, before), previous: before.map(stateOf) };
      });
    },

    /** Adds and removes labels on the selected tasks (names ignoring case; new names make labels). */
    async labelTasks(userId: string, ids: number[], change: { add?: string[]; remove?: string[] }): Promise<BulkResult> {
      const selection = parseInput(taskSelectionSchema, ids);
      const add = parseInput(taskLabelsSchema, change.add ?? []);
      const remove = new Set(parseInput(taskLabelsSchema, change.remove ?? []).map((n) => n.toLowerCase()));
      return inTx(async (tx) => {
        const before = await selected(tx, userId, selection);
        for (const t of before) {
          const kept = t.labels.filter((n) => !remove.has(n.toLowerCase()));
          const names = [...kept, ...add.filter((n) => !remove.has(n.toLowerCase()) && !kept.some((k) => k.toLowerCase() === n.toLowerCase()))];
          const id = (await tx.select({ id: tasks.id }).from(tasks).where(and(eq(tasks.userId, userId), eq(tasks.number, t.id))))[0]!.id;
          await setTaskLabels(tx, userId, id, names);
        }
        return { tasks: await reread(tx, userId, before), previous: before.map(stateOf) };
      });
    },

    /** Moves the selected tasks to the trash. */
    async deleteTasks(userId: string, ids: number[]): Promise<BulkResult> {
      const selection = parseInput(taskSelectionSchema, ids);
      return inTx(async (tx) => {
        const before = await selected(tx, userId, selection);
        await tx.update(tasks).set({ deletedAt: sql`now()`, trashedWithList: false, updatedAt: sql`now()` }).where(and(eq(tasks.userId, userId), numbers(before)));
        return { tasks: await reread(tx, userId, before), previous: before.map(stateOf) };
      });
    },

    /**
     * Undo: puts tasks back as `previous` describes them (a bulk result's previous): completed or
     * not, out of the trash or into it, their labels, and their list and place — the same key
     * when it is still free in that list, else the end of it (the Inbox when the list is gone).
     */
    async revertTasks(userId: string, previous: TaskState[]): Promise<WireTask[]> {
      const states = parseInput(z.array(taskStateSchema).min(1).max(BULK_MAX), previous);
      return inTx(async (tx) => {
        // Lock the lists first (in one order, so two undos can't deadlock), as every position write does.
        const wanted = [...new Set(states.map((s) => s.list_id))].sort();
        const live = new Set(
          (await tx.select({ id: lists.id }).from(lists).where(and(eq(lists.userId, userId), inArray(lists.id, wanted), isNull(lists.deletedAt))).orderBy(asc(lists.id)).for("no key update")).map(
            (l) => l.id,
          ),
        );
        const inbox = states.some((s) => !live.has(s.list_id)) ? await lockInbox(tx, userId) : undefined;
        const rows = await tx
          .select({ id: tasks.id, number: tasks.number, listId: tasks.listId, position: tasks.position })
          .from(tasks)
          .where(and(eq(tasks.userId, userId), inArray(tasks.number, states.map((s) => s.id))));
        if (rows.length < states.length) throw new AppError("not_found", "Some of these tasks no longer exist");
        for (const state of states) {
          const row = rows.find((r) => r.number === state.id)!;
          const listId = live.has(state.list_id) ? state.list_id : inbox!;
          let position = row.position;
          if (row.listId !== listId || row.position !== state.position) {
            const [taken] = await tx.select({ id: tasks.id }).from(tasks).where(and(eq(tasks.userId, userId), eq(tasks.listId, listId), eq(tasks.position, state.position)));
            position = listId === state.list_id && (!taken || taken.id === row.id) ? state.position : await endOfList(tx, userId, listId, row.id);
          }
          await tx
            .update(tasks)
            .set({
              completed: state.completed,
              completedAt: state.completed ? sql`coalesce(${tasks.completedAt}, now())` : null,
              deletedAt: state.deleted_at === null ? null : sql`coalesce(${tasks.deletedAt}, now())`,
              trashedWithList: false,
              listId,
              position,
              updatedAt: sql`now()`,
            })
            .where(and(eq(tasks.userId, userId), eq(tasks.id, row.id)));
          await setTaskLabels(tx, userId, row.id, state.labels);
        }
        const after = (await tx.select(taskColumns).from(tasks).where(and(eq(tasks.userId, userId), inArray(tasks.number, states.map((s) => s.id))))) as TaskRecord[];
        return states.map((s) => toTask(after.find((r) => r.number === s.id)!));
      });
    },
  };
}

export type BulkTaskService = ReturnType<typeof bulkTaskService>;
