"use client";

import { useChat } from "@ai-sdk/react";
import { DefaultChatTransport } from "ai";
import { History, Loader2, MessageSquarePlus, RotateCcw, Sparkles, X } from "lucide-react";
import dynamic from "next/dynamic";
import { useEffect, useMemo, useRef, useState } from "react";
import { loadConversationAction } from "@/app/(app)/conversation-actions";
import { Button } from "@/components/ui/button";
import { Composer } from "./composer";
import { MessageView, type ChatMessage } from "./message-view";
import { chatErrorMessage, toChatMessages } from "./stored";

// The conversation list loads the first time it is opened.
const ConversationList = dynamic(() => import("./conversation-list"), {
  loading: () => <p className="p-4 text-sm text-muted">Loading conversations…</p>,
});

const SUGGESTIONS = ["Add a task to buy groceries", "What's pending?", "Mark task 1 as done", "Show me all my tasks"];
const CHANGES_TASKS = /^tool-(add|complete|delete|update|restore)_task$/;

interface Props {
  initialId: string;
  initialMessages: ChatMessage[];
  onTasksChanged: () => void;
  onClose?: () => void;
}

function toolResultIds(messages: ChatMessage[]): string[] {
  return messages.flatMap((m) =>
    m.parts.flatMap((p) => {
      const part = p as { type: string; state?: string; toolCallId?: string };
      return CHANGES_TASKS.test(part.type) && part.state === "output-available" && part.toolCallId ? [part.toolCallId] : [];
    }),
  );
}

export function AssistantPanel({ initialId, initialMessages, onTasksChanged, onClose }: Props) {
  const [active, setActive] = useState({ id: initialId, messages: initialMessages });
  const [showList, setShowList] = useState(false);
  const [switching, setSwitching] = useState(false);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const endRef = useRef<HTMLDivElement>(null);
  const timezone = useMemo(() => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC", []);

  const transport = useMemo(
    () =>
      new DefaultChatTransport<ChatMessage>({
        api: "/api/chat",
        // Only the new message travels: the server keeps the conversation.
        prepareSendMessagesRequest: ({ id, messages }) => ({ body: { id, message: messages.at(-1), timezone } }),
      }),
    [timezone],
  );
  const { messages, sendMessage, status, stop, error, setMessages, clearError } = useChat<ChatMessage>({
    id: active.id,
    messages: active.messages,
    transport,
  });
  const busy = status === "submitted" || status === "streaming";

  // The task list updates the moment a tool that changes tasks returns.
  const seen = useRef(new Set(toolResultIds(initialMessages)));
  useEffect(() => {
    let changed = false;
    for (const id of toolResultIds(messages)) {
      if (!seen.current.has(id)) {
        seen.current.add(id);
        changed = true;
      }
    }
    if (changed) onTasksChanged();
  }, [messages, onTasksChanged]);

  useEffect(() => {
    endRef.current?.scrollIntoView({ block: "end" });
  }, [messages, status]);

  function send(text: string) {
    clearError();
    if (!new URLSearchParams(window.location.search).has("c") || messages.length === 0) {
      window.history.replaceState(null, "", `${window.location.pathname}?c=${active.id}`);
    }
    void sendMessage({ text });
    inputRef.current?.focus();
  }

  function retry() {
    const lastUser = [...messages].reverse().find((m) => m.role === "user");
    if (!lastUser) return;
    const text = lastUser.parts.map((p) => (p.type === "text" ? p.text : "")).join("");
    setMessages(messages.slice(0, messages.lastIndexOf(lastUser)));
    send(text);
  }

  function open(id: string | null, stored: ChatMessage[] = []) {
    const next = { id: id ?? crypto.randomUUID(), messages: stored };
    seen.current = new Set(toolResultIds(stored));
    setActive(next);
    setShowList(false);
    window.history.replaceState(null, "", id ? `${window.location.pathname}?c=${id}` : window.location.pathname);
    setTimeout(() => inputRef.current?.focus(), 0);
  }

  async function switchTo(id: string) {
    if (id === active.id) return setShowList(false);
    setSwitching(true);
    const result = await loadConversationAction({ id }).catch(() => null);
    setSwitching(false);
    if (result?.ok) open(id, toChatMessages(result.data.messages));
  }

  return (
    <section aria-label="Assistant" className="flex h-full min-h-0 flex-col rounded-xl border border-line bg-surface shadow-sm">
      <header className="flex items-center gap-1 border-b border-line px-3 py-2">
        <Sparkles className="size-4 text-accent" aria-hidden />
        <h2 className="mr-auto text-sm font-semibold">Assistant</h2>
        <Button size="icon" variant="ghost" aria-label="Conversations" title="Conversations" aria-expanded={showList} onClick={() => setShowList((v) => !v)}>
          <History className="size-4" aria-hidden />
        </Button>
        <Button size="icon" variant="ghost" aria-label="New conversation" title="New conversation" onClick={() => open(null)}>
          <MessageSquarePlus className="size-4" aria-hidden />
        </Button>
        {onClose && (
          <Button size="icon" variant="ghost" aria-label="Close assistant" title="Close (Ctrl+J)" onClick={onClose} className="lg:hidden">
            <X className="size-4" aria-hidden />
          </Button>
        )}
      </header>

      {showList ? (
        <div className="min-h-0 flex-1 overflow-y-auto">
          <ConversationList activeId={active.id} onOpen={switchTo} onDeleted={(id) => id === active.id && open(null)} />
        </div>
      ) : (
        <div className="min-h-0 flex-1 overflow-y-auto px-3 py-3" aria-live="polite" aria-busy={busy || switching}>
          {switching ? (
            <p className="flex items-center gap-2 text-sm text-muted">
              <Loader2 className="size-4 animate-spin" aria-hidden /> Opening conversation…
            </p>
          ) : messages.length === 0 ? (
            <div className="space-y-3 pt-4 text-sm">
              <p className="text-muted">Ask me to add, find, complete, change or delete tasks. Try:</p>
              <ul className="flex flex-wrap gap-2">
                {SUGGESTIONS.map((s) => (
                  <li key={s}>
                    <Button size="sm" variant="secondary" className="h-auto py-1.5 text-left" onClick={() => send(s)}>
                      {s}
                    </Button>
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <div className="flex flex-col gap-3">
              {messages.map((m) => (
                <MessageView key={m.id} message={m} />
              ))}
              {status === "submitted" && (
                <p className="flex items-center gap-2 text-xs text-muted">
                  <Loader2 className="size-3.5 animate-spin" aria-hidden /> Thinking…
                </p>
              )}
            </div>
          )}
          {error && (
            <div role="alert" className="mt-3 rounded-lg border border-danger/30 bg-danger/10 p-3 text-sm text-danger">
              <p>{chatErrorMessage(error)}</p>
              <Button size="sm" variant="secondary" className="mt-2" onClick={retry}>
                <RotateCcw className="size-3.5" aria-hidden /> Retry
              </Button>
            </div>
          )}
          <div ref={endRef} />
        </div>
      )}

      <Composer ref={inputRef} busy={busy} onSend={send} onStop={() => void stop()} />
    </section>
  );
}
