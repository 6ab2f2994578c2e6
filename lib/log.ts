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
