"use client";

import { clsx } from "clsx";
import { CalendarDays, Inbox, ListTodo, Sun, Tag } from "lucide-react";
import dynamic from "next/dynamic";
import { useEffect, useMemo } from "react";
import { useToday } from "@/components/time/time-context";
import type { Task } from "@/lib/tasks/schemas";
import { groupTasks, isManualOrder, type TaskGroup, type TaskView, type ViewScope } from "@/lib/tasks/views";
import { BoardRow, type DragBits } from "./board-row";
import { NewTaskForm } from "./new-task-form";
import { TaskRows } from "./task-rows";
import { useBoardOrder, useListOrder } from "./use-board-order";
import { useHighlight } from "./use-highlight";
import { useOpenTask } from "./use-open-task";
import { useSelection } from "./use-selection";
import { useTasks, type ShownTask } from "./use-tasks";

// The selection bar (menus, lists and labels) loads when the first task is selected.
const BulkBar = dynamic(() => import("./bulk-bar"), { ssr: false });

interface SectionProps {
  group: TaskGroup<ShownTask>;
  sortable: boolean;
  onDrop: (id: number, overId: number) => void;
  renderRow: (task: ShownTask, drag?: DragBits) => React.ReactNode;
}

function TaskSection({ group, sortable, onDrop, renderRow }: SectionProps) {
  const headingId = `${group.key}-heading`;
  return (
    <section aria-labelledby={headingId} className="space-y-1">
      <h2
        id={headingId}
        className={clsx("flex items-center gap-2 px-3 text-xs font-semibold uppercase tracking-wide", group.overdue ? "text-danger" : "text-muted")}
      >
        {group.title}
        <span className="rounded-full bg-raised px-1.5 py-0.5 font-mono text-[11px] normal-case text-muted">{group.tasks.length}</span>
      </h2>
      {group.tasks.length > 0 ? (
        <TaskRows label={group.label} tasks={group.tasks} sortable={sortable} onDrop={onDrop} renderRow={renderRow} />
      ) : (
        <p className="px-3 py-2 text-sm text-muted">{group.empty}</p>
      )}
    </section>
  );
}

const EMPTY: Record<TaskView, { Icon: typeof Inbox; title: string; body: React.ReactNode }> = {
  all: {
    Icon: Inbox,
    title: "No tasks yet",
    body: (
      <>
        Type your first task above and press Enter. Press <kbd className="rounded border border-line px-1">N</kbd> to jump there
        from anywhere.
      </>
    ),
  },
  today: {
    Icon: Sun,
    title: "Nothing due today",
    body: <>Add something above: it’s due today unless you say otherwise. Or give it a date, like “Call mom tomorrow 6pm”.</>,
  },
  upcoming: {
    Icon: CalendarDays,
    title: "Nothing coming up",
    body: <>Add something with a date, like “Call mom tomorrow 6pm” or “Dentist fri 3pm p2”.</>,
  },
  list: {
    Icon: ListTodo,
    title: "Nothing in this list yet",
    body: <>Tasks you add here go to this list. Elsewhere, type #name in a task to put it in a list.</>,
  },
  label: {
    Icon: Tag,
    title: "No tasks with this label",
    body: <>Tasks you add here get this label. Elsewhere, type @name in a task to label it.</>,
  },
};

/** A view's tasks with the add form. `changes` counts changes made elsewhere (the assistant); each one reloads the list. */
interface BoardProps {
  initialTasks: Task[];
  view?: TaskView;
  /** The list or label of a list or label view: new tasks go there. */
  scope?: ViewScope;
  changes?: number;
  draft?: string;
}

export function TaskBoard({ initialTasks, view = "all", scope, changes = 0, draft }: BoardProps) {
  const { tasks, refresh, add, setCompleted, edit, remove, move, track, reorder, merge } = useTasks(initialTasks, view, scope);
  const today = useToday();
  const editRequest = useOpenTask(tasks, refresh);
  useEffect(() => {
    if (changes > 0) void refresh();
  }, [changes, refresh]);
  const listOrder = useListOrder(tasks);
  const groups = groupTasks(view, tasks, today, listOrder, scope);
  const actions = { onToggle: setCompleted, onEdit: edit, onDelete: remove, onMove: move, showList: view !== "list" };
  const empty = groups.every((g) => g.tasks.length === 0);
  // Manual order: only pending tasks move (done ones keep their place, out of the way).
  const manual = isManualOrder(view);
  const shownIds = groups.flatMap((g) => g.tasks).filter((t) => t.id > 0 && !t.saving).map((t) => t.id).join(",");
  const order = useMemo(() => (shownIds ? shownIds.split(",").map(Number) : []), [shownIds]);
  const selection = useSelection(order);
  const moves = useBoardOrder(tasks, reorder);
  useHighlight(tasks, refresh);
  const { Icon, title, body } = EMPTY[view];

  return (
    <div className="space-y-6">
      <NewTaskForm onAdd={add} defaultToday={view === "today"} scope={scope} draft={draft} />
      {empty ? (
        <div className="flex flex-col items-center rounded-xl border border-dashed border-line px-6 py-14 text-center">
          <Icon className="mb-3 size-8 text-muted" aria-hidden />
          <p className="font-medium">{title}</p>
          <p className="mt-1 max-w-xs text-sm text-muted">{body}</p>
        </div>
      ) : (
        groups.map((group) => {
          const sortable = manual && group.key === "pending";
          return (
            <TaskSection
              key={group.key}
              group={group}
              sortable={sortable}
              onDrop={(id, overId) => moves.drop(group.tasks, id, overId)}
              renderRow={(task, drag) => (
                <BoardRow
                  key={task.id}
                  task={task}
                  actions={actions}
                  selection={selection}
                  movable={sortable}
                  onStep={(t, step) => (sortable ? void moves.step(group.tasks, t, step) : moves.say(manual ? "Done tasks keep their place." : "Tasks here are sorted by due date: reorder them in Tasks."))}
                  drag={drag}
                  editRequest={editRequest?.id === task.id ? editRequest.n : undefined}
                />
              )}
            />
          );
        })
      )}
      <p role="status" className="sr-only">
        {moves.announcement}
      </p>
      {selection.selected.size > 0 && <BulkBar tasks={tasks} selection={selection} track={track} merge={merge} />}
    </div>
  );
}
