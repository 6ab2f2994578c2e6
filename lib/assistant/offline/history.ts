import type { LanguageModelV4Prompt } from "@ai-sdk/provider";
import type { AnyToolName } from "../tools/names";
import type { ToolStep } from "./steps";

/**
 * The conversation as the model is given it, read back into turns: each user message with the
 * tool calls made after it, grouped by step (one assistant message per step), and the reply.
 * This is the offline assistant's only memory.
 */
export interface Turn {
  text: string;
  rounds: ToolStep[][];
  reply: string;
}

function outputValue(output: unknown): unknown {
  const o = output as { type?: string; value?: unknown } | undefined;
  if (!o || typeof o !== "object") return output;
  if (o.type === "json" || o.type === "error-json") return o.value;
  if (o.type === "execution-denied") return { error: "unavailable", message: "The tool call was not allowed" };
  if (o.type === "error-text") return { error: "invalid_input", message: String(o.value) };
  if (typeof o.value === "string") {
    try {
      return JSON.parse(o.value);
    } catch {
      return { error: "unavailable", message: o.value };
    }
  }
  return o.value;
}

function parseInput(input: unknown): Record<string, unknown> {
  if (typeof input !== "string") return (input ?? {}) as Record<string, unknown>;
  try {
    return JSON.parse(input) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export function turnsOf(prompt: LanguageModelV4Prompt): Turn[] {
  const results = new Map<string, unknown>();
  for (const m of prompt) {
    if (m.role !== "tool" && m.role !== "assistant") continue;
    for (const part of m.content) if (part.type === "tool-result") results.set(part.toolCallId, outputValue(part.output));
  }
  const turns: Turn[] = [];
  for (const m of prompt) {
    if (m.role === "user") {
      turns.push({ text: m.content.map((p) => (p.type === "text" ? p.text : "")).join(" "), rounds: [], reply: "" });
      continue;
    }
    const turn = turns.at(-1);
    if (m.role !== "assistant" || !turn) continue;
    const round: ToolStep[] = [];
    for (const part of m.content) {
      if (part.type === "text") turn.reply += (turn.reply ? "\n\n" : "") + part.text;
      if (part.type === "tool-call") {
        round.push({ toolName: part.toolName as AnyToolName, input: parseInput(part.input), output: results.get(part.toolCallId) });
      }
    }
    if (round.length > 0) turn.rounds.push(round);
  }
  return turns;
}
