"use client";

import { activeLists, useLists } from "@/components/lists/lists-context";
import type { Task, TaskPatch } from "@/lib/tasks/schemas";
import { FieldError } from "./field-error";

export interface Organise {
  listId: string;
  /** Label names as typed: separated by spaces or commas, an @ in front allowed. */
  labels: string;
}

export const organiseOf = (task: Task): Organise => ({ listId: task.list_id ?? "", labels: (task.labels ?? []).join(" ") });

const labelNames = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((name) => name.replace(/^@/, ""))
    .filter(Boolean);

/** The part of a patch that moves the task or changes its labels; nothing when neither changed. */
export function organisePatch(task: Task, value: Organise): Pick<TaskPatch, "list_id" | "labels"> {
  const names = labelNames(value.labels);
  const before = (task.labels ?? []).map((l) => l.toLowerCase());
  const same = names.length === before.length && names.every((n) => before.includes(n.toLowerCase()));
  return { ...(value.listId && value.listId !== task.list_id && { list_id: value.listId }), ...(!same && { labels: names }) };
}

interface Props {
  id: string;
  value: Organise;
  onChange: (value: Organise) => void;
  errors: Record<string, string>;
}

/** The edit form's list and labels. */
export function TaskOrganiseFields({ id, value, onChange, errors }: Props) {
  const { lists } = useLists();
  const shown = activeLists(lists);
  // A task in an archived list keeps it as a choice.
  const current = lists.find((l) => l.id === value.listId && l.archived);
  const labelsError = Object.entries(errors).find(([key]) => key.startsWith("labels"))?.[1];
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div>
        <label htmlFor={`${id}-list`} className="mb-1 block text-xs font-medium text-muted">
          List
        </label>
        <select
          id={`${id}-list`}
          value={value.listId}
          onChange={(e) => onChange({ ...value, listId: e.target.value })}
          aria-invalid={errors.list_id ? true : undefined}
          className="h-9 w-full rounded-md border border-line bg-canvas px-2 text-sm"
        >
          {[...shown, ...(current ? [current] : [])].map((list) => (
            <option key={list.id} value={list.id}>
              {list.name}
              {list.archived ? " (archived)" : ""}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-list-error`} message={errors.list_id} />
      </div>
      <div>
        <label htmlFor={`${id}-labels`} className="mb-1 block text-xs font-medium text-muted">
          Labels
        </label>
        <input
          id={`${id}-labels`}
          value={value.labels}
          onChange={(e) => onChange({ ...value, labels: e.target.value })}
          placeholder="e.g. errands home"
          autoComplete="off"
          aria-invalid={labelsError ? true : undefined}
          aria-describedby={`${id}-labels-hint${labelsError ? ` ${id}-labels-error` : ""}`}
          className="h-9 w-full rounded-md border border-line bg-canvas px-2.5 text-sm"
        />
        <p id={`${id}-labels-hint`} className="mt-1 text-xs text-muted">
          Separate with spaces; a new name makes a label.
        </p>
        <FieldError id={`${id}-labels-error`} message={labelsError} />
      </div>
    </div>
  );
}
