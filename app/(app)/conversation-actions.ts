"use server";

import { z } from "zod";
import { authedAction } from "@/lib/http/action";
import { conversationIdSchema, conversationTitleSchema } from "@/lib/conversations/schemas";
import { conversationService } from "@/lib/conversations/service";

const byId = z.strictObject({ id: conversationIdSchema });

export const listConversationsAction = authedAction("listConversations", z.strictObject({}), ({ userId, db }) =>
  conversationService(db).listConversations(userId),
);

export const loadConversationAction = authedAction("loadConversation", byId, async ({ userId, db }, { id }) => {
  const service = conversationService(db);
  const [conversation, messages] = await Promise.all([service.getConversation(userId, id), service.listMessages(userId, id)]);
  return { conversation, messages };
});

export const renameConversationAction = authedAction(
  "renameConversation",
  z.strictObject({ id: conversationIdSchema, title: conversationTitleSchema }),
  ({ userId, db }, { id, title }) => conversationService(db).renameConversation(userId, id, title),
);

export const deleteConversationAction = authedAction("deleteConversation", byId, ({ userId, db }, { id }) =>
  conversationService(db).deleteConversation(userId, id),
);
