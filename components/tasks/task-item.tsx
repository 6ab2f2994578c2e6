"use client";

import { clsx } from "clsx";
import { Loader2, Pencil, Trash2 } from "lucide-react";
import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import { useLists } from "@/components/lists/lists-context";
import { Button } from "@/components/ui/button";
import type { Task, TaskPatch } from "@/lib/tasks/schemas";
import { DueChip, PriorityFlag, ReminderMark, RepeatChip } from "./task-meta";
import { MoveToMenu, TaskLabels, TaskListName } from "./task-tags";
import { answerEditRequest } from "./use-open-task";
import type { ShownTask } from "./use-tasks";

// The editor (a dialog with the date picker) loads the first time a task is edited.
const TaskEditDialog = dynamic(() => import("./task-edit-dialog"), { ssr: false });

interface Props {
  task: ShownTask;
  onToggle: (task: Task, completed: boolean) => void;
  onEdit: (task: Task, patch: TaskPatch) => void;
  onDelete: (task: Task) => void;
  onMove?: (task: Task, listId: string) => void;
  /** Views of several lists name each task's list. */
  showList?: boolean;
  /** Changes when something (a notification, a `?task=N&edit=1` link) asks to open this task's editor. */
  editRequest?: number;
  /** Shown before the done box: the board's select box and drag handle (./board-row.tsx). */
  lead?: React.ReactNode;
  /** The board's additions to the row: its keys, selection look and drag position. */
  rowProps?: React.ComponentProps<"li"> & { [data: `data-${string}`]: unknown };
}

export function TaskItem({ task, onToggle, onEdit, onDelete, onMove, showList = false, editRequest, lead, rowProps }: Props) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (editRequest === undefined || !answerEditRequest(editRequest)) return;
    editButton.current?.scrollIntoView({ block: "center" });
    setEditing(true);
  }, [editRequest]);
  const label = task.saving ? `“${task.title}” (saving)` : `#${task.id}`;
  const reminders = task.reminders?.length ?? 0;
  const { lists } = useLists();
  const otherList = showList && lists.some((l) => l.id === task.list_id && !l.inbox);
  const hasMeta = task.due_date !== null || task.priority < 4 || !!task.recurrence || reminders > 0 || !!task.labels?.length || otherList;

  return (
    <li
      {...rowProps}
      className={clsx(
        "group flex items-start gap-3 rounded-lg border border-transparent px-3 py-2.5 transition-colors hover:border-line hover:bg-surface",
        task.saving && "opacity-70",
        rowProps?.className,
      )}
      aria-busy={task.saving || undefined}
      // Marks an editor opening (it loads on first use): the rows must not be re-created meanwhile (./task-rows.tsx).
      data-editing={editing || undefined}
    >
      {lead}
      <input
        type="checkbox"
        checked={task.completed}
        disabled={task.saving}
        onChange={(e) => onToggle(task, e.target.checked)}
        aria-label={task.completed ? `Mark ${label} as not done` : `Mark ${label} as done`}
        className="mt-1 size-4 shrink-0 cursor-pointer accent-[var(--color-accent)]"
      />
      <div className="min-w-0 flex-1" onDoubleClick={() => !task.saving && setEditing(true)}>
        <p className="flex items-baseline gap-2">
          <span className="shrink-0 font-mono text-xs text-muted">
            {task.saving ? <Loader2 className="inline size-3 animate-spin" aria-label="Saving" /> : `#${task.id}`}
          </span>
          <span className={clsx("min-w-0 break-words", task.completed && "text-muted line-through")}>{task.title}</span>
        </p>
        {hasMeta && (
          <p className="mt-0.5 flex flex-wrap items-center gap-x-3 gap-y-0.5 pl-7 text-xs">
            <DueChip task={task} />
            <PriorityFlag priority={task.priority} />
            <RepeatChip recurrence={task.recurrence} />
            <ReminderMark count={reminders} />
            {showList && <TaskListName listId={task.list_id} />}
            <TaskLabels labels={task.labels} />
          </p>
        )}
        {task.description && (
          <p className="mt-0.5 whitespace-pre-wrap break-words pl-7 text-sm text-muted">{task.description}</p>
        )}
      </div>
      <div className="flex shrink-0 gap-0.5 opacity-100 transition-opacity sm:opacity-0 sm:group-focus-within:opacity-100 sm:group-hover:opacity-100">
        <Button ref={editButton} variant="ghost" size="icon" aria-label={`Edit ${label}`} title="Edit" disabled={task.saving} onClick={() => setEditing(true)}>
          <Pencil className="size-4" aria-hidden />
        </Button>
        {onMove && <MoveToMenu task={task} label={label} onMove={onMove} />}
        <Button variant="ghost" size="icon" aria-label={`Delete ${label}`} title="Delete" disabled={task.saving} onClick={() => onDelete(task)}>
          <Trash2 className="size-4" aria-hidden />
        </Button>
      </div>
      {editing && (
        <TaskEditDialog
          task={task}
          onClose={() => setEditing(false)}
          returnFocus={() => editButton.current?.focus()}
          onSave={(patch) => {
            setEditing(false);
            if (patch) onEdit(task, patch);
          }}
        />
      )}
    </li>
  );
}
