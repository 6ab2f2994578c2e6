import type { z } from "zod";
import type { Db } from "@/db/client";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import type { TimeContext } from "@/lib/tasks/time-context";

/** What every tool is built with; the user comes from the session or API key, never the model. */
export interface ToolContext {
  userId: string;
  db: Db;
  /** The user's profile zone and locale, now, and the zone this request's words are read in. */
  time: TimeContext;
  conversationId?: string;
  requestId?: string;
}

export interface ToolError {
  /** task_not_found: no such task; list_not_found: no list of that name; conflict: a name already used. */
  error: "task_not_found" | "list_not_found" | "conflict" | "invalid_input" | "unavailable";
  message: string;
}

/** Thrown inside a tool body to answer with this error value (runTool returns it). */
export class ToolFailure extends Error {
  constructor(readonly outcome: ToolError) {
    super(outcome.message);
  }
}

export type ToolOutcome<T> = T | ToolError;

export const isToolError = (value: unknown): value is ToolError =>
  typeof value === "object" && value !== null && "error" in value && typeof (value as ToolError).error === "string";

/**
 * Runs a tool body with the same logging and error handling everywhere: failures become values
 * the model can explain (never exceptions), and each call is logged with its latency.
 */
export async function runTool<T>(ctx: ToolContext, toolName: string, body: () => Promise<T>): Promise<ToolOutcome<T>> {
  const started = Date.now();
  const toolLog = log.child({
    request_id: ctx.requestId,
    user_id: ctx.userId,
    conversation_id: ctx.conversationId,
    tool_name: toolName,
  });
  try {
    const result = await body();
    toolLog.info({ latency_ms: Date.now() - started, outcome: "ok" }, "tool call");
    return result;
  } catch (error) {
    const latency_ms = Date.now() - started;
    if (error instanceof ToolFailure) {
      toolLog.info({ latency_ms, outcome: error.outcome.error }, "tool call");
      return error.outcome;
    }
    if (error instanceof AppError && error.code === "conflict") {
      toolLog.info({ latency_ms, outcome: "conflict" }, "tool call");
      return { error: "conflict", message: error.message };
    }
    if (error instanceof AppError && error.code === "not_found") {
      toolLog.info({ latency_ms, outcome: "task_not_found" }, "tool call");
      return { error: "task_not_found", message: error.message };
    }
    if (error instanceof AppError && error.code === "invalid_input") {
      toolLog.info({ latency_ms, outcome: "invalid_input" }, "tool call");
      return { error: "invalid_input", message: error.message };
    }
    toolLog.error({ latency_ms, err: error }, "tool call failed");
    return { error: "unavailable", message: "The task list could not be reached. Try again in a moment." };
  }
}

/** One tool, framework-free: the chat (AI SDK), the JSON API and MCP all adapt this same object. */
export interface TaskTool<S extends z.ZodObject = z.ZodObject> {
  name: string;
  description: string;
  inputSchema: S;
  execute(input: z.output<S>): Promise<unknown>;
}

export const defineTool = <S extends z.ZodObject>(definition: TaskTool<S>): TaskTool<S> => definition;
