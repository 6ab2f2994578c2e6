"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { useTime, useToday } from "@/components/time/time-context";
import type { Task, TaskPatch } from "@/lib/tasks/schemas";
import { DuePicker } from "./due-picker";
import { FieldError } from "./field-error";
import { OccurrenceHistory } from "./occurrence-history";
import { ReminderFields, type PendingReminder } from "./reminder-fields";
import { sameReminder, type ReminderDraft } from "./reminder-words";
import { RepeatFields } from "./repeat-fields";
import { checkRepeat } from "./repeat-preview";
import { offerUndoStopRepeat } from "./undo-stop-repeat";
import { PRIORITY_NAMES } from "./task-meta";
import { organiseOf, organisePatch, TaskOrganiseFields } from "./task-organise-fields";

/** The patch checked against the task schema: its parsed values, or a message per field. */
export type PatchCheck = { ok: true; data: TaskPatch } | { ok: false; errors: Record<string, string> };

interface Props {
  task: Task;
  /** Given by the row, so the editor (loaded on first use) brings no schema code of its own. */
  validate: (patch: TaskPatch) => PatchCheck;
  onSave: (patch: TaskPatch | null) => void;
  onCancel: () => void;
}

const PRIORITIES = [1, 2, 3, 4] as const;

const remindersOf = (task: Task): ReminderDraft[] =>
  (task.reminders ?? []).map((r) => ("at" in r ? { at: r.at } : { before_minutes: r.before_minutes }));

/** The task editor: title, description, due date and time, priority, repeat, reminders. Enter in the title saves. */
export function TaskEditForm({ task, validate, onSave, onCancel }: Props) {
  const id = useId();
  const today = useToday();
  const time = useTime();
  const savedWords = task.recurrence?.text ?? "";
  const [repeatWords, setRepeatWords] = useState(savedWords);
  const [reminders, setReminders] = useState(() => remindersOf(task));
  const [title, setTitle] = useState(task.title);
  const [description, setDescription] = useState(task.description);
  const [due, setDue] = useState({ date: task.due_date ?? "", time: task.due_time ?? "" });
  const [priority, setPriority] = useState(task.priority);
  const [organise, setOrganise] = useState(() => organiseOf(task));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const pendingReminder = useRef<(() => PendingReminder) | null>(null);

  /** `extra`: Skip this one or Stop repeating, saved with the rest of the form. */
  function save(event?: FormEvent, extra: TaskPatch = {}) {
    event?.preventDefault();
    const repeatChanged = repeatWords.trim() !== savedWords.trim();
    if (repeatChanged && extra.recurrence === undefined) {
      const repeat = checkRepeat(repeatWords, due, time);
      if (repeat.kind === "invalid") return setErrors({ recurrence: repeat.message });
    }
    // A reminder filled in but not yet added is kept, as the user would expect of Save.
    const pending = pendingReminder.current?.() ?? null;
    if (pending && "problem" in pending) return setErrors({ reminders: pending.problem });
    const allReminders = pending ? [...reminders, pending.next] : reminders;
    const saved = remindersOf(task);
    const remindersChanged = allReminders.length !== saved.length || allReminders.some((r, i) => !sameReminder(r, saved[i]!));
    const dueChanged = due.date !== (task.due_date ?? "") || (due.date !== "" && due.time !== (task.due_time ?? ""));
    const candidate: TaskPatch = {
      title,
      description,
      ...(dueChanged && { due_date: due.date || null, due_time: due.date && due.time ? due.time : null }),
      ...(priority !== task.priority && { priority }),
      ...organisePatch(task, organise),
    };
    const parsed = validate(candidate);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    const { title: t, description: d } = parsed.data;
    const patch: TaskPatch = {};
    if (t !== task.title) patch.title = t;
    if (d !== task.description) patch.description = d;
    if (dueChanged) Object.assign(patch, { due_date: candidate.due_date, due_time: candidate.due_time });
    if (priority !== task.priority) patch.priority = priority;
    Object.assign(patch, organisePatch(task, organise));
    if (repeatChanged) patch.recurrence = checkRepeat(repeatWords, due, time).kind === "none" ? null : repeatWords.trim();
    if (remindersChanged) patch.reminders = allReminders;
    Object.assign(patch, extra);
    onSave(Object.keys(patch).length ? patch : null);
  }

  return (
    <form onSubmit={save} className="space-y-4" noValidate aria-label={`Edit #${task.id}`}>
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
      <DuePicker id={`${id}-due`} today={today} date={due.date} time={due.time} onChange={setDue} />
      <FieldError id={`${id}-due-error`} message={errors.due_date ?? errors.due_time} />
      <div>
        <label htmlFor={`${id}-priority`} className="mb-1 block text-xs font-medium text-muted">
          Priority
        </label>
        <select
          id={`${id}-priority`}
          value={priority}
          onChange={(e) => setPriority(Number(e.target.value))}
          className="h-9 rounded-md border border-line bg-canvas px-2 text-sm"
        >
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              P{p} · {p === 4 ? "None" : PRIORITY_NAMES[p][0]!.toUpperCase() + PRIORITY_NAMES[p].slice(1)}
            </option>
          ))}
        </select>
      </div>
      <TaskOrganiseFields id={`${id}-organise`} value={organise} onChange={setOrganise} errors={errors} />
      <RepeatFields
        id={`${id}-repeat`}
        task={task}
        words={repeatWords}
        onWords={setRepeatWords}
        due={due}
        error={errors.recurrence}
        onSkip={() => save(undefined, { skip: true })}
        onStop={() => {
          save(undefined, { recurrence: null });
          // The row's save still works after the dialog has closed.
          offerUndoStopRepeat(task, onSave);
        }}
      />
      <ReminderFields
        id={`${id}-reminders`}
        reminders={reminders}
        onChange={setReminders}
        hasDue={due.date !== ""}
        error={errors.reminders}
        pending={pendingReminder}
      />
      <OccurrenceHistory occurrences={task.completed_occurrences ?? []} />
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
