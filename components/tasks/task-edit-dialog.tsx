"use client";

import { X } from "lucide-react";
import { Dialog } from "radix-ui";
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
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-black/40" />
        <Dialog.Content
          aria-describedby={undefined}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            returnFocus();
          }}
          className="fixed inset-x-0 bottom-0 z-50 max-h-[90dvh] overflow-y-auto rounded-t-xl border border-line bg-surface p-5 pb-[calc(1.25rem+env(safe-area-inset-bottom))] shadow-xl sm:bottom-auto sm:left-1/2 sm:top-1/2 sm:w-[calc(100%-2rem)] sm:max-w-lg sm:-translate-x-1/2 sm:-translate-y-1/2 sm:rounded-xl sm:pb-5"
        >
          <div className="mb-4 flex items-center justify-between gap-2">
            <Dialog.Title className="text-lg font-semibold">Edit #{task.id}</Dialog.Title>
            <Dialog.Close aria-label="Close" className="inline-flex size-8 items-center justify-center rounded-md text-muted hover:bg-raised hover:text-ink">
              <X className="size-4" aria-hidden />
            </Dialog.Close>
          </div>
          <TaskEditForm task={task} validate={validatePatch} onSave={onSave} onCancel={onClose} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
