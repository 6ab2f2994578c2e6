"use client";

import type { UIMessage } from "ai";
import { RichText } from "./rich-text";
import { ToolLine } from "./tool-line";

export type ChatMessage = UIMessage<{ status?: "complete" | "stopped" | "error" }>;

export function MessageView({ message }: { message: ChatMessage }) {
  if (message.role === "user") {
    const text = message.parts.map((p) => (p.type === "text" ? p.text : "")).join("");
    return (
      <div className="ml-8 self-end whitespace-pre-wrap break-words rounded-2xl rounded-br-sm bg-accent px-3 py-2 text-sm text-accent-ink">
        <span className="sr-only">You: </span>
        {text}
      </div>
    );
  }
  const status = message.metadata?.status;
  return (
    <div className="mr-6 space-y-1 text-sm">
      <span className="sr-only">Assistant: </span>
      {message.parts.map((part, i) => {
        if (part.type === "text") {
          return (
            <div key={i} className="break-words leading-relaxed">
              <RichText text={part.text} />
            </div>
          );
        }
        if (part.type.startsWith("tool-")) return <ToolLine key={i} part={part as never} />;
        return null;
      })}
      {status === "stopped" && <p className="text-xs italic text-muted">Stopped</p>}
    </div>
  );
}
