"use client";

import { ArrowUp, Square } from "lucide-react";
import { forwardRef, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { characterCount, MESSAGE_MAX } from "@/lib/conversations/schemas";

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
      className="border-t border-line p-3"
    >
      <div className="flex items-end gap-2 rounded-xl border border-line bg-canvas p-1.5 focus-within:border-accent">
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
          className="max-h-40 min-h-9 flex-1 resize-none bg-transparent px-2 py-1.5 text-sm placeholder:text-muted focus-visible:outline-none [field-sizing:content]"
        />
        {busy ? (
          <Button size="icon" variant="secondary" aria-label="Stop" title="Stop" onClick={onStop}>
            <Square className="size-3.5 fill-current" aria-hidden />
          </Button>
        ) : (
          <Button size="icon" type="submit" variant="primary" aria-label="Send" title="Send (Enter)" disabled={!canSend}>
            <ArrowUp className="size-4" aria-hidden />
          </Button>
        )}
      </div>
      <p id="assistant-input-hint" className="mt-1 flex justify-between px-1 text-[11px] text-muted">
        <span>Enter to send · Shift+Enter for a new line</span>
        {length > MESSAGE_MAX * 0.8 && (
          <span className={over ? "font-medium text-danger" : undefined} aria-live="polite">
            {length.toLocaleString("en-US")} / {MESSAGE_MAX.toLocaleString("en-US")}
          </span>
        )}
      </p>
    </form>
  );
});
