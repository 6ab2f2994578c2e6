import { and, count, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { taskCounters, tasks, type TaskRow } from "@/db/schema";
import { AppError, parseInput } from "@/lib/errors";
import { dayRange, dueChange, dueColumns, todayFor } from "./due";
import { filterFor, listRows } from "./list-query";
import { rowFromSql, toTask } from "./rows";
import {
  DEFAULT_PRIORITY,
  newTaskSchema,
  taskListQuerySchema,
  taskNumberSchema,
  taskPatchSchema,
  type NewTask,
  type Task,
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

  async function one(rows: TaskRow[], n: number): Promise<Task> {
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
    async listTasks(userId: string, query: TaskListQuery = {}): Promise<Task[]> {
      const q = parseInput(taskListQuerySchema, query);
      const { today, completed } = await cuts(userId, q);
      const rows = await listRows(db, q, { userId, today, completed, limit: q.limit, offset: q.offset });
      return rows.map(toTask);
    },

    async countTasks(userId: string, query: Omit<TaskListQuery, "limit"> = {}): Promise<number> {
      const q = parseInput(taskListQuerySchema, query);
      const { today, completed } = await cuts(userId, q);
      const [row] = await db.select({ n: count() }).from(tasks).where(filterFor(q, userId, today, completed));
      return row?.n ?? 0;
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

    async getTask(userId: string, taskNumber: unknown): Promise<Task> {
      const n = number(taskNumber);
      return one(await db.select().from(tasks).where(and(owned(userId, n), live)).limit(1), n);
    },

    async addTask(userId: string, input: NewTask): Promise<Task> {
      const data = parseInput(newTaskSchema, input);
      const hasDue = data.due_string !== undefined || data.due_date != null;
      const time = hasDue ? await timeFor(userId) : undefined;
      const due = time ? dueColumns(dueChange(data, time) ?? null, time.timezone) : dueColumns(null, "UTC");
      // One statement, so one round trip and atomic by itself: bump the user's counter (its row
      // lock serializes concurrent adds; numbers are never reused) and insert with that number.
      const result = (await db.execute(sql`
        with counter as (
          insert into ${taskCounters} (user_id, last_number) values (${userId}, 1)
          on conflict (user_id) do update set last_number = ${taskCounters.lastNumber} + 1
          returning last_number
        )
        insert into ${tasks} (user_id, number, title, description, due_date, due_time, due_at, priority)
        select ${userId}, last_number, ${data.title}, ${data.description}, ${due.dueDate}::date, ${due.dueTime}, ${due.dueAt?.toISOString() ?? null}::timestamptz, ${data.priority ?? DEFAULT_PRIORITY}
        from counter
        returning *`)) as unknown as { rows: Record<string, unknown>[] };
      return toTask(rowFromSql(result.rows[0]!));
    },

    async updateTask(userId: string, taskNumber: unknown, patch: TaskPatch): Promise<Task> {
      const n = number(taskNumber);
      const data = parseInput(taskPatchSchema, patch);
      const touchesDue = data.due_string !== undefined || data.due_date !== undefined || data.due_time !== undefined;
      let due: ReturnType<typeof dueColumns> | undefined;
      if (touchesDue) {
        const time = await timeFor(userId);
        // A new time alone keeps the task's date: read it first.
        const current = data.due_date === undefined && data.due_string === undefined ? await this.getTask(userId, n) : undefined;
        const change = dueChange(data, time, current?.due_date ? { date: current.due_date, time: current.due_time } : null);
        if (change !== undefined) due = dueColumns(change, time.timezone);
      }
      const rows = await db
        .update(tasks)
        .set({
          ...due,
          ...(data.priority !== undefined && { priority: data.priority }),
          ...(data.title !== undefined && { title: data.title }),
          ...(data.description !== undefined && { description: data.description }),
          ...(data.completed !== undefined && {
            completed: data.completed,
            // Keep the first completion time when "complete" is repeated.
            completedAt: data.completed ? sql`coalesce(${tasks.completedAt}, now())` : null,
          }),
          updatedAt: sql`now()`,
        })
        .where(and(owned(userId, n), live))
        .returning();
      return one(rows, n);
    },

    completeTask(userId: string, taskNumber: unknown): Promise<Task> {
      return this.updateTask(userId, taskNumber, { completed: true });
    },

    /** Moves a task to the trash. */
    async deleteTask(userId: string, taskNumber: unknown): Promise<Task> {
      const n = number(taskNumber);
      const rows = await db
        .update(tasks)
        .set({ deletedAt: sql`now()`, updatedAt: sql`now()` })
        .where(and(owned(userId, n), live))
        .returning();
      return one(rows, n);
    },

    /** Brings a task back from the trash; only a task in the trash can be restored. */
    async restoreTask(userId: string, taskNumber: unknown): Promise<Task> {
      const n = number(taskNumber);
      const rows = await db
        .update(tasks)
        .set({ deletedAt: null, updatedAt: sql`now()` })
        .where(and(owned(userId, n), trashed))
        .returning();
      if (!rows[0]) throw notInTrash(n, "restored");
      return toTask(rows[0]);
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

    /** Deletes every task in the user's trash for good; returns how many. */
    async emptyTrash(userId: string): Promise<number> {
      const rows = await db
        .delete(tasks)
        .where(and(eq(tasks.userId, userId), trashed))
        .returning({ number: tasks.number });
      return rows.length;
    },
  };
}

export type TaskService = ReturnType<typeof taskService>;
