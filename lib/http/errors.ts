import { AppError, toAppError, type ErrorBody } from "@/lib/errors";
import { log } from "@/lib/log";

/** The one error shape of every JSON route. Unknown errors are logged, never shown. */
export function errorResponse(error: unknown, requestId: string, headers: HeadersInit = {}): Response {
  const appError = toAppError(error);
  if (!(error instanceof AppError)) log.error({ request_id: requestId, err: error }, "request failed");
  const body: ErrorBody = {
    error: {
      code: appError.code,
      message: appError.message,
      request_id: requestId,
      ...(appError.fields && { fields: appError.fields }),
    },
  };
  const extra = new Headers(headers);
  if (appError.retryAfterSeconds) extra.set("Retry-After", String(appError.retryAfterSeconds));
  extra.set("Cache-Control", "no-store");
  return Response.json(body, { status: appError.status, headers: extra });
}
