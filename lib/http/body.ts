import type { z } from "zod";
import { AppError, parseInput } from "@/lib/errors";

/** Largest body each kind of entry point reads: the JSON API and MCP, and a chat message. */
export const BODY_LIMITS = {
  api: 64 * 1024,
  // A 4,000-character message is at most 16 KB of UTF-8 (24 KB escaped), plus the envelope.
  chat: 32 * 1024,
} as const;

const tooLarge = (limit: number) => new AppError("payload_too_large", `The request body is larger than ${Math.round(limit / 1024)} KB`);

/**
 * The body as text, read at most `limit` bytes far: a declared Content-Length over the limit is
 * refused before reading, and a chunked body is cut off as soon as it passes the limit.
 */
export async function readBody(request: Request, limit: number): Promise<string> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > limit) throw tooLarge(limit);
  const encoding = request.headers.get("content-encoding");
  if (encoding && encoding.toLowerCase() !== "identity") {
    throw new AppError("invalid_input", "Compressed request bodies are not accepted: send plain JSON");
  }
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("invalid_input", "The request body is not valid UTF-8");
  }
}

/** Parses a JSON body with `schema`; bad input changes nothing. */
export function parseJsonBody<S extends z.ZodType>(raw: string, schema: S): z.output<S> {
  if (!raw.trim()) throw new AppError("invalid_input", "The request body is empty: send a JSON object");
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new AppError("invalid_input", "The request body is not valid JSON");
  }
  return parseInput(schema, body);
}
