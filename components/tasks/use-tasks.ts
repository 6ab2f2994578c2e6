"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import {
  addTaskAction,
  deleteTaskAction,
  listTasksAction,
  restoreTaskAction,
  updateTaskAction,
} from "@/app/(app)/task-actions";
import { useLists } from "@/components/lists/lists-context";
import { useDueCounts } from "@/components/shell/due-counts";
import { useTime } from "@/components/time/time-context";
import type { ActionError, ActionResult } from "@/lib/http/action";
import { describeDue } from "@/lib/quick-add/format";
import { todayIn } from "@/lib/quick-add/calendar";
import type { Priority } from "@/lib/quick-add/types";
import type { Place } from "@/lib/tasks/move-plan";
import type { Task, TaskPatch } from "@/lib/tasks/schemas";
import { inView, type TaskView, type ViewScope } from "@/lib/tasks/views";

/** A task on screen; `saving` while the server has not yet confirmed it. */
export type ShownTask = Task & { saving?: boolean };

/** What the add form sends: the title and due quick add resolved, so what was shown is what is saved. */
export interface TaskDraft {
  title: string;
  description: string;
  due_date?: string;
  due_time?: string;
  priority?: Priority;
  /** Repeat words as typed ("every monday"); the server reads them and sets the first date. */
  recurrence?: string;
  /** "Remind me to …": one reminder at the due time. */
  reminders?: { before_minutes: number }[];
  list_id?: string;
  labels?: string[];
}

let tempIds = 0;

/**
 * A view's task list with optimistic changes: the screen changes at once, the server confirms,
 * and a failure puts things back and says why. The list keeps tasks that left the view (an edit
 * moved the date); the board shows only those in it, in due order, until the next refresh.
 */
