import { z } from "zod";
import { env } from "@/lib/env";
import { AppError, parseInput } from "@/lib/errors";

export const BODY_LIMIT_BYTES = 64 * 1024;

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

/** Reads a JSON body of at most 64 KB and parses it with `schema`; bad input changes nothing. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > BODY_LIMIT_BYTES) throw new AppError("payload_too_large", "The request body is larger than 64 KB");
  const raw = await request.text();
  if (Buffer.byteLength(raw) > BODY_LIMIT_BYTES) throw new AppError("payload_too_large", "The request body is larger than 64 KB");
  if (!raw.trim()) throw new AppError("invalid_input", "The request body is empty: send a JSON object");
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new AppError("invalid_input", "The request body is not valid JSON");
  }
  return parseInput(schema, body);
}

/** An IANA timezone such as "Europe/Paris"; unknown names are refused, absent means UTC. */
export const timezoneSchema = z
  .string()
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, "Unknown timezone: use an IANA name such as Europe/Paris");
