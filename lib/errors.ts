import { z, ZodError } from "zod";

export const errorStatus = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden_origin: 403,
  not_found: 404,
  payload_too_large: 413,
  conflict: 409,
  rate_limited: 429,
  internal: 500,
  model_unavailable: 502,
  database_unavailable: 503,
  model_timeout: 504,
} as const;

export type ErrorCode = keyof typeof errorStatus;
export const ERROR_CODES = Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]];

/** The one error body of every JSON endpoint. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    request_id: z.string(),
    fields: z.record(z.string(), z.string()).optional().describe("snake_case field name → what is wrong with it"),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** The one error type of the app: a code users and clients can act on, and a safe message. */
export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what: string) => new AppError("not_found", `${what} not found`);

/** Turns a zod error into field messages keyed by snake_case field name. */
export function fieldErrors(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields[snake([...issue.path.map(String), key].join("."))] ??= `Unknown field: ${key}`;
      continue;
    }
    const key = snake(issue.path.map(String).join(".")) || "body";
    fields[key] ??= issue.message;
  }
  return fields;
}

export function invalidInput(error: ZodError): AppError {
  const fields = fieldErrors(error);
  const first = Object.values(fields)[0] ?? "Invalid input";
  return new AppError("invalid_input", first, fields);
}

/** Parses with a zod schema, throwing an invalid_input AppError on failure. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalidInput(result.error);
  return result.data;
}

const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "57P01", "57P03", "08006", "08001", "08003"]);

/** True when an error means the database cannot be reached (as opposed to a bad query). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && CONNECTION_CODES.has(code)) return true;
    const message = (e as { message?: unknown }).message;
    if (typeof message === "string" && /connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED|websocket/i.test(message)) return true;
  }
  return false;
}

/** Maps anything thrown to an AppError; unknown errors become `internal` with no details. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return invalidInput(error);
  if (isDatabaseUnavailable(error)) {
    return new AppError("database_unavailable", "The database is unavailable. Please try again in a moment.");
  }
  return new AppError("internal", "Something went wrong on our side. Please try again.");
}
