"use client";

import { CheckCheck, FolderInput, RotateCcw, Tag, Trash2, X } from "lucide-react";
import { DropdownMenu } from "radix-ui";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import {
  completeTasksAction,
  deleteTasksAction,
  labelTasksAction,
  moveTasksAction,
  revertTasksAction,
  taskChoicesAction,
} from "@/app/(app)/bulk-actions";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/http/action";
import type { BulkResult, TaskState } from "@/lib/tasks/bulk";
import type { Task } from "@/lib/tasks/schemas";
import { LabelPicker } from "./bulk-labels";
import type { Selection } from "./use-selection";
import type { ShownTask } from "./use-tasks";

export type Choices = Extract<Awaited<ReturnType<typeof taskChoicesAction>>, { ok: true }>["data"];

interface Props {
  tasks: ShownTask[];
  selection: Selection;
  track: <T>(call: Promise<ActionResult<T>>) => Promise<ActionResult<T>>;
  merge: (changed: Task[]) => void;
}

const tasksWord = (n: number) => (n === 1 ? "1 task" : `${n} tasks`);

/** The bar goes away after a change: the focus goes to the first of the tasks still on the board, else the first task. */
function focusAfter(ids: number[]) {
  const row = ids.map((id) => document.querySelector(`[data-task-row="${id}"]`)).find(Boolean) ?? document.querySelector("[data-task-row]");
  row?.querySelector<HTMLElement>("[data-select-box]")?.focus();
}
const barButton = "max-sm:h-11 max-sm:min-w-11 max-sm:px-2.5";
const menuItem = "flex min-h-9 cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 outline-none data-[disabled]:cursor-default data-[disabled]:text-muted data-[highlighted]:bg-raised max-sm:min-h-11";

/**
 * The selection bar: how many tasks are selected and what can be done to them all at once —
 * complete (or reopen), move to a list, label, delete. Each is one change on the server with one
 * Undo that puts back exactly those tasks as they were (revertTasks).
 */
