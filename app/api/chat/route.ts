// POST /api/chat — the browser's assistant stream (AI SDK UI message stream).
import { createUIMessageStreamResponse } from "ai";
import { drain } from "@/lib/assistant/chat";
import { startChatTurn } from "@/lib/assistant/chat-request";
import { chatStreamRequestSchema } from "@/lib/assistant/schemas";
import { messageTextSchema } from "@/lib/conversations/schemas";
import { parseInput } from "@/lib/errors";
import { endpoint } from "@/lib/http/boundary";

export const dynamic = "force-dynamic";

export const POST = endpoint("chat", async ({ request, requestId, userId, db, time, body }) => {
  const { id, message, timezone } = await body(chatStreamRequestSchema);
  const text = parseInput(messageTextSchema, message.parts.map((p) => (p.type === "text" ? (p.text ?? "") : "")).join(""));
  const { stream } = await startChatTurn({ userId, db, time }, request, { conversationId: id, text, timezone, requestId });
  // The reply is stored when the stream ends, so it must be read to the end even if the
  // browser goes away: one copy for the browser, one drained here.
  const [forBrowser, forStore] = stream.tee();
  void drain(forStore).catch(() => {});
  return createUIMessageStreamResponse({ stream: forBrowser });
});
