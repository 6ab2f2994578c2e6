import { isDeepStrictEqual } from "node:util";
import { TOOL } from "../../tools/names";
import type { Call as PlannedCall } from "../steps";
import type { Call, Phrasing } from "./rows";
import { converse, SIMULATED_NOW } from "./simulate";

const show = (calls: readonly (Call | PlannedCall)[]) =>
  calls.map((c) => (Array.isArray(c) ? `${c[0]} ${JSON.stringify(c[1])}` : `${(c as PlannedCall).toolName} ${JSON.stringify((c as PlannedCall).input)}`)).join("; ") || "(none)";

/** Tools that only read: compared only when a row names one. */
const LOOKUPS: ReadonlySet<string> = new Set([TOOL.listTasks, TOOL.listLists, TOOL.getTask]);

const subset = (actual: Record<string, unknown>, expected: Record<string, unknown>) =>
  Object.entries(expected).every(([k, v]) => isDeepStrictEqual(actual[k], v));

/** Runs one phrasing row; null when the assistant did what the row expects, else what went wrong. */
export function judge(row: Phrasing): string | null {
  const ctx = { timezone: row.timezone ?? "UTC", now: row.now ? new Date(row.now) : SIMULATED_NOW };
  const { calls, reply } = converse([...(row.before ?? []), row.say], row.tasks, ctx, row.lists);
  const problems: string[] = [];
  if (row.calls === "none") {
    if (calls.length > 0) problems.push(`expected no tool calls, got ${show(calls)}`);
  } else {
    const withLookups = row.calls.some(([name]) => LOOKUPS.has(name));
    const actual = withLookups ? calls : calls.filter((c) => !LOOKUPS.has(c.toolName));
    const same =
      actual.length === row.calls.length &&
      row.calls.every(([name, input], i) => {
        const got = actual[i]!;
        return got.toolName === name && (name === TOOL.listTasks ? subset(got.input, input) : isDeepStrictEqual(got.input, input));
      });
    if (!same) problems.push(`expected ${show(row.calls)}, got ${show(actual)}`);
  }
  if (row.reply && !row.reply.test(reply)) problems.push(`reply ${JSON.stringify(reply)} does not match ${row.reply}`);
  if (row.notReply?.test(reply)) problems.push(`reply ${JSON.stringify(reply)} matches ${row.notReply}`);
  return problems.length ? problems.join("; ") : null;
}
