import { z } from "zod";

export const conversationIdSchema = z.uuid({ error: "Conversation id must be a UUID" });

export const conversationTitleSchema = z
  .string({ error: "Title must be text" })
  .trim()
  .min(1, "Title can't be empty")
  .max(200, "Title must be 200 characters or fewer");

export const MESSAGE_MAX = 4000;
export const messageTextSchema = z
  .string({ error: "Message must be text" })
  .trim()
  .min(1, "Message can't be empty")
  .max(MESSAGE_MAX, `Message must be ${MESSAGE_MAX.toLocaleString("en-US")} characters or fewer`);

export interface Conversation {
  id: string;
  title: string;
  created_at: string;
  updated_at: string;
}

export type MessageStatus = "complete" | "stopped" | "error";

export interface StoredMessage {
  id: string;
  role: "user" | "assistant";
  content: string;
  /** AI SDK UI message parts: text, tool calls with their inputs and outputs. */
  parts: unknown[];
  status: MessageStatus;
  created_at: string;
}

/** A conversation's title from its first message: about 50 characters, cut at a word. */
export function titleFrom(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= 50) return flat || "New conversation";
  const cut = flat.slice(0, 50);
  const space = cut.lastIndexOf(" ");
  return `${(space > 30 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
