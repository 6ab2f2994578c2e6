import type { LanguageModelV4Prompt } from "@ai-sdk/provider";
import { conversationFor } from "./conversation";
import { turnsOf } from "./history";
import { parseMessage } from "./intents";
import { composeReply } from "./replies";
import { jobsFor } from "./resolve";
import type { Call, PlanContext } from "./steps";
import { hashText, HELP_LINES } from "./talk";
import { MAX_ROUNDS, runJobs } from "./turn";

/** The next thing the offline model says: tool calls (several at once when a message asks for several things), or text. */
export type Step = { type: "tool-calls"; calls: Call[] } | { type: "text"; text: string };

const UNFINISHED = "I ran out of steps before finishing everything; ask again for what's left.";

/**
 * Decides the offline assistant's next step from the conversation so far: the last user
 * message, read with the turns before it, and the tool results of this turn. Pure: the same
 * prompt and context always give the same step.
 */
export function planNextStep(prompt: LanguageModelV4Prompt, ctx: PlanContext = { timezone: "UTC", now: new Date() }): Step {
  const turns = turnsOf(prompt);
  const current = turns.at(-1);
  if (!current) return { type: "text", text: `I'm Docket's built-in assistant. Try:\n${HELP_LINES}` };
  const intents = parseMessage(current.text, ctx);
  const conversation = conversationFor(intents, turns.slice(0, -1), ctx);
  const seed = hashText(current.text) + turns.length;
  const jobs = jobsFor(intents, { conversation, ctx, seed });
  const run = runJobs(jobs, current.rounds);
  if (run.calls.length > 0 && current.rounds.length < MAX_ROUNDS) return { type: "tool-calls", calls: run.calls };
  const reply = composeReply(run.outcomes, ctx);
  return { type: "text", text: run.calls.length > 0 ? `${reply}\n\n${UNFINISHED}`.trim() : reply };
}
