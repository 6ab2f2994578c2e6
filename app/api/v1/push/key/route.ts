// GET /api/v1/push/key — the public key browsers subscribe to Docket's push messages with (null: push is off).
import { env } from "@/lib/env";
import { publicEndpoint } from "@/lib/http/boundary";
import { json } from "@/lib/http/responses";
import { vapidKeys } from "@/lib/reminders/vapid";

export const dynamic = "force-dynamic";

export const GET = publicEndpoint(async () => json({ public_key: vapidKeys(env())?.publicKey ?? null }));
