import { and, asc, desc, eq, getTableColumns, gt, gte, isNotNull, isNull, lt, lte, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { Db } from "@/db/client";
import { labels, lists, reminders, taskLabels, tasks } from "@/db/schema";
import type { ReminderRecord, TaskRecord } from "./rows";
import type { DueFilter } from "./schemas";
import { searchMatch, searchRank, searchWords, withSearchSettings, type SearchWord } from "./search";

type Sort = "number" | "created" | "updated" | "title" | "due" | "priority" | "position";

/** The parsed list query, plus the date "today" is for the caller. */
export interface ListShape {
  status: string;
  query?: string;
  due?: DueFilter;
  due_before?: string;
  due_after?: string;
  priority?: number;
  completed_on?: string;
  list_id?: string;
  label?: string;
  sort?: Sort;
  order?: "asc" | "desc";
}

// Drizzle writes columns unqualified in a one-table select, so subqueries name their tables themselves.

/** A task's label names (the wire sorts them). */
const labelNames = sql<string[]>`coalesce((select array_agg(l.name) from ${taskLabels} tl join ${labels} l on l.id = tl.label_id where tl.task_id = "tasks"."id"), '{}')`;

/** A task's reminders, oldest first. */
const reminderList = sql<ReminderRecord[]>`coalesce((select jsonb_agg(jsonb_build_object('id', r.id, 'before_minutes', r.before_minutes, 'at', r.at) order by r.created_at, r.id) from ${reminders} r where r.task_id = "tasks"."id"), '[]'::jsonb)`;

/** Every column of a task, with its labels and reminders: what the wire shape is made from. */
export const taskColumns = { ...getTableColumns(tasks), labels: labelNames, reminders: reminderList };

const live = isNull(tasks.deletedAt);
const trashed = isNotNull(tasks.deletedAt);

/** Values of the list filter, or the placeholders a prepared statement takes for them. */
interface FilterValues {
  userId: string | SQLWrapper;
  /** The search text and its words (see ./search.ts). */
  search?: { query: string | SQLWrapper; words: { pattern: string | SQLWrapper; fuzzy?: string | SQLWrapper; short?: boolean }[] };
  listId?: string | SQLWrapper;
  label?: string | SQLWrapper;
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
  if (v.search !== undefined) where.push(searchMatch(v.search.query, v.search.words));
  if (v.listId !== undefined) where.push(eq(tasks.listId, v.listId));
  if (v.label !== undefined) {
    where.push(sql`exists (select 1 from ${taskLabels} tl join ${labels} l on l.id = tl.label_id
      where tl.task_id = "tasks"."id" and l.user_id = ${v.userId} and lower(l.name) = lower(${v.label}))`);
  }
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

// Manual order: by the list's place among the user's lists (when several lists show), then within it.
const listPosition = sql`(select l.position from ${lists} l where l.id = "tasks"."list_id")`;

/** The list order; the task number breaks ties so pages never overlap. With a search and no sort, relevance. */
export function ordering(q: ListShape, search?: FilterValues["search"]): SQL[] {
  if (!q.sort && search !== undefined) return [desc(searchRank(search.query, search.words)), asc(tasks.number)];
  if (!q.sort && q.status === "trash") return [desc(tasks.deletedAt), desc(tasks.number)];
  if (q.sort === "position") {
    const direction = q.order === "desc" ? desc : asc;
    return [...(q.list_id ? [] : [direction(listPosition)]), direction(tasks.position), direction(tasks.number)];
  }
  if (q.sort === "due") return q.order === "desc" ? [sql`${tasks.dueDate} desc nulls last`, sql`${tasks.dueTime} desc nulls last`, asc(tasks.priority), desc(tasks.number)] : byDue;
  if (q.sort === "priority") return [q.order === "desc" ? desc(tasks.priority) : asc(tasks.priority), ...byDue];
  const direction = q.order === "desc" ? desc : asc;
  const column = SORT_COLUMNS[q.sort ?? "number"];
  return column === tasks.number ? [direction(tasks.number)] : [direction(column), direction(tasks.number)];
}

// Prepared list queries per database handle and shape: the list is the hottest read, on every surface.
const prepared = new WeakMap<Db, Map<string, { execute(values: Record<string, unknown>): Promise<unknown> }>>();

interface CallValues {
  userId: string;
  today: string;
  completed?: { start: Date; end: Date };
}

/** The filter's values, plain (for a search, a count) or as a prepared statement's placeholders. */
function filterValues(q: ListShape, v: CallValues, words: SearchWord[] | undefined, placeholders: boolean): FilterValues {
  const p = (name: string, value: unknown) => (placeholders ? sql.placeholder(name) : value) as never;
  return {
    userId: p("userId", v.userId),
    search: q.query && words ? { query: q.query, words } : undefined,
    listId: q.list_id ? p("listId", q.list_id) : undefined,
    label: q.label ? p("label", q.label) : undefined,
    today: q.due && q.due !== "none" ? p("today", v.today) : undefined,
    dueBefore: q.due_before ? p("dueBefore", q.due_before) : undefined,
    dueAfter: q.due_after ? p("dueAfter", q.due_after) : undefined,
    priority: q.priority ? p("priority", q.priority) : undefined,
    completedFrom: q.completed_on ? p("completedFrom", v.completed?.start) : undefined,
    completedTo: q.completed_on ? p("completedTo", v.completed?.end) : undefined,
  };
}

/**
 * One page of a user's tasks for a query shape. Plain lists run as prepared statements; a search
 * runs planned for its own words (their selectivity decides the plan) with its settings (./search.ts).
 */
export async function listRows(db: Db, q: ListShape, values: CallValues & { limit: number; offset: number }): Promise<TaskRecord[]> {
  if (q.query) {
    const filter = filterValues(q, values, searchWords(q.query), false);
    return withSearchSettings(db, (tx) =>
      tx
        .select(taskColumns)
        .from(tasks)
        .where(listFilter(q, filter))
        .orderBy(...ordering(q, filter.search))
        .limit(values.limit)
        .offset(values.offset),
    );
  }
  const shape = [
    q.status,
    q.due ?? "",
    q.due_before ? "before" : "",
    q.due_after ? "after" : "",
    q.priority ? "priority" : "",
    q.completed_on ? "completed_on" : "",
    q.list_id ? "list" : "",
    q.label ? "label" : "",
    q.sort ?? "",
    q.order ?? "",
  ].join("_");
  let statements = prepared.get(db);
  if (!statements) prepared.set(db, (statements = new Map()));
  let statement = statements.get(shape);
  if (!statement) {
    const p = sql.placeholder;
    const filter = listFilter(q, filterValues(q, values, undefined, true));
    statement = db.select(taskColumns).from(tasks).where(filter).orderBy(...ordering(q)).limit(p("limit")).offset(p("offset")).prepare(`tasks_list_${shape}`);
    statements.set(shape, statement);
  }
  return (await statement.execute({
    userId: values.userId,
    listId: q.list_id,
    label: q.label,
    today: values.today,
    dueBefore: q.due_before,
    dueAfter: q.due_after,
    priority: q.priority,
    completedFrom: values.completed?.start,
    completedTo: values.completed?.end,
    limit: values.limit,
    offset: values.offset,
  })) as TaskRecord[];
}

/** How many tasks match, with the search settings when there is a search. */
export async function countRows(db: Db, q: ListShape, values: CallValues): Promise<number> {
  const count = (tx: Db, words?: SearchWord[]) =>
    tx
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(tasks)
      .where(listFilter(q, filterValues(q, values, words, false)))
      .then((rows) => rows[0]?.n ?? 0);
  return q.query ? withSearchSettings(db, (tx) => count(tx, searchWords(q.query!))) : count(db);
}
