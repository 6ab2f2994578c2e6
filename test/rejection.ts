import { expect } from "vitest";
import { AppError } from "@/lib/errors";

/** The AppError a service call is refused with; fails the test when it succeeds or throws anything else. */
export async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
