import { AppError } from "@/lib/errors";

const TIMEOUT = /time(?:d)? ?out|timeout/i;

/** Errors about one tool call (bad arguments, unknown tool): the model sees them, the turn goes on. */
export function isToolCallError(error: unknown): boolean {
  const name = (error as { name?: unknown } | undefined)?.name;
  return typeof name === "string" && /Tool/.test(name);
}

/** A model failure in plain words; the user's message is already stored, so a retry is safe. */
export function describeModelFailure(error: unknown): AppError {
  const e = error as { name?: string; message?: string; cause?: { name?: string } } | undefined;
  const timedOut = e?.name === "TimeoutError" || e?.cause?.name === "TimeoutError" || TIMEOUT.test(e?.message ?? "");
  return timedOut
    ? new AppError("model_timeout", "The assistant took too long to answer. Your message is saved, so you can try again.")
    : new AppError("model_unavailable", "The assistant couldn't be reached just now. Your message is saved, so you can try again in a moment.");
}
