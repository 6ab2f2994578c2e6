import type { Status } from "./intent-types";
import type { ListedTask, PlanContext } from "./steps";

/**
 * "What's done today?": the one place that builds the list_tasks request for it and decides
 * what "today" means (the calendar day in the caller's time zone). A later list_tasks input
 * (`completed_on`) belongs in `completedTodayInput`; summaries carrying `completed_at` are
 * filtered here.
 */

export function dayIn(instant: Date, timezone: string): string {
  try {
    return new Intl.DateTimeFormat("en-CA", { timeZone: timezone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
  } catch {
    return instant.toISOString().slice(0, 10);
  }
}

export function completedTodayInput(_ctx: PlanContext): { status: Status } {
  return { status: "completed" };
}

/**
 * The tasks completed today, or null when the results don't say when tasks were completed.
 */
export function completedToday(tasks: ListedTask[], ctx: PlanContext): ListedTask[] | null {
  if (tasks.length > 0 && tasks.every((t) => t.completed_at === undefined)) return null;
  const today = dayIn(ctx.now, ctx.timezone);
  return tasks.filter((t) => t.completed_at && dayIn(new Date(t.completed_at), ctx.timezone) === today);
}

/** The time zone a call asks for (`providerOptions.docket.timezone`), UTC when absent or unknown. */
export function timezoneOf(providerOptions: unknown): string {
  const zone = (providerOptions as { docket?: { timezone?: unknown } } | undefined)?.docket?.timezone;
  if (typeof zone !== "string" || !zone) return "UTC";
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone;
  } catch {
    return "UTC";
  }
}
