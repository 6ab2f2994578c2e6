import { randomUUID } from "node:crypto";
import { convertToModelMessages, stepCountIs, streamText, type LanguageModel, type UIMessage, type UIMessageChunk } from "ai";
import type { Db } from "@/db/client";
import { conversationService } from "@/lib/conversations/service";
import type { StoredMessage } from "@/lib/conversations/schemas";
import type { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { loadTimeProfile, type TimeContext } from "@/lib/tasks/time-context";
import { describeModelFailure, isToolCallError } from "./failures";
import { fitToBudget, HISTORY_WINDOW } from "./history";
import { systemPrompt } from "./system-prompt";
import { textOf, toolCallsOf, type ToolCallRecord } from "./tool-calls";
import { taskTools } from "./tools";

export const MAX_STEPS = 8;

export interface TurnRequest {
  db: Db;
  userId: string;
  conversationId: string;
  text: string;
  /** The zone this turn's words ("today", "tomorrow") are read in; default the profile zone. */
  timezone?: string;
  /** The user's profile zone and locale, when the caller knows them; read from the database otherwise. */
  profile?: { timezone: string; locale: string };
  model: LanguageModel;
  requestId?: string;
  /** Aborts the model call (Stop, a closed tab); what was produced is stored as `stopped`. */
  abortSignal?: AbortSignal;
  /** Model time limits; tests shorten them. */
  timeouts?: { stepMs: number; totalMs: number };
}

export interface TurnOutcome {
  conversationId: string;
  message: StoredMessage;
  text: string;
  toolCalls: ToolCallRecord[];
  failure?: AppError;
}

/**
 * One assistant turn: stores the user's message first, runs the model with the tools over the
 * recent history, and stores the reply with its tool calls however the turn ends. Nothing is kept
 * in memory between turns: the database is the conversation.
 */
export async function startTurn(req: TurnRequest): Promise<{ stream: ReadableStream<UIMessageChunk>; outcome: Promise<TurnOutcome> }> {
  const { db, userId, conversationId, text } = req;
  const conversations = conversationService(db);
  await conversations.openConversation(userId, conversationId, text);
  await conversations.appendMessage(userId, conversationId, {
    id: randomUUID(),
    role: "user",
    content: text,
    parts: [{ type: "text", text }],
  });

  const history = await conversations.recentMessages(userId, conversationId, HISTORY_WINDOW);
  const uiMessages = history.map((m) => ({ id: m.id, role: m.role, parts: m.parts })) as UIMessage[];
  const profile = req.profile ?? (await loadTimeProfile(db, userId));
  const time: TimeContext = { ...profile, now: new Date(), wordsTimezone: req.timezone ?? profile.timezone };
  const tools = taskTools({ userId, db, conversationId, requestId: req.requestId, time });
  const turnLog = log.child({ request_id: req.requestId, user_id: userId, conversation_id: conversationId });
  const started = Date.now();

  let failure: unknown;
  const result = streamText({
    model: req.model,
    system: systemPrompt({ timezone: time.wordsTimezone!, now: time.now }),
    messages: await convertToModelMessages(uiMessages, { tools, ignoreIncompleteToolCalls: true }),
    tools,
    // Calls of one step run in the order the model made them: "add milk, eggs and bread" numbers
    // them #1, #2, #3 on every database, and two calls on one task never race.
    toolCallConcurrency: 1,
    // The offline model reads the caller's zone ("what's due today?") and locale (3/12) from here.
    providerOptions: { docket: { timezone: time.wordsTimezone!, locale: time.locale } },
    stopWhen: stepCountIs(MAX_STEPS),
    // Every step, history and this turn's own tool results alike, stays within the size budget.
    prepareStep: ({ messages }) => ({ messages: fitToBudget(messages) }),
    timeout: req.timeouts ?? { stepMs: 30_000, totalMs: 90_000 },
    maxRetries: 1,
    abortSignal: req.abortSignal,
    onError: ({ error }) => {
      if (!isToolCallError(error)) failure ??= error;
    },
  });

  let settle!: (outcome: TurnOutcome) => void;
  let fail!: (error: unknown) => void;
  const outcome = new Promise<TurnOutcome>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });

  const stream = result.toUIMessageStream({
    originalMessages: uiMessages,
    generateMessageId: randomUUID,
    onError: (error) => {
      if (isToolCallError(error)) return `The tool could not run: ${(error as Error).message}`;
      failure ??= error;
      return describeModelFailure(error).message;
    },
    onFinish: async ({ responseMessage, isAborted }) => {
      try {
        // Aborted without the user asking means a time limit ran out.
        const stopped = req.abortSignal?.aborted === true;
        const timedOut = isAborted && !stopped && !failure;
        const appError = timedOut
          ? describeModelFailure({ name: "TimeoutError" })
          : !stopped && failure
            ? describeModelFailure(failure)
            : undefined;
        const parts: unknown[] = [...responseMessage.parts];
        if (appError) parts.push({ type: "text", text: appError.message });
        const reply = textOf(parts);
        const message = await conversations.appendMessage(userId, conversationId, {
          id: responseMessage.id || randomUUID(),
          role: "assistant",
          content: reply,
          parts,
          status: appError ? "error" : stopped ? "stopped" : "complete",
        });
        if (failure && !stopped) turnLog.warn({ err: failure, latency_ms: Date.now() - started }, "model call failed");
        else turnLog.info({ latency_ms: Date.now() - started, status: message.status }, "assistant turn");
        settle({ conversationId, message, text: reply, toolCalls: toolCallsOf(parts), failure: appError });
      } catch (error) {
        turnLog.error({ err: error }, "could not store the assistant's reply");
        fail(error);
      }
    },
  });

  return { stream, outcome };
}

/** Reads a stream to its end; the turn stores itself when the stream finishes. */
export async function drain(stream: ReadableStream<unknown>): Promise<void> {
  const reader = stream.getReader();
  while (!(await reader.read()).done) {
    // nothing to do with the chunks here
  }
}
