"use client";

import { clsx } from "clsx";
import { CalendarDays, Inbox, Sun } from "lucide-react";
import { useEffect } from "react";
import { useToday } from "@/components/time/time-context";
import type { Task } from "@/lib/tasks/schemas";
import { groupTasks, type TaskGroup, type TaskView } from "@/lib/tasks/views";
import { NewTaskForm } from "./new-task-form";
import { TaskItem } from "./task-item";
import { useOpenTask, type EditRequest } from "./use-open-task";
import { useTasks, type ShownTask } from "./use-tasks";

function TaskSection({ group, actions, editRequest }: { group: TaskGroup<ShownTask>; actions: Omit<React.ComponentProps<typeof TaskItem>, "task">; editRequest: EditRequest }) {
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
        <ul aria-label={group.label} className="space-y-0.5">
          {group.tasks.map((task) => (
            <TaskItem key={task.id} task={task} {...actions} editRequest={editRequest?.id === task.id ? editRequest.n : undefined} />
          ))}
        </ul>
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
        Type your first task above and press Enter. Press <kbd className="rounded border border-line px-1">/</kbd> to jump there
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
};

/** A view's tasks with the add form. `changes` counts changes made elsewhere (the assistant); each one reloads the list. */
export function TaskBoard({ initialTasks, view = "all", changes = 0, draft }: { initialTasks: Task[]; view?: TaskView; changes?: number; draft?: string }) {
  const { tasks, refresh, add, setCompleted, edit, remove } = useTasks(initialTasks, view);
  const today = useToday();
  const editRequest = useOpenTask(tasks, refresh);
  useEffect(() => {
    if (changes > 0) void refresh();
  }, [changes, refresh]);
  const groups = groupTasks(view, tasks, today);
  const actions = { onToggle: setCompleted, onEdit: edit, onDelete: remove };
  const empty = groups.every((g) => g.tasks.length === 0);
  const { Icon, title, body } = EMPTY[view];

  return (
    <div className="space-y-6">
      <NewTaskForm onAdd={add} defaultToday={view === "today"} draft={draft} />
      {empty ? (
        <div className="flex flex-col items-center rounded-xl border border-dashed border-line px-6 py-14 text-center">
          <Icon className="mb-3 size-8 text-muted" aria-hidden />
          <p className="font-medium">{title}</p>
          <p className="mt-1 max-w-xs text-sm text-muted">{body}</p>
        </div>
      ) : (
        groups.map((group) => <TaskSection key={group.key} group={group} actions={actions} editRequest={editRequest} />)
      )}
    </div>
  );
}
