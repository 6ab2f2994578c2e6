// POST /api/v1/chat — one assistant turn for scripts: {conversation_id?, message, timezone?} → JSON.
import { z } from "zod";
import { getDb } from "@/db";
import { drain, startTurn } from "@/lib/assistant/chat";
import { enforceChatLimit } from "@/lib/assistant/chat-limits";
import { chooseModel } from "@/lib/assistant/models";
import { currentUser } from "@/lib/auth";
import { conversationIdSchema, messageTextSchema } from "@/lib/conversations/schemas";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/errors";
import { assertSameOrigin, readJson, timezoneSchema } from "@/lib/http/request";

export const dynamic = "force-dynamic";

const bodySchema = z.strictObject({
  conversation_id: conversationIdSchema.optional(),
  message: messageTextSchema,
  timezone: timezoneSchema.optional(),
});

export async function POST(request: Request): Promise<Response> {
  const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
  try {
    assertSameOrigin(request);
    const user = await currentUser(request.headers);
    if (!user) throw new AppError("unauthorized", "Sign in, or send an API key, to use the API");
    const body = await readJson(request, bodySchema);
    const db = await getDb();
    await enforceChatLimit(db, user.id);

    const { stream, outcome } = await startTurn({
      db,
      userId: user.id,
      conversationId: body.conversation_id ?? crypto.randomUUID(),
      text: body.message,
      timezone: body.timezone ?? "UTC",
      model: chooseModel(env()).model,
      requestId,
      abortSignal: request.signal,
    });
    await drain(stream);
    const turn = await outcome;
    if (turn.failure) throw turn.failure;
    return Response.json(
      { conversation_id: turn.conversationId, response: turn.text, tool_calls: turn.toolCalls },
      { headers: { "x-request-id": requestId, "Cache-Control": "no-store" } },
    );
  } catch (error) {
    return errorResponse(error, requestId);
  }
}
