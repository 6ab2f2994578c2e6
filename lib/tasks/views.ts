import { describeDue } from "@/lib/quick-add/format";
import { addDaysToDate, daysBetween } from "@/lib/quick-add/calendar";
import { sortByPosition } from "./manual-order";
import type { Task, TaskListQuery } from "./schemas";

// The task views of the signed-in app (DESIGN §2, §8): the full list at / in manual order (lists
// in their order, then each list's own), a list (/lists/<id>, the Inbox included) in its own order,
// Today, Upcoming and a label's view (/labels/<name>) sorted by due. Framework-free: pages and actions ask the server for a view's tasks with
// viewQuery; the browser keeps its optimistic list in the same shape with inView, compareByDue
// and groupTasks, so a change shows where a reload would put it.

export const TASK_VIEWS = ["all", "today", "upcoming", "list", "label"] as const;
export type TaskView = (typeof TASK_VIEWS)[number];

/** Which list a "list" view shows, which label a "label" view shows. */
export interface ViewScope {
  list_id?: string;
  label?: string;
}

/** Upcoming shows this many days one by one (tomorrow on), then "Later"; the nav counts the same days. */
export const UPCOMING_DAYS = 7;

export const VIEW_PATHS: Record<"all" | "today" | "upcoming", string> = { all: "/", today: "/today", upcoming: "/upcoming" };

/** Pages that show a task view, and so the assistant beside it. */
export const isViewPath = (pathname: string) => Object.values(VIEW_PATHS).includes(pathname) || /^\/(lists|labels)\/[^/]+$/.test(pathname);

/** Views in manual order, where tasks can be dragged; the others are sorted by due. */
export const isManualOrder = (view: TaskView): boolean => view === "all" || view === "list";

/** The list query of a view, "today" being the user's date in their profile zone. */
export function viewQuery(view: TaskView, today: string, scope: ViewScope = {}): TaskListQuery {
  if (view === "today") return { status: "pending", due_before: today, sort: "due" };
  if (view === "upcoming") return { status: "pending", due_after: addDaysToDate(today, 1), sort: "due" };
  if (view === "list") return { status: "all", list_id: scope.list_id, sort: "position" };
  if (view === "label") return { status: "all", label: scope.label, sort: "due" };
  return { status: "all", sort: "position" };
}

type Shown = Pick<Task, "id" | "completed" | "due_date" | "due_time" | "priority"> & Partial<Pick<Task, "list_id" | "position" | "labels">>;

/** Whether a task belongs on the view now: the browser's copy of viewQuery's filter. */
export function inView(view: TaskView, task: Shown, today: string, scope: ViewScope = {}): boolean {
  if (view === "all") return true;
  if (view === "list") return task.list_id === scope.list_id;
  if (view === "label") return !!scope.label && (task.labels ?? []).some((l) => l.toLowerCase() === scope.label!.toLowerCase());
  if (task.completed || task.due_date === null) return false;
  return view === "today" ? task.due_date <= today : task.due_date > today;
}

/**
 * The server's due order (lib/tasks/list-query.ts): dated before undated, then the date, all-day
 * before timed, the time, priority, and the number. Unsaved drafts (negative ids) come last.
 */
export function compareByDue(a: Shown, b: Shown): number {
  if ((a.due_date === null) !== (b.due_date === null)) return a.due_date === null ? 1 : -1;
  if (a.due_date !== b.due_date) return a.due_date! < b.due_date! ? -1 : 1;
  if ((a.due_time === null) !== (b.due_time === null)) return a.due_time === null ? -1 : 1;
  if (a.due_time !== b.due_time) return a.due_time! < b.due_time! ? -1 : 1;
  if (a.priority !== b.priority) return a.priority - b.priority;
  if ((a.id < 0) !== (b.id < 0)) return a.id < 0 ? 1 : -1;
  return Math.abs(a.id) - Math.abs(b.id);
}

export interface TaskGroup<T> {
  key: string;
  /** The section heading: "Overdue", "Tomorrow · Fri 28 Nov", "Later". */
  title: string;
  /** The list's accessible name: "Overdue tasks", "Due Tomorrow, Fri 28 Nov". */
  label: string;
  tasks: T[];
  /** Said when the group is empty (only groups that always show have one). */
  empty?: string;
  overdue?: boolean;
}

/**
 * A view's sections, in order. Empty day groups are left out; Pending and Completed always show.
 * `listOrder` (list ids in their order) places the lists of a view in manual order; `scope` is the
 * list or label of a list or label view.
 */
export function groupTasks<T extends Shown>(view: TaskView, tasks: T[], today: string, listOrder?: readonly string[], scope: ViewScope = {}): TaskGroup<T>[] {
  const shown = tasks.filter((t) => inView(view, t, today, scope));
  const sorted = isManualOrder(view) ? sortByPosition(shown, listOrder) : shown.sort(compareByDue);
  if (view === "all" || view === "list" || view === "label") {
    return [
      { key: "pending", title: "Pending", label: "Pending tasks", tasks: sorted.filter((t) => !t.completed), empty: "Nothing pending. Nice work." },
      { key: "completed", title: "Completed", label: "Completed tasks", tasks: sorted.filter((t) => t.completed), empty: "Tick a task to mark it done." },
    ];
  }
  if (view === "today") {
    const overdue = sorted.filter((t) => t.due_date! < today);
    const due = sorted.filter((t) => t.due_date === today);
    const day = describeDue({ date: today, time: null });
    return [
      ...(overdue.length ? [{ key: "overdue", title: "Overdue", label: "Overdue tasks", tasks: overdue, overdue: true }] : []),
      { key: today, title: `Today · ${day}`, label: `Due today, ${day}`, tasks: due, empty: "Nothing else due today." },
    ];
  }
  const groups: TaskGroup<T>[] = [];
  for (let n = 1; n <= UPCOMING_DAYS; n++) {
    const date = addDaysToDate(today, n);
    const due = sorted.filter((t) => t.due_date === date);
    if (due.length === 0) continue;
    const day = describeDue({ date, time: null });
    groups.push({
      key: date,
      title: n === 1 ? `Tomorrow · ${day}` : day,
      label: n === 1 ? `Due tomorrow, ${day}` : `Due ${day}`,
      tasks: due,
    });
  }
  const later = sorted.filter((t) => daysBetween(today, t.due_date!) > UPCOMING_DAYS);
  if (later.length) groups.push({ key: "later", title: "Later", label: "Due later", tasks: later });
  return groups;
}
