// GET /api/v1/conversations — the caller's conversations, most recently updated first.
import { apiHandler, json } from "@/lib/api/handler";
import { conversationService } from "@/lib/conversations/service";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async ({ userId, db }) => json({ conversations: await conversationService(db).listConversations(userId) }));
