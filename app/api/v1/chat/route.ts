// POST /api/v1/chat — one assistant turn for scripts: {conversation_id?, message, timezone?} → JSON.
import { z } from "zod";
import { drain } from "@/lib/assistant/chat";
import { chatCaller, startChatTurn } from "@/lib/assistant/chat-request";
import { conversationIdSchema, messageTextSchema } from "@/lib/conversations/schemas";
import { errorResponse } from "@/lib/http/errors";
import { readJson, timezoneSchema } from "@/lib/http/request";

export const dynamic = "force-dynamic";

const bodySchema = z.strictObject({
  conversation_id: conversationIdSchema.optional(),
  message: messageTextSchema,
  timezone: timezoneSchema.optional(),
});

export async function POST(request: Request): Promise<Response> {
  const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
  try {
    const caller = await chatCaller(request, "Sign in, or send an API key, to use the API");
    const body = await readJson(request, bodySchema);
    const { stream, outcome } = await startChatTurn(caller, request, {
      conversationId: body.conversation_id ?? crypto.randomUUID(),
      text: body.message,
      timezone: body.timezone,
      requestId,
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
