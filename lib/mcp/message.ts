import { AppError } from "@/lib/errors";

/**
 * One JSON-RPC message from an MCP client's body. The current MCP revision has no batches, and a
 * batch would also slip several tool calls past a limit that counts one request: it is refused.
 */
export function readMcpMessage(raw: string): unknown {
  let message: unknown;
  try {
    message = JSON.parse(raw);
  } catch {
    throw new AppError("invalid_input", "The request body is not valid JSON-RPC: send one JSON object");
  }
  if (Array.isArray(message)) throw new AppError("invalid_input", "JSON-RPC batches are not supported: send one message per request");
  if (typeof message !== "object" || message === null) throw new AppError("invalid_input", "The request body must be one JSON-RPC message object");
  return message;
}
