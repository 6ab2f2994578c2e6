import { z } from "zod";
import { conversationIdSchema, messageTextSchema, toolCallSchema } from "@/lib/conversations/schemas";
import { timezoneSchema } from "@/lib/users/schemas";

/** POST /api/v1/chat: one turn for scripts. */
export const chatRequestSchema = z.strictObject({
  conversation_id: conversationIdSchema.optional().describe("Continue this conversation; a new one starts without it"),
  message: messageTextSchema,
  timezone: timezoneSchema.optional().describe("IANA time zone for words like “today” in this turn; default: the user's profile zone"),
});

/** POST /api/chat: the browser's turn, an AI SDK UI message with only the new message in it. */
export const chatStreamRequestSchema = z.object({
  id: conversationIdSchema,
  message: z
    .object({
      role: z.literal("user", { error: "Only user messages can be sent" }),
      parts: z.array(z.object({ type: z.string(), text: z.string().optional() }).loose()).min(1, "The message has no text"),
    })
    .loose(),
  timezone: timezoneSchema.optional(),
});

export type ChatRequest = z.output<typeof chatRequestSchema>;

/** The answer of POST /api/v1/chat. */
export const chatResponseSchema = z.object({ conversation_id: z.uuid(), response: z.string(), tool_calls: z.array(toolCallSchema) });
