"use client";

import { useCallback, useEffect, useState } from "react";
import { AssistantPanel } from "@/components/assistant/assistant-panel";
import type { ChatMessage } from "@/components/assistant/message-view";
import { TaskBoard } from "@/components/tasks/task-board";
import type { Task } from "@/lib/tasks/schemas";
import type { TaskView, ViewScope } from "@/lib/tasks/views";
import { AssistantSheet, WIDE_QUERY } from "./assistant-sheet";
import { TOGGLE_ASSISTANT_EVENT } from "./assistant-toggle";

const HEADINGS: Partial<Record<TaskView, string>> = { all: "Tasks", today: "Today", upcoming: "Upcoming" };

interface Props {
  view: TaskView;
  /** The list or label a list or label view shows. */
  scope?: ViewScope;
  /** The page's own heading (a list's or label's, with its menu); default the view's name. */
  header?: React.ReactNode;
  tasks: Task[];
  conversationId: string;
  messages: ChatMessage[];
  openAssistant: boolean;
  /** Text to start the quick add with (a share, the "New task" shortcut); undefined: none. */
  draft?: string;
}

const focusComposer = () => document.getElementById("assistant-input")?.focus();

/** A task view (/, Today, Upcoming, a list, a label) with the assistant beside it (a sheet below 1024 px). */
export function HomeView({ view, scope, header, tasks, conversationId, messages, openAssistant, draft }: Props) {
  const [changes, setChanges] = useState(0);
  const [sheetOpen, setSheetOpen] = useState(openAssistant);
  const onTasksChanged = useCallback(() => setChanges((n) => n + 1), []);

  const closeSheet = useCallback(() => {
    setSheetOpen(false);
    // A reload should not open it again.
    const url = new URL(window.location.href);
    if (url.searchParams.has("assistant")) {
      url.searchParams.delete("assistant");
      window.history.replaceState(null, "", url.pathname + url.search);
    }
  }, []);

  // Sent here from another page (/?assistant=open): the cursor starts in the composer.
  useEffect(() => {
    if (openAssistant) focusComposer();
  }, [openAssistant]);

  // Ctrl/Cmd+J, the header button or the tab bar: beside the list, the cursor goes to the composer;
  // below 1024 px the sheet opens (it focuses the composer itself) or closes.
  useEffect(() => {
    const toggle = () => {
      if (window.matchMedia(WIDE_QUERY).matches) focusComposer();
      else setSheetOpen((open) => !open);
    };
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "j") {
        e.preventDefault();
        toggle();
      }
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
        {header ?? <h1 className="mb-5 text-2xl font-semibold tracking-tight">{HEADINGS[view]}</h1>}
        <TaskBoard initialTasks={tasks} view={view} scope={scope} changes={changes} draft={draft} />
      </div>
      <AssistantSheet open={sheetOpen} onClose={closeSheet}>
        <AssistantPanel initialId={conversationId} initialMessages={messages} onTasksChanged={onTasksChanged} onClose={closeSheet} />
      </AssistantSheet>
    </div>
  );
}
