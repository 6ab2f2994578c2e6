"use client";

import { FormDialog } from "@/components/ui/form-dialog";
import type { Task, TaskPatch } from "@/lib/tasks/schemas";
import { validatePatch } from "./draft-check";
import { TaskEditForm } from "./task-edit-form";

interface Props {
  task: Task;
  onSave: (patch: TaskPatch | null) => void;
  onClose: () => void;
  /** Where focus goes when the dialog closes (it has no Radix trigger: it loads on first use). */
  returnFocus: () => void;
}

/** The task editor in a dialog: Escape or Cancel closes it, focus goes back to the Edit button. */
export default function TaskEditDialog({ task, onSave, onClose, returnFocus }: Props) {
  return (
    <FormDialog title={`Edit #${task.id}`} onClose={onClose} returnFocus={returnFocus}>
      <TaskEditForm task={task} validate={validatePatch} onSave={onSave} onCancel={onClose} />
    </FormDialog>
  );
}
