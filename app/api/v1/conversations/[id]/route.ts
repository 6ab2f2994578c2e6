// GET, PATCH {title}, DELETE /api/v1/conversations/{id}.
import { endpoint } from "@/lib/http/boundary";
import { json, noContent } from "@/lib/http/responses";
import { toolCallsOf } from "@/lib/assistant/tool-calls";
import { conversationPatchSchema } from "@/lib/conversations/schemas";
import { conversationService } from "@/lib/conversations/service";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = endpoint<Params>("api", async ({ userId, db, params }) => {
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

export const PATCH = endpoint<Params>("api", async ({ userId, db, params, body }) => {
  const { title } = await body(conversationPatchSchema);
  return json(await conversationService(db).renameConversation(userId, params.id, title));
});

export const DELETE = endpoint<Params>("api", async ({ userId, db, params }) => {
  await conversationService(db).deleteConversation(userId, params.id);
  return noContent();
});