export function useTasks(initial: Task[], view: TaskView = "all", scope: ViewScope = {}) {
  const [tasks, setTasks] = useState<ShownTask[]>(initial);
  const inFlight = useRef(0);
  const time = useTime();
  const { reload: reloadCounts } = useDueCounts();
  const { listName } = useLists();
  const { list_id: scopeList, label: scopeLabel } = scope;

  const track = useCallback(async <T,>(call: Promise<ActionResult<T>>): Promise<ActionResult<T>> => {
    inFlight.current++;
    try {
      return await call;
    } catch {
      return { ok: false, error: { code: "internal", message: "Couldn't reach Docket. Check your connection and try again." } };
    } finally {
      inFlight.current--;
    }
  }, []);

  const replace = (id: number, next: ShownTask | null) =>
    setTasks((list) => {
      const rest = list.filter((t) => t.id !== id);
      return next ? [...rest, next] : rest;
    });

  const refresh = useCallback(async () => {
    if (inFlight.current > 0) return; // a refresh now could undo what the user just did
    const result = await listTasksAction({ view, list_id: scopeList, label: scopeLabel }).catch(() => null);
    if (result?.ok && inFlight.current === 0) setTasks(result.data);
    reloadCounts();
  }, [view, scopeList, scopeLabel, reloadCounts]);

  // Changes made elsewhere (another tab, the API, MCP) show up on focus and within ~15 s.
  useEffect(() => {
    const onVisible = () => document.visibilityState === "visible" && void refresh();
    const timer = setInterval(() => document.visibilityState === "visible" && void refresh(), 15_000);
    window.addEventListener("focus", refresh);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearInterval(timer);
      window.removeEventListener("focus", refresh);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [refresh]);

  async function add(input: TaskDraft): Promise<ActionError | null> {
    const tempId = -++tempIds;
    const now = new Date().toISOString();
    const draft: ShownTask = {
      id: tempId,
      title: input.title.trim(),
      description: input.description.trim(),
      completed: false,
      created_at: now,
      updated_at: now,
      completed_at: null,
      deleted_at: null,
      due_date: input.due_date ?? null,
      due_time: input.due_date ? (input.due_time ?? null) : null,
      due_at: null,
      priority: input.priority ?? 4,
      list_id: input.list_id,
      labels: input.labels ?? [],
      saving: true,
    };
    setTasks((list) => [...list, draft]);
    const result = await track(addTaskAction(input));
    if (!result.ok) {
      replace(tempId, null);
      return result.error;
    }
    const task = result.data;
    setTasks((list) => [...list.filter((t) => t.id !== tempId), task]);
    reloadCounts();
    // Added where this view doesn't show it: say where it went.
    const today = todayIn(time.timezone, new Date());
    if (!inView(view, task, today, scope)) {
      const where =
        view === "list" || view === "label"
          ? `It's in ${listName(task.list_id) ?? "another list"}.`
          : task.due_date
            ? `Due ${describeDue({ date: task.due_date, time: task.due_time }, time)}: it's in ${task.due_date <= today ? "Today" : "Upcoming"}.`
            : "No date: it's in Tasks.";
      toast.success(`Added #${task.id} ${task.title}`, { description: where });
    }
    return null;
  }

  async function update(task: Task, patch: TaskPatch, failure: string): Promise<boolean> {
    replace(task.id, {
      ...task,
      ...patch,
      ...(patch.due_date === null && { due_time: null, due_at: null }),
      completed_at: patch.completed === undefined ? task.completed_at : patch.completed ? new Date().toISOString() : null,
    } as ShownTask);
    const result = await track(updateTaskAction({ id: task.id, patch }));
    if (result.ok) {
      // An answer that lands after the task was deleted here must not bring its row back.
      setTasks((list) => (list.some((t) => t.id === task.id) ? [...list.filter((t) => t.id !== task.id), result.data] : list));
      reloadCounts();
      return true;
    }
    if (result.error.code === "not_found") {
      replace(task.id, null);
      toast.error(`#${task.id} no longer exists: it was deleted elsewhere.`);
      return false;
    }
    replace(task.id, task);
    toast.error(`${failure} ${result.error.message}`);
    return false;
  }

  async function setCompleted(task: Task, completed: boolean): Promise<void> {
    const done = await update(task, { completed }, completed ? `Couldn't complete #${task.id}.` : `Couldn't reopen #${task.id}.`);
    // Today and Upcoming show pending tasks only: a completed one leaves, with a way back.
    if (done && completed && (view === "today" || view === "upcoming")) {
      toast(`Completed #${task.id}`, {
        description: task.title,
        action: { label: "Undo", onClick: () => void update({ ...task, completed: true }, { completed: false }, `Couldn't reopen #${task.id}.`) },
      });
    }
  }

  async function restore(task: Task): Promise<void> {
    replace(task.id, { ...task, deleted_at: null });
    const result = await track(restoreTaskAction({ id: task.id }));
    if (result.ok) {
      replace(task.id, result.data);
      reloadCounts();
      toast.success(`Restored #${task.id}`);
    } else {
      replace(task.id, null);
      toast.error(`Couldn't restore #${task.id}. ${result.error.message}`);
    }
  }

  async function remove(task: Task): Promise<void> {
    replace(task.id, null);
    const result = await track(deleteTaskAction({ id: task.id }));
    if (!result.ok) {
      if (result.error.code !== "not_found") replace(task.id, task);
      toast.error(`Couldn't delete #${task.id}. ${result.error.message}`);
      return;
    }
    reloadCounts();
    toast(`Moved #${task.id} to the trash`, {
      description: task.title,
      action: { label: "Undo", onClick: () => void restore(result.data) },
    });
  }

  /** Manual order: the task shows at `position` (the browser's guess) at once, then where the server put it. */
  async function reorder(task: Task, place: Place, position?: string): Promise<boolean> {
    if (position !== undefined) replace(task.id, { ...task, position });
    const result = await track(updateTaskAction({ id: task.id, patch: place }));
    if (result.ok) {
      replace(task.id, result.data);
      return true;
    }
    replace(task.id, result.error.code === "not_found" ? null : task);
    toast.error(`Couldn't move #${task.id}. ${result.error.message}`);
    return false;
  }

  /** Tasks another part of the page changed on the server (bulk changes and their undo), as it answered them. */
  const merge = useCallback(
    (changed: Task[]) => {
      const ids = new Set(changed.map((t) => t.id));
      setTasks((list) => [...list.filter((t) => !ids.has(t.id)), ...changed.filter((t) => t.deleted_at === null)]);
      reloadCounts();
    },
    [reloadCounts],
  );

  /** Moves a task to another list; it says where it went, with a way back. */
  async function move(task: Task, listId: string): Promise<void> {
    if (task.list_id === listId) return;
    const from = task.list_id;
    const moved = await update(task, { list_id: listId }, `Couldn't move #${task.id}.`);
    if (!moved) return;
    toast(`Moved #${task.id} to ${listName(listId) ?? "another list"}`, {
      description: task.title,
      action: from ? { label: "Undo", onClick: () => void update({ ...task, list_id: listId }, { list_id: from }, `Couldn't move #${task.id} back.`) } : undefined,
    });
  }

  return {
    tasks,
    move,
    refresh,
    track,
    reorder,
    merge,
    add,
    setCompleted,
    edit: (task: Task, patch: TaskPatch) => void update(task, patch, `Couldn't save #${task.id}.`),
    remove,
  };
}
