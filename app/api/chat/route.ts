// POST /api/chat — the browser's assistant stream (AI SDK UI message stream).
import { createUIMessageStreamResponse } from "ai";
import { z } from "zod";
import { drain } from "@/lib/assistant/chat";
import { chatCaller, startChatTurn } from "@/lib/assistant/chat-request";
import { conversationIdSchema, messageTextSchema } from "@/lib/conversations/schemas";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/errors";
import { readJson, timezoneSchema } from "@/lib/http/request";

export const dynamic = "force-dynamic";

const bodySchema = z.object({
  id: conversationIdSchema,
  message: z
    .object({
      role: z.literal("user", { error: "Only user messages can be sent" }),
      parts: z.array(z.object({ type: z.string(), text: z.string().optional() }).loose()).min(1, "The message has no text"),
    })
    .loose(),
  timezone: timezoneSchema.optional(),
});

export async function POST(request: Request): Promise<Response> {
  const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
  try {
    const caller = await chatCaller(request, "Sign in to talk to the assistant");
    const body = await readJson(request, bodySchema);
    const text = messageTextSchema.safeParse(body.message.parts.map((p) => (p.type === "text" ? (p.text ?? "") : "")).join(""));
    if (!text.success) {
      const message = text.error.issues[0]!.message;
      throw new AppError("invalid_input", message, { message });
    }
    const { stream } = await startChatTurn(caller, request, {
      conversationId: body.id,
      text: text.data,
      timezone: body.timezone,
      requestId,
    });
    // The reply is stored when the stream ends, so it must be read to the end even if the
    // browser goes away: one copy for the browser, one drained here.
    const [forBrowser, forStore] = stream.tee();
    void drain(forStore).catch(() => {});
    return createUIMessageStreamResponse({ stream: forBrowser, headers: { "x-request-id": requestId } });
  } catch (error) {
    return errorResponse(error, requestId);
  }
}
