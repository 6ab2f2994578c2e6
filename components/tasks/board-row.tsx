"use client";

import { clsx } from "clsx";
import { GripVertical } from "lucide-react";
import type { CSSProperties, KeyboardEvent, MouseEvent, Ref } from "react";
import type { Task, TaskPatch } from "@/lib/tasks/schemas";
import { TaskItem } from "./task-item";
import type { ShownTask } from "./use-tasks";
import { isTyping } from "@/components/ui/keys";
import type { Selection } from "./use-selection";

/** What the drag code (loaded on demand, ./sortable-tasks.tsx) gives a row; absent until then. */
export interface DragBits {
  rowRef?: Ref<HTMLLIElement>;
  handleRef?: Ref<HTMLButtonElement>;
  handleListeners?: Record<string, (event: never) => void>;
  style?: CSSProperties;
  dragging?: boolean;
}

export interface RowActions {
  onToggle: (task: Task, completed: boolean) => void;
  onEdit: (task: Task, patch: TaskPatch) => void;
  onDelete: (task: Task) => void;
  onMove?: (task: Task, listId: string) => void;
  /** Views of several lists name each task's list. */
  showList?: boolean;
}

interface Props {
  task: ShownTask;
  actions: RowActions;
  selection: Selection;
  /** A step up (-1) or down (1) with Alt+↑/↓. */
  onStep: (task: ShownTask, step: -1 | 1) => void;
  /** In manual order: the row has a drag handle. */
  movable: boolean;
  drag?: DragBits;
  /** Passed to the row: a new value opens its editor. */
  editRequest?: number;
}

const ROW = "[data-task-row]";
const rowsOnScreen = () => [...document.querySelectorAll<HTMLElement>(ROW)];
/** The row's own focus stop for the keyboard: its select box. */
const focusRow = (row: HTMLElement | undefined) => row?.querySelector<HTMLElement>("[data-select-box]")?.focus();

/**
 * A task on the board: the row (./task-item.tsx) with a select box, a drag handle in manual order,
 * and the keys: ↑/↓ go to the next task, Shift+↑/↓ and Shift+click select a run, Alt+↑/↓ (or ↑/↓ on
 * the handle) move the task within its list.
 */
export function BoardRow({ task, actions, selection, onStep, movable, drag, editRequest }: Props) {
  const selected = selection.selected.has(task.id);
  const placed = !task.saving && task.id > 0;

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    // Keys typed in the edit dialog bubble here through React's tree, not the page's.
    if (!event.currentTarget.contains(event.target as Node) || isTyping(event.target)) return;
    if (event.key !== "ArrowUp" && event.key !== "ArrowDown") return;
    const step = event.key === "ArrowUp" ? -1 : 1;
    const onHandle = (event.target as HTMLElement).closest("[data-drag-handle]") !== null;
    if (placed && (event.altKey || (onHandle && !event.shiftKey && !event.ctrlKey && !event.metaKey))) {
      event.preventDefault();
      onStep(task, step);
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const rows = rowsOnScreen();
    const next = rows[rows.indexOf(event.currentTarget) + step];
    if (!next) return;
    if (event.shiftKey) {
      if (!selected) selection.toggle(task.id);
      selection.extendTo(Number(next.dataset.taskRow));
    }
    focusRow(next);
  }

  function onClick(event: MouseEvent<HTMLLIElement>) {
    if (!event.shiftKey || !placed || (event.target as HTMLElement).closest("button, input, a, [role=dialog]")) return;
    selection.extendTo(task.id);
  }

  const lead = (
    <span className="-my-1.5 flex shrink-0 items-center self-start">
      {movable && (
        <button
          type="button"
          ref={drag?.handleRef}
          {...drag?.handleListeners}
          data-drag-handle
          disabled={!placed}
          aria-label={`Move #${task.id}`}
          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
          title="Drag to reorder, or press Alt+↑ / Alt+↓"
          className="-ml-2 flex h-11 w-7 cursor-grab touch-none items-center justify-center rounded-md text-muted hover:text-ink active:cursor-grabbing disabled:opacity-40 sm:h-8 sm:opacity-0 sm:group-focus-within:opacity-100 sm:group-hover:opacity-100"
        >
          <GripVertical className="size-4" aria-hidden />
        </button>
      )}
      <label className="flex h-11 w-7 cursor-pointer items-center justify-center sm:h-8">
        <input
          type="checkbox"
          data-select-box
          checked={selected}
          disabled={!placed}
          onChange={(e) => ((e.nativeEvent as globalThis.MouseEvent).shiftKey ? selection.extendTo(task.id) : selection.toggle(task.id))}
          aria-label={`Select #${task.id}`}
          className={clsx(
            "size-4 cursor-pointer rounded-sm accent-[var(--color-ink)]",
            selection.selected.size === 0 && "sm:opacity-0 sm:group-focus-within:opacity-100 sm:group-hover:opacity-100",
          )}
        />
      </label>
    </span>
  );

  return (
    <TaskItem
      task={task}
      {...actions}
      editRequest={editRequest}
      lead={lead}
      rowProps={{
        ref: drag?.rowRef,
        style: drag?.style,
        onKeyDown,
        onClick,
        onMouseDown: (e) => e.shiftKey && e.preventDefault(), // Shift+click selects tasks, not text
        "data-task-row": task.id,
        "data-selected": selected || undefined,
        className: clsx("data-[highlight]:ring-2 data-[highlight]:ring-accent", selected && "!border-accent/40 !bg-accent/10", drag?.dragging && "relative z-10 shadow-lg bg-surface"),
      }}
    />
  );
}
