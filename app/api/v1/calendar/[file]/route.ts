// GET /api/v1/calendar/{token}.ics — a user's tasks as an iCalendar feed; the token is the credential.
import { getDb } from "@/db";
import { calendarFeedService } from "@/lib/calendar/feed";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { publicEndpoint } from "@/lib/http/boundary";
import { appOrigin } from "@/lib/http/origin";
import { limitRules, rateLimiter } from "@/lib/rate-limit";

export const dynamic = "force-dynamic";

const notFound = () => new AppError("not_found", "This calendar feed doesn't exist or was revoked. Create a new one in Docket's Settings.");

export const GET = publicEndpoint<{ file: string }>(async ({ request, params }) => {
  if (!params.file.endsWith(".ics")) throw notFound();
  const db = await getDb();
  const feeds = calendarFeedService(db);
  const owner = await feeds.ownerOf(params.file.slice(0, -".ics".length));
  if (!owner) throw notFound();
  await rateLimiter(db).enforce(limitRules(env()).calendarFeed(owner.tokenHash.slice(0, 22)), "This calendar feed is being fetched too often.");
  return new Response(await feeds.calendar(owner.userId, appOrigin(request)), {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": 'inline; filename="docket.ics"', "Cache-Control": "private, no-store" },
  });
});
