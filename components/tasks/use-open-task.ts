"use client";

import { useEffect, useRef, useState } from "react";
import type { Task } from "@/lib/tasks/schemas";
import { OPEN_TASK_EVENT, TASKS_CHANGED_EVENT } from "./task-events";

// Numbered across boards, so a request is answered once even by a row made again (./task-rows.tsx swaps the drag code in).
let requests = 0;
let answered = 0;

/** True the first time a row sees request `n`: it opens its editor then, and not when it is made again. */
export function answerEditRequest(n: number): boolean {
  if (n <= answered) return false;
  answered = n;
  return true;
}

/** Which task's editor to open, and a counter so asking twice for the same task opens it again. */
export type EditRequest = { id: number; n: number } | null;

/**
 * The board's side of the window events: a notification's Done reloads the list; a notification
 * (or a `?task=N&edit=1` link, as push notifications and the calendar feed give) opens a task's editor.
 */
export function useOpenTask(tasks: Task[], refresh: () => Promise<void>): EditRequest {
  const [request, setRequest] = useState<EditRequest>(null);
  const shown = useRef(tasks);
  shown.current = tasks;
  const open = (id: number) => setRequest({ id, n: ++requests });

  useEffect(() => {
    const onChanged = () => void refresh();
    const onOpen = (event: Event) => {
      const id = (event as CustomEvent<number>).detail;
      if (!shown.current.some((t) => t.id === id)) return;
      event.preventDefault();
      open(id);
    };
    window.addEventListener(TASKS_CHANGED_EVENT, onChanged);
    window.addEventListener(OPEN_TASK_EVENT, onOpen);
    return () => {
      window.removeEventListener(TASKS_CHANGED_EVENT, onChanged);
      window.removeEventListener(OPEN_TASK_EVENT, onOpen);
    };
  }, [refresh]);

  useEffect(() => {
    const url = new URL(window.location.href);
    const id = Number(url.searchParams.get("task"));
    // `?task=N` alone only highlights the row (./use-highlight.ts); `&edit=1` also opens the editor.
    if (!url.searchParams.has("task") || !url.searchParams.has("edit")) return;
    // Once: a reload should not open it again.
    url.searchParams.delete("edit");
    window.history.replaceState(window.history.state, "", url);
    // A task that isn't here is said once, by the highlight.
    if (shown.current.some((t) => t.id === id)) open(id);
  }, []);

  return request;
}
