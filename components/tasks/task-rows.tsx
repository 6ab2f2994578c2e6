"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ComponentType, type ReactNode } from "react";
import type { DragBits } from "./board-row";
import type { ShownTask } from "./use-tasks";

type Sortable = ComponentType<{ ids: number[]; onDrop: (id: number, overId: number) => void; children: (id: number, drag: DragBits) => ReactNode }>;

let loaded: Sortable | undefined;
const pointersDown = new Set<number>();

/**
 * The drag code (dnd-kit, ./sortable-tasks.tsx) stays out of the first load: it loads when a
 * pointer first comes over a list in manual order (a mouse hovering, a finger touching). Swapping it
 * in re-creates the rows, so the swap waits until no pointer is pressed (a tap in progress would
 * lose its click) and no dialog is open or opening (an editor still loading would lose its state), and
 * gives focus back to the control that had it.
 */
function useSortableModule(enabled: boolean) {
  const [Module, setModule] = useState<Sortable | undefined>(() => loaded);
  const focus = useRef<{ row: string; label: string } | null>(null);

  const trySwap = useCallback(() => {
    // A row whose editor or menu is open (or the editor still loading) would lose it: wait for those too.
    if (!loaded || pointersDown.size > 0 || document.querySelector("[role=dialog], [role=alertdialog], [role=menu], [data-editing]")) return;
    const active = document.activeElement;
    const row = active?.closest<HTMLElement>("[data-task-row]");
    focus.current = row ? { row: row.dataset.taskRow!, label: active!.getAttribute("aria-label") ?? "" } : null;
    setModule(() => loaded);
  }, []);

  const load = useCallback(() => {
    if (!enabled || Module) return;
    if (loaded) return trySwap();
    void import("./sortable-tasks").then((m) => {
      loaded = m.default;
      trySwap();
    });
  }, [enabled, Module, trySwap]);

  useEffect(() => {
    if (!enabled || Module) return;
    const down = (e: PointerEvent) => pointersDown.add(e.pointerId);
    // The click follows pointerup in the same turn: swap after it.
    const up = (e: PointerEvent) => {
      pointersDown.delete(e.pointerId);
      setTimeout(trySwap, 0);
    };
    document.addEventListener("pointerdown", down, true);
    document.addEventListener("pointerup", up, true);
    document.addEventListener("pointercancel", up, true);
    return () => {
      document.removeEventListener("pointerdown", down, true);
      document.removeEventListener("pointerup", up, true);
      document.removeEventListener("pointercancel", up, true);
    };
  }, [enabled, Module, trySwap]);

  useLayoutEffect(() => {
    const was = focus.current;
    if (!Module || !was) return;
    focus.current = null;
    const row = document.querySelector(`[data-task-row="${CSS.escape(was.row)}"]`);
    const control = was.label ? row?.querySelector<HTMLElement>(`[aria-label="${CSS.escape(was.label)}"]`) : null;
    control?.focus();
  }, [Module]);

  return { Module: enabled ? Module : undefined, load };
}

interface Props {
  label: string;
  tasks: ShownTask[];
  /** In manual order: rows can be dragged, and a drop calls onDrop. */
  sortable: boolean;
  onDrop: (id: number, overId: number) => void;
  renderRow: (task: ShownTask, drag?: DragBits) => ReactNode;
}

/** A section's list of tasks; in manual order, draggable once the drag code has loaded. */
export function TaskRows({ label, tasks, sortable, onDrop, renderRow }: Props) {
  const { Module, load } = useSortableModule(sortable);
  const byId = new Map(tasks.map((t) => [t.id, t]));
  return (
    <ul aria-label={label} className="space-y-0.5" onPointerOver={load} data-drag-ready={Module ? true : undefined}>
      {Module ? (
        <Module ids={tasks.map((t) => t.id)} onDrop={onDrop}>
          {(id, drag) => renderRow(byId.get(id)!, drag)}
        </Module>
      ) : (
        tasks.map((task) => renderRow(task))
      )}
    </ul>
  );
}
