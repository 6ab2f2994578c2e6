import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { conversations, messages, type ConversationRow, type MessageRow } from "@/db/schema";
import { AppError, parseInput } from "@/lib/errors";
import {
  conversationIdSchema,
  conversationTitleSchema,
  titleFrom,
  UNTITLED_CONVERSATION,
  type Conversation,
  type MessageStatus,
  type StoredMessage,
} from "./schemas";

const toConversation = (row: ConversationRow): Conversation => ({
  id: row.id,
  title: row.title,
  created_at: row.createdAt.toISOString(),
  updated_at: row.updatedAt.toISOString(),
});

const toMessage = (row: MessageRow): StoredMessage => ({
  id: row.id,
  role: row.role,
  content: row.content,
  parts: row.parts as unknown[],
  status: row.status,
  created_at: row.createdAt.toISOString(),
});

export const conversationNotFound = () => new AppError("not_found", "Conversation not found");

export interface NewMessage {
  /** Made by the server (never taken from a client), so ids can't collide across users. */
  id: string;
  role: "user" | "assistant";
  content: string;
  parts: unknown[];
  status?: MessageStatus;
}

/**
 * Conversations and their messages. Every function takes the user id first and filters by it:
 * another user's conversation id is simply not found.
 */
export function conversationService(db: Db) {
  function id(value: unknown): string {
    const result = conversationIdSchema.safeParse(value);
    if (!result.success) throw conversationNotFound();
    return result.data;
  }
  const owned = (userId: string, conversationId: string) =>
    and(eq(conversations.userId, userId), eq(conversations.id, conversationId));

  return {
    async listConversations(userId: string): Promise<Conversation[]> {
      const rows = await db
        .select()
        .from(conversations)
        .where(eq(conversations.userId, userId))
        .orderBy(desc(conversations.updatedAt))
        .limit(500);
      return rows.map(toConversation);
    },

    async getConversation(userId: string, conversationId: unknown): Promise<Conversation> {
      const [row] = await db.select().from(conversations).where(owned(userId, id(conversationId)));
      if (!row) throw conversationNotFound();
      return toConversation(row);
    },

    /** The conversation with this id, created (titled from `firstMessage`) when the id is new. */
    async openConversation(userId: string, conversationId: unknown, firstMessage: string): Promise<Conversation> {
      const cid = id(conversationId);
      const [created] = await db
        .insert(conversations)
        .values({ id: cid, userId, title: titleFrom(firstMessage) })
        // Still untitled (it opened with "hi"): the first message with meaning names it.
        .onConflictDoUpdate({
          target: conversations.id,
          set: { title: sql`excluded.title` },
          setWhere: sql`${conversations.userId} = ${userId} and ${conversations.title} = ${UNTITLED_CONVERSATION} and excluded.title <> ${UNTITLED_CONVERSATION}`,
        })
        .returning();
      if (created) return toConversation(created);
      return this.getConversation(userId, cid);
    },

    async renameConversation(userId: string, conversationId: unknown, title: unknown): Promise<Conversation> {
      const clean = parseInput(conversationTitleSchema, title);
      const [row] = await db
        .update(conversations)
        .set({ title: clean, updatedAt: sql`now()` })
        .where(owned(userId, id(conversationId)))
        .returning();
      if (!row) throw conversationNotFound();
      return toConversation(row);
    },

    async deleteConversation(userId: string, conversationId: unknown): Promise<void> {
      const rows = await db.delete(conversations).where(owned(userId, id(conversationId))).returning({ id: conversations.id });
      if (rows.length === 0) throw conversationNotFound();
    },

    /** Stores a message in a conversation the caller owns and marks the conversation as updated. */
    async appendMessage(userId: string, conversationId: unknown, message: NewMessage): Promise<StoredMessage> {
      const cid = id(conversationId);
      return db.transaction(async (tx) => {
        const touched = await tx
          .update(conversations)
          .set({ updatedAt: sql`now()` })
          .where(owned(userId, cid))
          .returning({ id: conversations.id });
        if (touched.length === 0) throw conversationNotFound();
        const [row] = await tx
          .insert(messages)
          .values({
            id: message.id,
            conversationId: cid,
            userId,
            role: message.role,
            content: message.content,
            parts: message.parts,
            status: message.status ?? "complete",
          })
          .returning();
        return toMessage(row!);
      });
    },

    /** Every message of a conversation, oldest first. */
    async listMessages(userId: string, conversationId: unknown): Promise<StoredMessage[]> {
      const cid = id(conversationId);
      await this.getConversation(userId, cid);
      const rows = await db
        .select()
        .from(messages)
        .where(and(eq(messages.userId, userId), eq(messages.conversationId, cid)))
        .orderBy(asc(messages.seq));
      return rows.map(toMessage);
    },

    /**
     * The last `size` messages, oldest first, starting at a user message. Tool calls and their
     * results live in the same assistant message, so a window never separates them.
     */
    async recentMessages(userId: string, conversationId: unknown, size = 30): Promise<StoredMessage[]> {
      const cid = id(conversationId);
      const rows = await db
        .select()
        .from(messages)
        .where(and(eq(messages.userId, userId), eq(messages.conversationId, cid)))
        .orderBy(desc(messages.seq))
        .limit(size);
      const window = rows.reverse().map(toMessage);
      const firstUser = window.findIndex((m) => m.role === "user");
      return firstUser <= 0 ? window : window.slice(firstUser);
    },
  };
}

export type ConversationService = ReturnType<typeof conversationService>;
