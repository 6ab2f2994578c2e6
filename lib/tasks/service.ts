import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { lists, taskCounters, tasks, type TaskRow } from "@/db/schema";
import { AppError, parseInput } from "@/lib/errors";
import { setTaskLabels } from "@/lib/labels/service";
import { dayRange, dueChange, dueColumns, todayFor } from "./due";
import { countRows, listRows, taskColumns } from "./list-query";
import { endOfList, keyNextTo, lockInbox, lockList } from "./placement";
import { dropOccurrenceReminders, replaceReminders } from "./reminder-set";
import { beginSeries, NOT_REPEATING, readRecurrence, seriesColumns } from "./repeat";
import { rowFromSql, toTask, type TaskRecord } from "./rows";
import { planTaskChange } from "./task-change";
import {
  DEFAULT_PRIORITY,
  newTaskSchema,
  taskListQuerySchema,
  taskNumberSchema,
  taskPatchSchema,
  type NewTask,
  type WireTask,
  type TaskListQuery,
  type TaskPatch,
} from "./schemas";
import { loadTimeProfile, type TimeContext } from "./time-context";

export { toTask } from "./rows";

const shown = (number: unknown) => (typeof number === "number" ? number : String(number).slice(0, 20));
export const taskNotFound = (number: unknown) => new AppError("not_found", `Task ${shown(number)} not found`);
// The same answer whether the task is live, absent or another user's: only the trash is looked at.
const notInTrash = (number: number, what: string) =>
  new AppError("not_found", `Task ${shown(number)} isn't in the trash: only a task in the trash can be ${what}`);

// A patch that reads nothing of the task (title, description, priority, reopening) is planned
// against no row at all.
const EMPTY_ROW = { dueDate: null, dueTime: null, completed: false, recurrenceRule: null, recurrenceAnchor: null, recurrenceStart: null, completedOccurrences: [] } as unknown as TaskRow;

/**
 * The task service. Every function takes the user id first and every statement filters by it,
 * so a task that is not the caller's is indistinguishable from one that does not exist.
 */
