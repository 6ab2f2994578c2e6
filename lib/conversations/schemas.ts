import { z } from "zod";
import { characterCount, MESSAGE_MAX } from "./limits";

export { characterCount, MESSAGE_MAX } from "./limits";

export const conversationIdSchema = z.uuid({ error: "Conversation id must be a UUID" });

export const conversationTitleSchema = z
  .string({ error: "Title must be text" })
  .trim()
  .min(1, "Title can't be empty")
  .max(200, "Title must be 200 characters or fewer");

export const messageTextSchema = z
  .string({ error: "Message must be text" })
  .trim()
  .min(1, "Message can't be empty")
  .refine((text) => characterCount(text) <= MESSAGE_MAX, `Message must be ${MESSAGE_MAX.toLocaleString("en-US")} characters or fewer`);

export const conversationSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  created_at: z.iso.datetime(),
  updated_at: z.iso.datetime(),
});
export type Conversation = z.infer<typeof conversationSchema>;

export const conversationPatchSchema = z.strictObject({ title: conversationTitleSchema });

/** How a stored reply ended: whole, stopped by the person, or cut short by a failure. */
export const MESSAGE_STATUSES = ["complete", "stopped", "error"] as const;
export const messageStatusSchema = z.enum(MESSAGE_STATUSES);
export type MessageStatus = z.infer<typeof messageStatusSchema>;

/** A tool call as the JSON API reports it. */
export const toolCallSchema = z.object({ tool: z.string(), arguments: z.record(z.string(), z.unknown()), result: z.unknown() });
export type ToolCallRecord = z.infer<typeof toolCallSchema>;

/** A message as the JSON API shows it. */
export const apiMessageSchema = z.object({
  id: z.string(),
  role: z.enum(["user", "assistant"]),
  content: z.string(),
  tool_calls: z.array(toolCallSchema),
  status: messageStatusSchema,
  created_at: z.iso.datetime(),
});

export const conversationWithMessagesSchema = conversationSchema.extend({ messages: z.array(apiMessageSchema) });

export interface StoredMessage {
  id: string;
  role: "user" | "assistant";
  content: string;
  /** AI SDK UI message parts: text, tool calls with their inputs and outputs. */
  parts: unknown[];
  status: MessageStatus;
  created_at: string;
}

export const UNTITLED_CONVERSATION = "New conversation";

// Greetings, thanks and one-word replies say nothing a title could use.
const CONTENTLESS = /^(?:(?:hi|hello|hey|hiya|yo|howdy|good (?:morning|afternoon|evening)|thanks?|thank you|thx|ty|ok(?:ay)?|cool|great|nice|yes|yeah|yep|no|nope|sure|help|test(?:ing)?|\?+)(?: there| you| so much| again| docket)?[\s!.,?]*)+$/i;

/**
 * A conversation's title from the first message that carries meaning ("hi" does not): about 50
 * characters, cut at a word. Untitled until such a message comes.
 */
export function titleFrom(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (!flat || CONTENTLESS.test(flat)) return UNTITLED_CONVERSATION;
  if (flat.length <= 50) return flat;
  const cut = flat.slice(0, 50);
  const space = cut.lastIndexOf(" ");
  return `${(space > 30 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
