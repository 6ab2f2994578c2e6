import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/** The app's own origin: BETTER_AUTH_URL's when set, otherwise the one this request came to. */
export function appOrigin(request: Request): string {
  const configured = env().BETTER_AUTH_URL;
  return configured ? new URL(configured).origin : new URL(request.url).origin;
}

/** A browser request from another site carries its Origin; scripts and same-site pages don't differ. */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (origin && origin !== appOrigin(request)) {
    throw new AppError("forbidden_origin", "Requests from another site are not allowed");
  }
}

/** MCP: no Origin (a desktop client), the app's own, or one listed in MCP_ALLOWED_ORIGINS. */
export function assertMcpOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (origin && origin !== appOrigin(request) && !env().MCP_ALLOWED_ORIGINS.includes(origin)) {
    throw new AppError("forbidden_origin", "This origin may not use Docket's MCP server; add it to MCP_ALLOWED_ORIGINS");
  }
}
