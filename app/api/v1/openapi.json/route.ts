// GET /api/v1/openapi.json — the API's OpenAPI 3.1 document (public: it describes, it holds no data).
import { openApiDocument } from "@/lib/api/openapi";
import { appOrigin } from "@/lib/http/request";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  return Response.json(openApiDocument(appOrigin(request)), { headers: { "Cache-Control": "public, max-age=300" } });
}
