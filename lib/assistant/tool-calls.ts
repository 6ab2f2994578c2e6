import type { ToolCallRecord } from "@/lib/conversations/schemas";

export type { ToolCallRecord };

interface ToolPart {
  type: string;
  input?: unknown;
  output?: unknown;
  errorText?: string;
}

/** The tool calls in a stored assistant message's parts (`tool-<name>` parts of the AI SDK). */
export function toolCallsOf(parts: unknown[]): ToolCallRecord[] {
  return (parts as ToolPart[])
    .filter((p) => typeof p?.type === "string" && p.type.startsWith("tool-"))
    .map((p) => ({
      tool: p.type.slice("tool-".length),
      arguments: (p.input ?? {}) as Record<string, unknown>,
      result: p.output ?? { error: "tool_failed", message: p.errorText ?? "The tool did not finish" },
    }));
}

export function textOf(parts: unknown[]): string {
  return (parts as { type?: string; text?: string }[])
    .filter((p) => p?.type === "text" && typeof p.text === "string")
    .map((p) => p.text)
    .join("\n\n")
    .trim();
}
