"use client";

import { useChat } from "@ai-sdk/react";
import { clsx } from "clsx";
import { DefaultChatTransport } from "ai";
import { History, Loader2, MessageSquarePlus, RotateCcw, Sparkles, X } from "lucide-react";
import dynamic from "next/dynamic";
import { useEffect, useMemo, useRef, useState } from "react";
import { loadConversationAction } from "@/app/(app)/conversation-actions";
import { Button } from "@/components/ui/button";
import { Composer } from "./composer";
import { MessageView, type ChatMessage } from "./message-view";
import { chatErrorMessage, toChatMessages } from "./stored";
import { useStickToBottom } from "./use-stick-to-bottom";

// The conversation list loads the first time it is opened.
const ConversationList = dynamic(() => import("./conversation-list"), {
  loading: () => <p className="p-4 text-sm text-muted">Loading conversations…</p>,
});

// Header buttons: icon and word side by side beside the list, the word under the icon in the
// sheet (phones and tablets), where each is a 44 px touch target.
function HeaderButton({ className, ...props }: React.ComponentProps<"button">) {
  return (
    <button
      type="button"
      className={clsx(
        "inline-flex h-8 shrink-0 items-center justify-center gap-1 rounded-md px-2 text-xs font-medium text-muted transition-colors hover:bg-raised hover:text-ink aria-expanded:bg-raised aria-expanded:text-ink pointer-coarse:h-11",
        "max-lg:h-11 max-lg:min-w-11 max-lg:flex-col max-lg:gap-0.5 max-lg:px-1.5 max-lg:text-[11px] max-lg:leading-none",
        className,
      )}
      {...props}
    />
  );
}

const SUGGESTIONS = ["Add a task to buy groceries", "What's pending?", "Mark task 1 as done", "Show me all my tasks"];
const CHANGES_TASKS = /^tool-(add|complete|delete|update|restore)_task$/;

interface Props {
  initialId: string;
  initialMessages: ChatMessage[];
  onTasksChanged: () => void;
  /** Closes the sheet (phones and tablets); the button is hidden beside the list. */
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
  const { scrollRef, contentRef, stick } = useStickToBottom();
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

  function send(text: string) {
    clearError();
    if (!new URLSearchParams(window.location.search).has("c") || messages.length === 0) {
      window.history.replaceState(null, "", `${window.location.pathname}?c=${active.id}`);
    }
    void sendMessage({ text });
    stick();
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
    stick();
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
    <section
      aria-label="Assistant"
      className="flex h-full min-h-0 flex-col rounded-xl border border-line bg-surface shadow-sm max-lg:rounded-none max-lg:border-0 max-lg:shadow-none"
    >
      <header className="flex items-center gap-1 border-b border-line px-3 py-2 max-lg:px-2 max-lg:py-1 max-lg:pt-[max(0.25rem,env(safe-area-inset-top))]">
        <Sparkles className="size-4 shrink-0 text-accent max-lg:ml-1" aria-hidden />
        <h2 className="mr-auto truncate text-sm font-semibold">Assistant</h2>
        <HeaderButton aria-expanded={showList} onClick={() => setShowList((v) => !v)}>
          <History className="size-4" aria-hidden />
          Conversations
        </HeaderButton>
        <HeaderButton aria-label="New conversation" title="Start a new conversation" onClick={() => open(null)}>
          <MessageSquarePlus className="size-4" aria-hidden />
          New
        </HeaderButton>
        {onClose && (
          <HeaderButton aria-label="Close assistant" title="Close (Esc)" onClick={onClose} className="lg:hidden">
            <X className="size-4" aria-hidden />
            Close
          </HeaderButton>
        )}
      </header>

      {showList && (
        // `relative`: the list's screen-reader-only labels stay inside its scroll box.
        <div className="relative min-h-0 flex-1 overflow-y-auto overscroll-contain">
          <ConversationList activeId={active.id} onOpen={switchTo} onDeleted={(id) => id === active.id && open(null)} />
        </div>
      )}
      {/* Kept mounted while the list shows, so it comes back at the latest message. `relative` and
          containment keep the screen-reader-only "You:" labels inside the scroll box: positioned
          against the page, 60 messages of them made it ~4,000 px tall. */}
      <div
        ref={scrollRef}
        hidden={showList}
        role="log"
        aria-label="Messages"
        // Scrollable from the keyboard too.
        tabIndex={0}
        className="relative min-h-0 flex-1 overflow-y-auto overscroll-contain px-3 py-3 [contain:content] focus-visible:-outline-offset-2"
        aria-live="polite"
        aria-busy={busy || switching}
      >
        <div ref={contentRef}>
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
                    <Button size="sm" variant="secondary" className="h-auto min-h-8 py-1.5 text-left max-lg:min-h-11 pointer-coarse:min-h-11" onClick={() => send(s)}>
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
              <Button size="sm" variant="secondary" className="mt-2 max-lg:h-11" onClick={retry}>
                <RotateCcw className="size-3.5" aria-hidden /> Retry
              </Button>
            </div>
          )}
        </div>
      </div>

      <Composer ref={inputRef} busy={busy} onSend={send} onStop={() => void stop()} />
    </section>
  );
}
