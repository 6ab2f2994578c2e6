"use client";

import { RotateCcw, Trash2, X } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { emptyTrashAction, purgeTaskAction, restoreTaskAction } from "@/app/(app)/task-actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { Task } from "@/lib/tasks/schemas";

const failed = "Couldn't reach Docket. Check your connection and try again.";

export function TrashList({ initialTasks }: { initialTasks: Task[] }) {
  const [tasks, setTasks] = useState(initialTasks);
  const without = (id: number) => setTasks((list) => list.filter((t) => t.id !== id));
  const putBack = (task: Task) => setTasks((list) => (list.some((t) => t.id === task.id) ? list : [...list, task]));

  async function restore(task: Task) {
    without(task.id);
    const result = await restoreTaskAction({ id: task.id }).catch(() => null);
    if (result?.ok) toast.success(`Restored #${task.id}`, { description: task.title });
    else if (result?.error.code === "not_found") toast.error(`#${task.id} is no longer in the trash.`);
    else {
      putBack(task);
      toast.error(`Couldn't restore #${task.id}. ${result?.error.message ?? failed}`);
    }
  }

  async function purge(task: Task) {
    without(task.id);
    const result = await purgeTaskAction({ id: task.id }).catch(() => null);
    if (result?.ok) toast(`Deleted #${task.id} forever`);
    else if (result?.error.code !== "not_found") {
      putBack(task);
      toast.error(`Couldn't delete #${task.id}. ${result?.error.message ?? failed}`);
    }
  }

  async function emptyTrash() {
    const before = tasks;
    setTasks([]);
    const result = await emptyTrashAction({}).catch(() => null);
    if (result?.ok) toast(`Emptied the trash (${result.data} task${result.data === 1 ? "" : "s"})`);
    else {
      setTasks(before);
      toast.error(`Couldn't empty the trash. ${result?.error.message ?? failed}`);
    }
  }

  if (tasks.length === 0) {
    return (
      <div className="flex flex-col items-center rounded-xl border border-dashed border-line px-6 py-14 text-center">
        <Trash2 className="mb-3 size-8 text-muted" aria-hidden />
        <p className="font-medium">Trash is empty</p>
        <p className="mt-1 max-w-xs text-sm text-muted">Deleted tasks wait here until you restore them or delete them forever.</p>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="min-w-0 flex-1 basis-56 text-sm text-muted">
          {tasks.length} deleted task{tasks.length === 1 ? "" : "s"}. Restore one to put it back in your list.
        </p>
        <ConfirmDialog
          trigger={
            <Button variant="secondary" className="h-11 shrink-0 whitespace-nowrap sm:h-9">
              <Trash2 className="size-4" aria-hidden />
              Empty trash
            </Button>
          }
          title="Empty the trash?"
          description={`This deletes ${tasks.length} task${tasks.length === 1 ? "" : "s"} forever. This can't be undone.`}
          confirmLabel="Empty trash"
          onConfirm={emptyTrash}
        />
      </div>
      <ul aria-label="Deleted tasks" className="divide-y divide-line rounded-xl border border-line bg-surface">
        {tasks.map((task) => (
          // On a phone the title gets the full width and the actions go underneath it.
          <li key={task.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start sm:gap-3">
            <div className="min-w-0 flex-1">
              <p className="flex items-baseline gap-2">
                <span className="font-mono text-xs text-muted">#{task.id}</span>
                <span className={task.completed ? "break-words text-muted line-through" : "break-words"}>{task.title}</span>
              </p>
              {task.description && <p className="mt-0.5 whitespace-pre-wrap break-words text-sm text-muted">{task.description}</p>}
            </div>
            <div className="flex shrink-0 gap-2">
              <Button size="sm" className="h-11 whitespace-nowrap sm:h-8" aria-label={`Restore #${task.id} ${task.title}`} onClick={() => restore(task)}>
                <RotateCcw className="size-4" aria-hidden />
                Restore
              </Button>
              <ConfirmDialog
                trigger={
                  <Button size="sm" variant="ghost" className="h-11 whitespace-nowrap sm:h-8" aria-label={`Delete forever #${task.id} ${task.title}`}>
                    <X className="size-4" aria-hidden />
                    Delete forever
                  </Button>
                }
                title={`Delete #${task.id} forever?`}
                description={`“${task.title}” will be gone for good. Its number won't be used again.`}
                confirmLabel="Delete forever"
                onConfirm={() => purge(task)}
              />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
