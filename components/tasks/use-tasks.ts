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
import type { ActionError, ActionResult } from "@/lib/http/action";
import type { Task, TaskPatch } from "@/lib/tasks/schemas";

/** A task on screen; `saving` while the server has not yet confirmed it. */
export type ShownTask = Task & { saving?: boolean };

const byNumber = (a: Task, b: Task) => a.id - b.id;
let tempIds = 0;

/**
 * The task list with optimistic changes: the screen changes at once, the server confirms,
 * and a failure puts things back and says why.
 */
export function useTasks(initial: Task[]) {
  const [tasks, setTasks] = useState<ShownTask[]>(initial);
  const inFlight = useRef(0);

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
      return next ? [...rest, next].sort(byNumber) : rest;
    });

  const refresh = useCallback(async () => {
    if (inFlight.current > 0) return; // a refresh now could undo what the user just did
    const result = await listTasksAction({ status: "all" }).catch(() => null);
    if (result?.ok && inFlight.current === 0) setTasks(result.data);
  }, []);

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

  async function add(title: string, description: string): Promise<ActionError | null> {
    const tempId = -++tempIds;
    const now = new Date().toISOString();
    const draft: ShownTask = {
      id: tempId,
      title: title.trim(),
      description: description.trim(),
      completed: false,
      created_at: now,
      updated_at: now,
      completed_at: null,
      deleted_at: null,
      due_date: null,
      due_time: null,
      due_at: null,
      priority: 4,
      saving: true,
    };
    setTasks((list) => [...list, draft]);
    const result = await track(addTaskAction({ title, description }));
    if (!result.ok) {
      replace(tempId, null);
      return result.error;
    }
    setTasks((list) => [...list.filter((t) => t.id !== tempId), result.data].sort(byNumber));
    return null;
  }

  async function update(task: Task, patch: TaskPatch, failure: string): Promise<void> {
    replace(task.id, {
      ...task,
      ...patch,
      completed_at: patch.completed === undefined ? task.completed_at : patch.completed ? new Date().toISOString() : null,
    } as ShownTask);
    const result = await track(updateTaskAction({ id: task.id, patch }));
    if (result.ok) {
      replace(task.id, result.data);
      return;
    }
    if (result.error.code === "not_found") {
      replace(task.id, null);
      toast.error(`#${task.id} no longer exists: it was deleted elsewhere.`);
      return;
    }
    replace(task.id, task);
    toast.error(`${failure} ${result.error.message}`);
  }

  async function restore(task: Task): Promise<void> {
    replace(task.id, { ...task, deleted_at: null });
    const result = await track(restoreTaskAction({ id: task.id }));
    if (result.ok) {
      replace(task.id, result.data);
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
    toast(`Moved #${task.id} to the trash`, {
      description: task.title,
      action: { label: "Undo", onClick: () => void restore(result.data) },
    });
  }

  return {
    tasks,
    refresh,
    add,
    setCompleted: (task: Task, completed: boolean) =>
      update(task, { completed }, completed ? `Couldn't complete #${task.id}.` : `Couldn't reopen #${task.id}.`),
    edit: (task: Task, patch: TaskPatch) => update(task, patch, `Couldn't save #${task.id}.`),
    remove,
  };
}