export function taskService(db: Db, options: { time?: Partial<TimeContext> } = {}) {
  const owned = (userId: string, number: number) => and(eq(tasks.userId, userId), eq(tasks.number, number));
  const live = isNull(tasks.deletedAt);
  const trashed = isNotNull(tasks.deletedAt);

  function number(value: unknown): number {
    const result = taskNumberSchema.safeParse(value);
    if (!result.success) throw taskNotFound(value);
    return result.data;
  }

  async function one(rows: TaskRecord[], n: number): Promise<WireTask> {
    const row = rows[0];
    if (!row) throw taskNotFound(n);
    return toTask(row);
  }

  /** The user's time context: given by the caller, or their stored profile, read once per service. */
  let profile: Promise<{ timezone: string; locale: string }> | undefined;
  async function timeFor(userId: string): Promise<TimeContext> {
    const given = options.time ?? {};
    const now = given.now ?? new Date();
    const known = given.timezone && given.locale ? { timezone: given.timezone, locale: given.locale } : await (profile ??= loadTimeProfile(db, userId));
    return { ...known, now, wordsTimezone: given.wordsTimezone };
  }

  /** Where the user's days fall, read only for the filters cut at them (today, a completion day). */
  async function cuts(userId: string, q: { due?: string; completed_on?: string }) {
    if ((q.due === undefined || q.due === "none") && !q.completed_on) return { today: "" };
    const time = await timeFor(userId);
    return { today: todayFor(time), completed: q.completed_on ? dayRange(q.completed_on, time.wordsTimezone ?? time.timezone) : undefined };
  }

  return {
    async listTasks(userId: string, query: TaskListQuery = {}): Promise<WireTask[]> {
      const q = parseInput(taskListQuerySchema, query);
      const { today, completed } = await cuts(userId, q);
      const rows = await listRows(db, q, { userId, today, completed, limit: q.limit, offset: q.offset });
      return rows.map(toTask);
    },

    async countTasks(userId: string, query: Omit<TaskListQuery, "limit"> = {}): Promise<number> {
      const q = parseInput(taskListQuerySchema, query);
      const { today, completed } = await cuts(userId, q);
      return countRows(db, q, { userId, today, completed });
    },

    /** Pending tasks for the navigation: due today or overdue, and due in the next 7 days. */
    async dueCounts(userId: string): Promise<{ today: number; upcoming: number }> {
      const today = todayFor(await timeFor(userId));
      const [row] = await db
        .select({
          today: sql<number>`count(*) filter (where ${tasks.dueDate} <= ${today})`.mapWith(Number),
          upcoming: sql<number>`count(*) filter (where ${tasks.dueDate} > ${today} and ${tasks.dueDate} <= (${today}::date + 7))`.mapWith(Number),
        })
        .from(tasks)
        .where(and(eq(tasks.userId, userId), isNull(tasks.deletedAt), eq(tasks.completed, false), isNotNull(tasks.dueDate)));
      return { today: row?.today ?? 0, upcoming: row?.upcoming ?? 0 };
    },

    async getTask(userId: string, taskNumber: unknown): Promise<WireTask> {
      const n = number(taskNumber);
      return one(await db.select(taskColumns).from(tasks).where(and(owned(userId, n), live)).limit(1), n);
    },

    async addTask(userId: string, input: NewTask): Promise<WireTask> {
      const data = parseInput(newTaskSchema, input);
      const hasDue = data.due_string !== undefined || data.due_date != null;
      const time = hasDue || data.recurrence != null ? await timeFor(userId) : undefined;
      let wanted = time ? (dueChange(data, time) ?? null) : null;
      // A repeating task starts at the rule's first date on or after the one asked for (or today).
      const repeat = time && data.recurrence != null ? readRecurrence(data.recurrence, time) : null;
      const series = repeat && time ? beginSeries(repeat, wanted?.date ?? null, time, wanted?.time ?? repeat.time) : null;
      if (series) wanted = { date: series.start, time: wanted?.time ?? repeat!.time };
      const due = dueColumns(wanted, time?.timezone ?? "UTC");
      const repeating = series ? seriesColumns(series) : NOT_REPEATING;
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        // Last in its list, under the list's lock (./placement.ts).
        const listId = data.list_id === undefined ? await lockInbox(tx, userId) : await lockList(tx, userId, data.list_id);
        const position = await endOfList(tx, userId, listId);
        // Bump the user's counter (its row lock serializes concurrent adds; numbers are never
        // reused) and insert with that number, in one statement.
        const result = (await tx.execute(sql`
          with counter as (
            insert into ${taskCounters} (user_id, last_number) values (${userId}, 1)
            on conflict (user_id) do update set last_number = ${taskCounters.lastNumber} + 1
            returning last_number
          )
          insert into ${tasks} (user_id, number, title, description, due_date, due_time, due_at, priority, list_id, position, recurrence_rule, recurrence_anchor, recurrence_start)
          select ${userId}, last_number, ${data.title}, ${data.description}, ${due.dueDate}::date, ${due.dueTime}, ${due.dueAt?.toISOString() ?? null}::timestamptz, ${data.priority ?? DEFAULT_PRIORITY}, ${listId}, ${position},
            ${repeating.recurrenceRule}, ${repeating.recurrenceAnchor}, ${repeating.recurrenceStart}::date
          from counter
          returning *`)) as unknown as { rows: Record<string, unknown>[] };
        const row = rowFromSql(result.rows[0]!);
        const labels = data.labels?.length ? await setTaskLabels(tx, userId, row.id, data.labels) : [];
        const reminderRows = data.reminders?.length ? await replaceReminders(tx, userId, row.id, data.reminders, row.dueDate, series !== null) : [];
        return toTask({ ...row, labels, reminders: reminderRows });
      });
    },

    async updateTask(userId: string, taskNumber: unknown, patch: TaskPatch): Promise<WireTask> {
      const n = number(taskNumber);
      const data = parseInput(taskPatchSchema, patch);
      // Dates, repeats, reminders and completing (which moves a repeating task on) depend on the
      // task as it is: those changes read it first, under a row lock.
      const readsTask =
        data.due_string !== undefined || data.due_date !== undefined || data.due_time !== undefined || data.recurrence !== undefined ||
        data.reminders !== undefined || data.skip !== undefined || data.completed === true;
      const organises = data.list_id !== undefined || data.labels !== undefined || data.after_id !== undefined || data.before_id !== undefined;
      if (!readsTask && !organises) {
        const { set } = planTaskChange(data, EMPTY_ROW, { timezone: "UTC", locale: "en-US", now: new Date() });
        return one(await db.update(tasks).set(set).where(and(owned(userId, n), live)).returning(taskColumns), n);
      }
      const time = readsTask ? await timeFor(userId) : undefined;
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        for (let attempt = 0; ; attempt++) {
          const [current] = await tx.select().from(tasks).where(and(owned(userId, n), live)).for("update");
          if (!current) throw taskNotFound(n);
          const planned = time ? planTaskChange(data, current, time) : planTaskChange(data, current, { timezone: "UTC", locale: "en-US", now: new Date() });
          const listId = data.list_id ?? current.listId;
          const field = data.after_id !== undefined ? "after_id" : data.before_id !== undefined ? "before_id" : undefined;
          let position: string | undefined;
          if (field || listId !== current.listId) {
            await lockList(tx, userId, listId);
            position = field ? await keyNextTo(tx, userId, listId, { id: current.id, number: n }, field, data[field] as number | null) : await endOfList(tx, userId, listId, current.id);
          }
          // Only if it is still in the list it was read in: a concurrent move makes this read again.
          const rows = await tx
            .update(tasks)
            .set({ ...planned.set, ...(position !== undefined && { listId, position }) })
            .where(and(owned(userId, n), live, eq(tasks.listId, current.listId)))
            .returning(taskColumns);
          const row = rows[0];
          if (!row) {
            if (attempt < 3) continue;
            throw new AppError("conflict", `Task ${n} is being moved by another request; try again`);
          }
          if (planned.occurrenceEnded && data.reminders === undefined) await dropOccurrenceReminders(tx, userId, row.id);
          const labels = data.labels !== undefined ? await setTaskLabels(tx, userId, row.id, data.labels) : row.labels;
          const reminderRows =
            data.reminders !== undefined
              ? await replaceReminders(tx, userId, row.id, data.reminders, planned.dueDate, row.recurrenceRule !== null)
              : planned.occurrenceEnded
                ? (row.reminders ?? []).filter((r) => r.at === null)
                : row.reminders;
          return toTask({ ...row, labels, reminders: reminderRows });
        }
      });
    },

    completeTask(userId: string, taskNumber: unknown): Promise<WireTask> {
      return this.updateTask(userId, taskNumber, { completed: true });
    },

    /** Moves a task to the trash. */
    async deleteTask(userId: string, taskNumber: unknown): Promise<WireTask> {
      const n = number(taskNumber);
      const rows = await db
        .update(tasks)
        .set({ deletedAt: sql`now()`, updatedAt: sql`now()`, trashedWithList: false })
        .where(and(owned(userId, n), live))
        .returning(taskColumns);
      return one(rows, n);
    },

    /**
     * Brings a task back from the trash; only a task in the trash can be restored. It goes back to
     * its list and place, or to the end of the Inbox when its list is in the trash.
     */
    async restoreTask(userId: string, taskNumber: unknown): Promise<WireTask> {
      const n = number(taskNumber);
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const [found] = await tx
          .select({ id: tasks.id, listGone: isNotNull(lists.deletedAt) })
          .from(tasks)
          .innerJoin(lists, eq(lists.id, tasks.listId))
          .where(and(owned(userId, n), trashed));
        if (!found) throw notInTrash(n, "restored");
        let moved = {};
        if (found.listGone) {
          const inbox = await lockInbox(tx, userId);
          moved = { listId: inbox, position: await endOfList(tx, userId, inbox, found.id) };
        }
        const rows = await tx
          .update(tasks)
          .set({ deletedAt: null, trashedWithList: false, updatedAt: sql`now()`, ...moved })
          .where(and(owned(userId, n), trashed))
          .returning(taskColumns);
        return one(rows, n);
      });
    },

    /** Deletes a task in the trash for good; its number stays used. */
    async purgeTask(userId: string, taskNumber: unknown): Promise<void> {
      const n = number(taskNumber);
      const rows = await db
        .delete(tasks)
        .where(and(owned(userId, n), trashed))
        .returning({ number: tasks.number });
      if (rows.length === 0) throw notInTrash(n, "deleted forever");
    },

    /** Deletes every task in the user's trash for good, and the lists in it; returns how many tasks. */
    async emptyTrash(userId: string): Promise<number> {
      return db.transaction(async (tx) => {
        const rows = await tx
          .delete(tasks)
          .where(and(eq(tasks.userId, userId), trashed))
          .returning({ number: tasks.number });
        // A list in the trash holds only trashed tasks, so nothing points at it any more.
        await tx.delete(lists).where(and(eq(lists.userId, userId), isNotNull(lists.deletedAt)));
        return rows.length;
      });
    },
  };
}

export type TaskService = ReturnType<typeof taskService>;
