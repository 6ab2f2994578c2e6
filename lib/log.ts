import { createHash } from "node:crypto";
import pino from "pino";

// JSON lines to stdout; every line about a request carries request_id (and user_id once known).
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "docket" },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
});

export interface LogContext {
  request_id?: string;
  user_id?: string;
  conversation_id?: string;
  tool_name?: string;
}

export type Logger = pino.Logger;

export function requestLog(context: LogContext) {
  return log.child(context);
}

const EMAIL = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}/gi;

/** Email addresses as a short hash: log lines can still be matched up, never read as addresses. */
export function redactEmails(text: string): string {
  return text.replace(EMAIL, (email) => `email#${createHash("sha256").update(email.toLowerCase()).digest("hex").slice(0, 12)}`);
}
