// POST /api/v1/calendar/token — create (or rotate) the private feed URL; DELETE — revoke it.
import { calendarFeedService, feedUrl } from "@/lib/calendar/feed";
import { endpoint } from "@/lib/http/boundary";
import { appOrigin } from "@/lib/http/origin";
import { json, noContent } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

export const POST = endpoint("api", async ({ request, userId, db }) => {
  const token = await calendarFeedService(db).rotate(userId);
  return json({ token, url: feedUrl(appOrigin(request), token) }, 201);
});

export const DELETE = endpoint("api", async ({ userId, db }) => {
  await calendarFeedService(db).revoke(userId);
  return noContent();
});
