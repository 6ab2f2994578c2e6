// GET /api/health — liveness and database reachability, for load balancers and uptime checks.
import { getDb } from "@/db";
import { checkHealth } from "@/lib/health";
import { publicEndpoint } from "@/lib/http/boundary";

export const dynamic = "force-dynamic";

export const GET = publicEndpoint(async ({ log }) => {
  const health = await getDb()
    .then((db) => checkHealth(db))
    .catch((error: unknown) => {
      log.error({ err: error }, "database could not be opened");
      return { status: "error", database: "down" } as const;
    });
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
});
