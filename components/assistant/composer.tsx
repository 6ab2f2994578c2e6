"use client";

import { ArrowUp, Square } from "lucide-react";
import { forwardRef, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { characterCount, MESSAGE_MAX } from "@/lib/conversations/limits";

interface Props {
  busy: boolean;
  onSend: (text: string) => void;
  onStop: () => void;
}

/** Enter sends, Shift+Enter adds a line; a counter appears near the 4,000-character limit. */
export const Composer = forwardRef<HTMLTextAreaElement, Props>(function Composer({ busy, onSend, onStop }, ref) {
  const [text, setText] = useState("");
  const length = characterCount(text);
  const over = length > MESSAGE_MAX;
  const canSend = !busy && text.trim().length > 0 && !over;

  function send() {
    if (!canSend) return;
    onSend(text.trim());
    setText("");
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
      // In the sheet the bottom edge clears the home indicator (the keyboard, when open, is handled
      // by sizing the sheet to the visual viewport).
      className="border-t border-line p-3 max-lg:px-2 max-lg:pb-[max(0.5rem,env(safe-area-inset-bottom))] max-lg:pt-2"
    >
      <div className="flex items-end gap-2 rounded-xl border border-line-strong bg-surface p-1.5 focus-within:border-accent">
        <label htmlFor="assistant-input" className="sr-only">
          Message the assistant
        </label>
        <textarea
          ref={ref}
          id="assistant-input"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          rows={1}
          placeholder="Ask the assistant…"
          aria-describedby="assistant-input-hint"
          aria-invalid={over || undefined}
          enterKeyHint="send"
          // 16 px text below 1024 px: smaller makes iOS zoom in when the field is focused.
          className="max-h-40 min-h-9 min-w-0 flex-1 resize-none bg-transparent px-2 py-1.5 text-sm placeholder:text-muted focus-visible:outline-none [field-sizing:content] max-lg:min-h-11 max-lg:py-2.5 max-lg:text-base"
        />
        {busy ? (
          <Button size="sm" variant="secondary" className="shrink-0 max-lg:h-11 max-lg:px-3" onClick={onStop}>
            <Square className="size-3.5 fill-current" aria-hidden />
            Stop
          </Button>
        ) : (
          <Button size="icon" type="submit" variant="primary" aria-label="Send" title="Send (Enter)" disabled={!canSend} className="shrink-0 max-lg:size-11">
            <ArrowUp className="size-4" aria-hidden />
          </Button>
        )}
      </div>
      <p id="assistant-input-hint" className="mt-1 flex justify-between gap-2 px-1 text-[11px] text-muted">
        <span className="max-lg:sr-only">Enter to send · Shift+Enter for a new line</span>
        {length > MESSAGE_MAX * 0.8 && (
          <span className={over ? "ml-auto font-medium text-danger" : "ml-auto"} aria-live="polite">
            {length.toLocaleString("en-US")} / {MESSAGE_MAX.toLocaleString("en-US")}
          </span>
        )}
      </p>
    </form>
  );
});
