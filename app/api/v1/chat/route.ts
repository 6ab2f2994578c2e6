// POST /api/v1/chat — one assistant turn for scripts: {conversation_id?, message, timezone?} → JSON.
// Counts against both the API limit and the chat limit.
import { drain } from "@/lib/assistant/chat";
import { startChatTurn } from "@/lib/assistant/chat-request";
import { chatRequestSchema } from "@/lib/assistant/schemas";
import { endpoint } from "@/lib/http/boundary";
import { json } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

export const POST = endpoint(
  "api",
  async ({ request, requestId, userId, db, time, body }) => {
    const input = await body(chatRequestSchema);
    const { stream, outcome } = await startChatTurn({ userId, db, time }, request, {
      conversationId: input.conversation_id ?? crypto.randomUUID(),
      text: input.message,
      timezone: input.timezone,
      requestId,
    });
    await drain(stream);
    const turn = await outcome;
    if (turn.failure) throw turn.failure;
    return json({ conversation_id: turn.conversationId, response: turn.text, tool_calls: turn.toolCalls });
  },
  { alsoCountChat: true },
);