export default function BulkBar({ tasks, selection, track, merge }: Props) {
  const [busy, setBusy] = useState(false);
  const [choices, setChoices] = useState<Choices | null>(null);
  const [choicesFailed, setChoicesFailed] = useState(false);
  const ids = [...selection.selected];
  const chosen = tasks.filter((t) => selection.selected.has(t.id));
  const allDone = chosen.length > 0 && chosen.every((t) => t.completed);

  async function loadChoices() {
    setChoicesFailed(false);
    const result = await taskChoicesAction({}).catch(() => null);
    if (result?.ok) setChoices(result.data);
    else setChoicesFailed(true);
  }
  useEffect(() => {
    void loadChoices();
  }, []);

  async function undo(previous: TaskState[], what: string) {
    const result = await track(revertTasksAction({ previous }));
    if (result.ok) {
      merge(result.data);
      toast.success(`Undone: ${what}`);
    } else {
      toast.error(`Couldn't undo. ${result.error.message}`);
    }
  }

  /** Runs one bulk change; `done` says what happened ("Completed 3 tasks"), `failed` what didn't. */
  async function run(call: Promise<ActionResult<BulkResult>>, done: string, failed: string) {
    setBusy(true);
    const result = await track(call);
    setBusy(false);
    if (!result.ok) {
      toast.error(`${failed} ${result.error.message}`);
      return;
    }
    merge(result.data.tasks);
    selection.clear();
    requestAnimationFrame(() => focusAfter(ids));
    const { previous } = result.data;
    toast(done, { action: { label: "Undo", onClick: () => void undo(previous, done.charAt(0).toLowerCase() + done.slice(1)) } });
  }

  const n = tasksWord(ids.length);
  const complete = () =>
    allDone
      ? run(completeTasksAction({ ids, completed: false }), `Reopened ${n}`, `Couldn't reopen ${n}.`)
      : run(completeTasksAction({ ids }), `Completed ${n}`, `Couldn't complete ${n}.`);
  const move = (list: Choices["lists"][number]) => run(moveTasksAction({ ids, list_id: list.id }), `Moved ${n} to ${list.name}`, `Couldn't move ${n}.`);
  const label = (name: string, remove: boolean) =>
    run(
      labelTasksAction({ ids, ...(remove ? { remove: [name] } : { add: [name] }) }),
      remove ? `Removed @${name} from ${n}` : `Labelled ${n} @${name}`,
      `Couldn't label ${n}.`,
    );
  const remove = () => run(deleteTasksAction({ ids }), `Moved ${n} to the trash`, `Couldn't delete ${n}.`);

  return (
    <section
      aria-label="Selected tasks"
      className="pointer-events-none fixed inset-x-0 bottom-[calc(4.5rem+env(safe-area-inset-bottom))] z-30 flex justify-center px-3 md:bottom-6"
    >
      <div className="pointer-events-auto flex max-w-full flex-wrap items-center gap-1 rounded-xl border border-line bg-surface p-1.5 shadow-lg" aria-busy={busy || undefined}>
        <p className="px-2 text-sm font-medium" aria-live="polite">
          {ids.length} selected
        </p>
        <Button variant="ghost" size="sm" className={barButton} disabled={busy} onClick={() => void complete()} aria-label={allDone ? `Reopen ${n}` : `Complete ${n}`}>
          {allDone ? <RotateCcw className="size-4" aria-hidden /> : <CheckCheck className="size-4" aria-hidden />}
          <span className="max-sm:sr-only">{allDone ? "Reopen" : "Complete"}</span>
        </Button>
        <DropdownMenu.Root>
          <DropdownMenu.Trigger asChild disabled={busy}>
            <Button variant="ghost" size="sm" className={barButton} aria-label={`Move ${n} to a list`}>
              <FolderInput className="size-4" aria-hidden />
              <span className="max-sm:sr-only">Move</span>
            </Button>
          </DropdownMenu.Trigger>
          <DropdownMenu.Portal>
            <DropdownMenu.Content side="top" sideOffset={8} className="z-50 max-h-72 min-w-48 overflow-y-auto rounded-lg border border-line bg-surface p-1 text-sm shadow-lg">
              <DropdownMenu.Label className="px-2 py-1.5 text-xs text-muted">Move to</DropdownMenu.Label>
              {choices ? (
                choices.lists.map((list) => (
                  <DropdownMenu.Item key={list.id} className={menuItem} onSelect={() => void move(list)}>
                    {list.name}
                  </DropdownMenu.Item>
                ))
              ) : choicesFailed ? (
                <DropdownMenu.Item className={menuItem} onSelect={(e) => (e.preventDefault(), void loadChoices())}>
                  Couldn’t load your lists. Try again
                </DropdownMenu.Item>
              ) : (
                <DropdownMenu.Item disabled className={menuItem}>
                  Loading lists…
                </DropdownMenu.Item>
              )}
            </DropdownMenu.Content>
          </DropdownMenu.Portal>
        </DropdownMenu.Root>
        <LabelPicker
          trigger={
            <Button variant="ghost" size="sm" className={barButton} disabled={busy} aria-label={`Label ${n}`}>
              <Tag className="size-4" aria-hidden />
              <span className="max-sm:sr-only">Label</span>
            </Button>
          }
          labels={choices?.labels.map((l) => l.name) ?? []}
          chosen={chosen}
          onPick={(name, remove) => void label(name, remove)}
        />
        <Button variant="ghost" size="sm" className={barButton} disabled={busy} onClick={() => void remove()} aria-label={`Delete ${n}`}>
          <Trash2 className="size-4" aria-hidden />
          <span className="max-sm:sr-only">Delete</span>
        </Button>
        <Button variant="ghost" size="icon" className="max-sm:size-11" onClick={selection.clear} aria-label="Clear selection" title="Clear selection (Esc)">
          <X className="size-4" aria-hidden />
        </Button>
      </div>
    </section>
  );
}
