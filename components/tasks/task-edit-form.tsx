"use client";

import { useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { fieldErrors } from "@/lib/errors";
import { taskPatchSchema, type Task, type TaskPatch } from "@/lib/tasks/schemas";
import { FieldError } from "./field-error";

interface Props {
  task: Task;
  onSave: (patch: TaskPatch | null) => void;
  onCancel: () => void;
}

/** Inline editor: Enter in the title saves, Escape cancels; invalid input stays in the form. */
export function TaskEditForm({ task, onSave, onCancel }: Props) {
  const id = useId();
  const [title, setTitle] = useState(task.title);
  const [description, setDescription] = useState(task.description);
  const [errors, setErrors] = useState<Record<string, string>>({});

  function save(event?: FormEvent) {
    event?.preventDefault();
    const parsed = taskPatchSchema.safeParse({ title, description });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    const { title: t, description: d } = parsed.data;
    const patch: TaskPatch = {};
    if (t !== task.title) patch.title = t;
    if (d !== task.description) patch.description = d;
    onSave(Object.keys(patch).length ? patch : null);
  }

  function onKey(event: KeyboardEvent) {
    if (event.key === "Escape") {
      event.preventDefault();
      onCancel();
    }
  }

  return (
    <form onSubmit={save} onKeyDown={onKey} className="space-y-2" noValidate aria-label={`Edit #${task.id}`}>
      <div>
        <label htmlFor={`${id}-title`} className="mb-1 block text-xs font-medium text-muted">
          Title
        </label>
        <input
          id={`${id}-title`}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          autoFocus
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? `${id}-title-error` : undefined}
          className="h-9 w-full rounded-md border border-line bg-canvas px-2.5 text-sm"
        />
        <FieldError id={`${id}-title-error`} message={errors.title} />
      </div>
      <div>
        <label htmlFor={`${id}-description`} className="mb-1 block text-xs font-medium text-muted">
          Description
        </label>
        <textarea
          id={`${id}-description`}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) save();
          }}
          rows={3}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={errors.description ? `${id}-description-error` : undefined}
          className="w-full resize-y rounded-md border border-line bg-canvas px-2.5 py-1.5 text-sm"
        />
        <FieldError id={`${id}-description-error`} message={errors.description} />
      </div>
      <div className="flex justify-end gap-2">
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button size="sm" type="submit" variant="primary">
          Save
        </Button>
      </div>
    </form>
  );
}
