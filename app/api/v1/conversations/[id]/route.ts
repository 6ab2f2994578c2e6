// GET, PATCH {title}, DELETE /api/v1/conversations/{id}.
import { z } from "zod";
import { apiHandler, json, noContent } from "@/lib/api/handler";
import { toolCallsOf } from "@/lib/assistant/tool-calls";
import { conversationTitleSchema } from "@/lib/conversations/schemas";
import { conversationService } from "@/lib/conversations/service";
import { readJson } from "@/lib/http/request";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = apiHandler<Params>(async ({ userId, db, params }) => {
  const service = conversationService(db);
  const conversation = await service.getConversation(userId, params.id);
  const messages = await service.listMessages(userId, params.id);
  return json({
    ...conversation,
    messages: messages.map((m) => ({
      id: m.id,
      role: m.role,
      content: m.content,
      tool_calls: toolCallsOf(m.parts),
      status: m.status,
      created_at: m.created_at,
    })),
  });
});

export const PATCH = apiHandler<Params>(async ({ request, userId, db, params }) => {
  const { title } = await readJson(request, z.strictObject({ title: conversationTitleSchema }));
  return json(await conversationService(db).renameConversation(userId, params.id, title));
});

export const DELETE = apiHandler<Params>(async ({ userId, db, params }) => {
  await conversationService(db).deleteConversation(userId, params.id);
  return noContent();
});
