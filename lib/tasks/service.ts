import { and, asc, count, desc, eq, ilike, isNotNull, isNull, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { Db } from "@/db/client";
import { taskCounters, tasks, type TaskRow } from "@/db/schema";
import { AppError, parseInput } from "@/lib/errors";
import {
  newTaskSchema,
  taskListQuerySchema,
  taskNumberSchema,
  taskPatchSchema,
  type NewTask,
  type Task,
  type TaskListQuery,
  type TaskPatch,
} from "./schemas";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toTask(row: TaskRow): Task {
  return {
    id: row.number,
    title: row.title,
    description: row.description,
    completed: row.completed,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
    completed_at: iso(row.completedAt),
    deleted_at: iso(row.deletedAt),
  };
}

const dateOrNull = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));

/** A `tasks` row from raw SQL (snake_case columns) as Drizzle would have returned it. */
function rowFromSql(r: Record<string, unknown>): TaskRow {
  return {
    id: r.id as string,
    userId: r.user_id as string,
    number: Number(r.number),
    title: r.title as string,
    description: r.description as string,
    completed: r.completed as boolean,
    completedAt: dateOrNull(r.completed_at),
    deletedAt: dateOrNull(r.deleted_at),
    createdAt: new Date(r.created_at as string),
    updatedAt: new Date(r.updated_at as string),
  };
}

export const taskNotFound = (number: unknown) =>
  new AppError("not_found", `Task ${typeof number === "number" ? number : String(number).slice(0, 20)} not found`);

const SORT_COLUMNS = { number: tasks.number, created: tasks.createdAt, updated: tasks.updatedAt, title: tasks.title };

/** The list order; the task number breaks ties so pages never overlap. */
function ordering(q: { status: string; sort?: keyof typeof SORT_COLUMNS; order?: "asc" | "desc" }) {
  if (!q.sort && q.status === "trash") return [desc(tasks.deletedAt), desc(tasks.number)];
  const direction = q.order === "desc" ? desc : asc;
  const column = SORT_COLUMNS[q.sort ?? "number"];
  return column === tasks.number ? [direction(tasks.number)] : [direction(column), direction(tasks.number)];
}

// Prepared list queries per database handle: the list is the hottest read, on every surface.
const preparedLists = new WeakMap<Db, Map<string, { execute(values: Record<string, unknown>): Promise<unknown> }>>();

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The task service. Every function takes the user id first and every statement filters by it,
 * so a task that is not the caller's is indistinguishable from one that does not exist.
 */
export function taskService(db: Db) {
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

  /** The list filter; `userId` and `pattern` may be values or placeholders of a prepared query. */
  function listFilter(userId: string | SQLWrapper, q: { status: string; query?: string | SQLWrapper }) {
    const where: (SQL | undefined)[] = [eq(tasks.userId, userId)];
    where.push(q.status === "trash" ? trashed : live);
    if (q.status === "pending") where.push(eq(tasks.completed, false));
    if (q.status === "completed") where.push(eq(tasks.completed, true));
    if (q.query !== undefined) {
      const pattern = typeof q.query === "string" ? `%${escapeLike(q.query)}%` : q.query;
      where.push(or(ilike(tasks.title, pattern), ilike(tasks.description, pattern)));
    }
    return and(...where);
  }

  /** The list query for one shape (status, search or not, order), prepared once per database. */
  function listStatement(q: { status: string; query?: string; sort?: keyof typeof SORT_COLUMNS; order?: "asc" | "desc" }) {
    const shape = [q.status, q.query ? "search" : "all", q.sort ?? "default", q.order ?? "default"].join("_");
    let statements = preparedLists.get(db);
    if (!statements) preparedLists.set(db, (statements = new Map()));
    let statement = statements.get(shape);
    if (!statement) {
      statement = db
        .select()
        .from(tasks)
        .where(listFilter(sql.placeholder("userId"), { status: q.status, query: q.query ? sql.placeholder("pattern") : undefined }))
        .orderBy(...ordering(q))
        .limit(sql.placeholder("limit"))
        .offset(sql.placeholder("offset"))
        .prepare(`tasks_list_${shape}`);
      statements.set(shape, statement);
    }
    return statement;
  }

  return {
    async listTasks(userId: string, query: TaskListQuery = {}): Promise<Task[]> {
      const q = parseInput(taskListQuerySchema, query);
      const rows = (await listStatement(q).execute({
        userId,
        pattern: q.query ? `%${escapeLike(q.query)}%` : undefined,
        limit: q.limit,
        offset: q.offset,
      })) as TaskRow[];
      return rows.map(toTask);
    },

    async countTasks(userId: string, query: Omit<TaskListQuery, "limit"> = {}): Promise<number> {
      const q = parseInput(taskListQuerySchema, query);
      const [row] = await db.select({ n: count() }).from(tasks).where(listFilter(userId, q));
      return row?.n ?? 0;
    },

    async getTask(userId: string, taskNumber: unknown): Promise<Task> {
      const n = number(taskNumber);
      return one(await db.select().from(tasks).where(and(owned(userId, n), live)).limit(1), n);
    },

    async addTask(userId: string, input: NewTask): Promise<Task> {
      const data = parseInput(newTaskSchema, input);
      // One statement, so one round trip and atomic by itself: bump the user's counter (its row
      // lock serializes concurrent adds; numbers are never reused) and insert with that number.
      const result = (await db.execute(sql`
        with counter as (
          insert into ${taskCounters} (user_id, last_number) values (${userId}, 1)
          on conflict (user_id) do update set last_number = ${taskCounters.lastNumber} + 1
          returning last_number
        )
        insert into ${tasks} (user_id, number, title, description)
        select ${userId}, last_number, ${data.title}, ${data.description} from counter
        returning *`)) as unknown as { rows: Record<string, unknown>[] };
      return toTask(rowFromSql(result.rows[0]!));
    },

    async updateTask(userId: string, taskNumber: unknown, patch: TaskPatch): Promise<Task> {
      const n = number(taskNumber);
      const data = parseInput(taskPatchSchema, patch);
      const rows = await db
        .update(tasks)
        .set({
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
      return one(rows, n);
    },

    /** Deletes a task in the trash for good; its number stays used. */
    async purgeTask(userId: string, taskNumber: unknown): Promise<void> {
      const n = number(taskNumber);
      const rows = await db
        .delete(tasks)
        .where(and(owned(userId, n), trashed))
        .returning({ number: tasks.number });
      if (rows.length === 0) throw taskNotFound(n);
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
