"use client";

import { Inbox } from "lucide-react";
import { useEffect } from "react";
import type { Task } from "@/lib/tasks/schemas";
import { NewTaskForm } from "./new-task-form";
import { TaskItem } from "./task-item";
import { useTasks, type ShownTask } from "./use-tasks";

function TaskSection({
  title,
  tasks,
  actions,
}: {
  title: "Pending" | "Completed";
  tasks: ShownTask[];
  actions: Omit<React.ComponentProps<typeof TaskItem>, "task">;
}) {
  const headingId = `${title.toLowerCase()}-heading`;
  return (
    <section aria-labelledby={headingId} className="space-y-1">
      <h2 id={headingId} className="flex items-center gap-2 px-3 text-xs font-semibold uppercase tracking-wide text-muted">
        {title}
        <span className="rounded-full bg-raised px-1.5 py-0.5 font-mono text-[11px] normal-case">{tasks.length}</span>
      </h2>
      {tasks.length > 0 ? (
        <ul aria-label={`${title} tasks`} className="space-y-0.5">
          {tasks.map((task) => (
            <TaskItem key={task.id} task={task} {...actions} />
          ))}
        </ul>
      ) : (
        <p className="px-3 py-2 text-sm text-muted">
          {title === "Pending" ? "Nothing pending. Nice work." : "Tick a task to mark it done."}
        </p>
      )}
    </section>
  );
}

/** `changes` counts changes made elsewhere (the assistant); each one reloads the list. */
export function TaskBoard({ initialTasks, changes = 0 }: { initialTasks: Task[]; changes?: number }) {
  const { tasks, refresh, add, setCompleted, edit, remove } = useTasks(initialTasks);
  useEffect(() => {
    if (changes > 0) void refresh();
  }, [changes, refresh]);
  const pending = tasks.filter((t) => !t.completed);
  const completed = tasks.filter((t) => t.completed);
  const actions = { onToggle: setCompleted, onEdit: edit, onDelete: remove };

  return (
    <div className="space-y-6">
      <NewTaskForm onAdd={add} />
      {tasks.length === 0 ? (
        <div className="flex flex-col items-center rounded-xl border border-dashed border-line px-6 py-14 text-center">
          <Inbox className="mb-3 size-8 text-muted" aria-hidden />
          <p className="font-medium">No tasks yet</p>
          <p className="mt-1 max-w-xs text-sm text-muted">
            Type your first task above and press Enter. Press <kbd className="rounded border border-line px-1">/</kbd> to
            jump there from anywhere.
          </p>
        </div>
      ) : (
        <>
          <TaskSection title="Pending" tasks={pending} actions={actions} />
          <TaskSection title="Completed" tasks={completed} actions={actions} />
        </>
      )}
    </div>
  );
}
