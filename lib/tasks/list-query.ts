import { and, asc, desc, eq, gt, gte, ilike, isNotNull, isNull, lt, lte, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { Db } from "@/db/client";
import { tasks, type TaskRow } from "@/db/schema";
import type { DueFilter } from "./schemas";

type Sort = "number" | "created" | "updated" | "title" | "due" | "priority";

/** The parsed list query, plus the date "today" is for the caller. */
export interface ListShape {
  status: string;
  query?: string;
  due?: DueFilter;
  due_before?: string;
  due_after?: string;
  priority?: number;
  completed_on?: string;
  sort?: Sort;
  order?: "asc" | "desc";
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
export const likePattern = (query: string) => `%${escapeLike(query)}%`;

const live = isNull(tasks.deletedAt);
const trashed = isNotNull(tasks.deletedAt);

/** Values of the list filter, or the placeholders a prepared statement takes for them. */
interface FilterValues {
  userId: string | SQLWrapper;
  pattern?: string | SQLWrapper;
  today?: string | SQLWrapper;
  dueBefore?: string | SQLWrapper;
  dueAfter?: string | SQLWrapper;
  priority?: number | SQLWrapper;
  completedFrom?: Date | SQLWrapper;
  completedTo?: Date | SQLWrapper;
}

/** Every list's WHERE clause; each condition is present only when its filter is. */
export function listFilter(q: ListShape, v: FilterValues): SQL {
  const where: (SQL | undefined)[] = [eq(tasks.userId, v.userId), q.status === "trash" ? trashed : live];
  if (q.status === "pending") where.push(eq(tasks.completed, false));
  if (q.status === "completed") where.push(eq(tasks.completed, true));
  if (v.pattern !== undefined) where.push(or(ilike(tasks.title, v.pattern), ilike(tasks.description, v.pattern)));
  if (q.due === "none") where.push(isNull(tasks.dueDate));
  if (q.due === "today") where.push(eq(tasks.dueDate, v.today!));
  if (q.due === "overdue") where.push(lt(tasks.dueDate, v.today!));
  if (q.due === "upcoming") where.push(gt(tasks.dueDate, v.today!));
  if (v.dueBefore !== undefined) where.push(lte(tasks.dueDate, v.dueBefore));
  if (v.dueAfter !== undefined) where.push(gte(tasks.dueDate, v.dueAfter));
  if (v.priority !== undefined) where.push(eq(tasks.priority, v.priority));
  if (v.completedFrom !== undefined) where.push(gte(tasks.completedAt, v.completedFrom as Date));
  if (v.completedTo !== undefined) where.push(lt(tasks.completedAt, v.completedTo as Date));
  return and(...where)!;
}

// By due: dated before undated, then the date, all-day before timed, the time, priority, number.
const byDue = [sql`${tasks.dueDate} asc nulls last`, sql`${tasks.dueTime} asc nulls first`, asc(tasks.priority), asc(tasks.number)];
const SORT_COLUMNS = { number: tasks.number, created: tasks.createdAt, updated: tasks.updatedAt, title: tasks.title };

/** The list order; the task number breaks ties so pages never overlap. */
export function ordering(q: ListShape): SQL[] {
  if (!q.sort && q.status === "trash") return [desc(tasks.deletedAt), desc(tasks.number)];
  if (q.sort === "due") return q.order === "desc" ? [sql`${tasks.dueDate} desc nulls last`, sql`${tasks.dueTime} desc nulls last`, asc(tasks.priority), desc(tasks.number)] : byDue;
  if (q.sort === "priority") return [q.order === "desc" ? desc(tasks.priority) : asc(tasks.priority), ...byDue];
  const direction = q.order === "desc" ? desc : asc;
  const column = SORT_COLUMNS[q.sort ?? "number"];
  return column === tasks.number ? [direction(tasks.number)] : [direction(column), direction(tasks.number)];
}

// Prepared list queries per database handle and shape: the list is the hottest read, on every surface.
const prepared = new WeakMap<Db, Map<string, { execute(values: Record<string, unknown>): Promise<unknown> }>>();

/** One page of a user's tasks for a query shape, with the filter values for this call. */
export async function listRows(
  db: Db,
  q: ListShape,
  values: { userId: string; today: string; completed?: { start: Date; end: Date }; limit: number; offset: number },
): Promise<TaskRow[]> {
  const shape = [
    q.status,
    q.query ? "search" : "",
    q.due ?? "",
    q.due_before ? "before" : "",
    q.due_after ? "after" : "",
    q.priority ? "priority" : "",
    q.completed_on ? "completed_on" : "",
    q.sort ?? "",
    q.order ?? "",
  ].join("_");
  let statements = prepared.get(db);
  if (!statements) prepared.set(db, (statements = new Map()));
  let statement = statements.get(shape);
  if (!statement) {
    const p = sql.placeholder;
    const filter = listFilter(q, {
      userId: p("userId"),
      pattern: q.query ? p("pattern") : undefined,
      today: q.due && q.due !== "none" ? p("today") : undefined,
      dueBefore: q.due_before ? p("dueBefore") : undefined,
      dueAfter: q.due_after ? p("dueAfter") : undefined,
      priority: q.priority ? p("priority") : undefined,
      completedFrom: q.completed_on ? p("completedFrom") : undefined,
      completedTo: q.completed_on ? p("completedTo") : undefined,
    });
    statement = db.select().from(tasks).where(filter).orderBy(...ordering(q)).limit(p("limit")).offset(p("offset")).prepare(`tasks_list_${shape}`);
    statements.set(shape, statement);
  }
  return (await statement.execute({
    userId: values.userId,
    pattern: q.query ? likePattern(q.query) : undefined,
    today: values.today,
    dueBefore: q.due_before,
    dueAfter: q.due_after,
    priority: q.priority,
    completedFrom: values.completed?.start,
    completedTo: values.completed?.end,
    limit: values.limit,
    offset: values.offset,
  })) as TaskRow[];
}

/** The filter with plain values, for counts. */
export function filterFor(q: ListShape, userId: string, today: string, completed?: { start: Date; end: Date }): SQL {
  return listFilter(q, {
    completedFrom: completed?.start,
    completedTo: completed?.end,
    userId,
    pattern: q.query ? likePattern(q.query) : undefined,
    today,
    dueBefore: q.due_before,
    dueAfter: q.due_after,
    priority: q.priority,
  });
}
