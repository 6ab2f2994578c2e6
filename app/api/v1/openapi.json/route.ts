// GET /api/v1/openapi.json — the API's OpenAPI 3.1 document (public: it describes, it holds no data).
import { openApiDocument } from "@/lib/api/openapi";
import { publicEndpoint } from "@/lib/http/boundary";
import { appOrigin } from "@/lib/http/origin";

export const dynamic = "force-dynamic";

export const GET = publicEndpoint(async ({ request }) =>
  Response.json(openApiDocument(appOrigin(request)), { headers: { "Cache-Control": "public, max-age=300" } }),
);
