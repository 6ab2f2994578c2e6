// POST /api/v1/chat — one assistant turn for scripts: {conversation_id?, message, timezone?} → JSON.
// Counts against both the API limit (the wrapper) and the chat limit (the turn).
import { z } from "zod";
import { apiHandler, json } from "@/lib/api/handler";
import { drain } from "@/lib/assistant/chat";
import { startChatTurn } from "@/lib/assistant/chat-request";
import { conversationIdSchema, messageTextSchema } from "@/lib/conversations/schemas";
import { readJson, timezoneSchema } from "@/lib/http/request";

export const dynamic = "force-dynamic";

const bodySchema = z.strictObject({
  conversation_id: conversationIdSchema.optional(),
  message: messageTextSchema,
  timezone: timezoneSchema.optional(),
});

export const POST = apiHandler(async ({ request, requestId, userId, db }) => {
  const body = await readJson(request, bodySchema);
  const { stream, outcome } = await startChatTurn({ userId, db }, request, {
    conversationId: body.conversation_id ?? crypto.randomUUID(),
    text: body.message,
    timezone: body.timezone,
    requestId,
  });
  await drain(stream);
  const turn = await outcome;
  if (turn.failure) throw turn.failure;
  return json({ conversation_id: turn.conversationId, response: turn.text, tool_calls: turn.toolCalls });
});
