// GET /api/v1/conversations — the caller's conversations, most recently updated first.
import { endpoint } from "@/lib/http/boundary";
import { json } from "@/lib/http/responses";
import { conversationService } from "@/lib/conversations/service";

export const dynamic = "force-dynamic";

export const GET = endpoint("api", async ({ userId, db }) => json({ conversations: await conversationService(db).listConversations(userId) }));
