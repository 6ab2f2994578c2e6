"use client";

import { clsx } from "clsx";
import { useCallback, useEffect, useState } from "react";
import { AssistantPanel } from "@/components/assistant/assistant-panel";
import type { ChatMessage } from "@/components/assistant/message-view";
import { TaskBoard } from "@/components/tasks/task-board";
import type { Task } from "@/lib/tasks/schemas";
import type { TaskView } from "@/lib/tasks/views";
import { TOGGLE_ASSISTANT_EVENT } from "./assistant-toggle";

const HEADINGS: Record<TaskView, string> = { all: "Tasks", today: "Today", upcoming: "Upcoming" };

interface Props {
  view: TaskView;
  tasks: Task[];
  conversationId: string;
  messages: ChatMessage[];
  openAssistant: boolean;
  /** Text to start the quick add with (a share, the "New task" shortcut); undefined: none. */
  draft?: string;
}

/** A task view (/, Today, Upcoming) with the assistant beside it (a drawer on small screens). */
export function HomeView({ view, tasks, conversationId, messages, openAssistant, draft }: Props) {
  const [changes, setChanges] = useState(0);
  const [drawerOpen, setDrawerOpen] = useState(openAssistant);
  const onTasksChanged = useCallback(() => setChanges((n) => n + 1), []);

  // Ctrl/Cmd+J (or the header button) opens the assistant and puts the cursor in its input.
  useEffect(() => {
    const toggle = () =>
      setDrawerOpen((open) => {
        const wide = window.matchMedia("(min-width: 1024px)").matches;
        const next = wide ? true : !open;
        if (next) setTimeout(() => document.getElementById("assistant-input")?.focus(), 0);
        return next;
      });
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "j") {
        e.preventDefault();
        toggle();
      }
      if (e.key === "Escape" && !window.matchMedia("(min-width: 1024px)").matches) setDrawerOpen(false);
    };
    window.addEventListener(TOGGLE_ASSISTANT_EVENT, toggle);
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener(TOGGLE_ASSISTANT_EVENT, toggle);
      window.removeEventListener("keydown", onKey);
    };
  }, []);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_400px]">
      <div className="min-w-0">
        <h1 className="mb-5 text-2xl font-semibold tracking-tight">{HEADINGS[view]}</h1>
        <TaskBoard initialTasks={tasks} view={view} changes={changes} draft={draft} />
      </div>
      <div
        className={clsx(
          "lg:sticky lg:top-20 lg:block lg:h-[calc(100dvh-7rem)]",
          drawerOpen ? "fixed inset-0 z-40 bg-canvas p-2 lg:static lg:z-auto lg:bg-transparent lg:p-0" : "hidden",
        )}
      >
        <AssistantPanel
          initialId={conversationId}
          initialMessages={messages}
          onTasksChanged={onTasksChanged}
          onClose={() => setDrawerOpen(false)}
        />
      </div>
    </div>
  );
}
