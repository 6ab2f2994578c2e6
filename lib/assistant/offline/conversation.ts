import { TOOL } from "../tools/names";
import type { Turn } from "./history";
import type { Change, Intent } from "./intent-types";
import { parseMessage } from "./intents";
import { resultOf } from "./jobs";
import { shownBy, subjectOf, type Outcome, type Verb } from "./outcomes";
import { jobsFor } from "./resolve";
import { CHANGING, isToolError, listResult, type ListedTask, type PlanContext, type TaskSummary, type ToolStep } from "./steps";
import { runJobs } from "./turn";

/**
 * What earlier turns leave for this one, read only from the prompt: the question left open
 * ("which one?"), what "yes" would do, what "it" and "the first one" point at, and the changes
 * "undo" reverses. The last few turns are replayed through the same planner, oldest first, so
 * each is understood with the context it had.
 */
export interface Conversation {
  question?: { change: Change; candidates: ListedTask[] };
  proposal?: Intent[];
  subject: TaskSummary[];
  shown: TaskSummary[];
  lastChanges: ToolStep[];
}

const REPLAYED_TURNS = 4;

export const EMPTY_CONVERSATION: Conversation = { subject: [], shown: [], lastChanges: [] };

const VERB_OF: Partial<Record<string, Verb>> = {
  [TOOL.addTask]: "add",
  [TOOL.completeTask]: "complete",
  [TOOL.deleteTask]: "delete",
  [TOOL.restoreTask]: "restore",
  [TOOL.updateTask]: "rename",
};

/** A turn another model answered (or an older planner): what its tool results plainly say. */
function rawOutcomes(turn: Turn): Outcome[] {
  const steps = turn.rounds.flat();
  const outcomes: Outcome[] = [];
  for (const step of steps) {
    if (step.toolName === TOOL.listTasks && !isToolError(step.output)) {
      outcomes.push({ type: "listed", status: "all", ...listResult(step.output) });
    } else if (CHANGING.has(step.toolName)) {
      outcomes.push(resultOf(step, VERB_OF[step.toolName] ?? "add"));
    }
  }
  return outcomes;
}

function replay(turn: Turn, conversation: Conversation, ctx: PlanContext): Outcome[] {
  const jobs = jobsFor(parseMessage(turn.text), { conversation, ctx, seed: 0 });
  const run = runJobs(jobs, turn.rounds);
  return run.consistent ? run.outcomes : rawOutcomes(turn);
}

function after(previous: Conversation, outcomes: Outcome[]): Conversation {
  const ask = outcomes.findLast((o) => o.type === "ask");
  const proposal = outcomes.findLast((o) => o.type === "say" && o.proposal);
  const subject = outcomes.flatMap(subjectOf);
  const shown = outcomes.flatMap(shownBy);
  return {
    question: ask?.type === "ask" ? { change: ask.change, candidates: ask.candidates } : undefined,
    proposal: proposal?.type === "say" ? proposal.proposal : undefined,
    subject: ask?.type === "ask" ? ask.candidates : subject.length > 0 ? subject : previous.subject,
    shown: shown.length > 0 ? shown : previous.shown,
    lastChanges: previous.lastChanges,
  };
}

/** The successful changes of the latest earlier turn that made any. */
function lastChanges(turns: Turn[]): ToolStep[] {
  for (let i = turns.length - 1; i >= 0; i--) {
    const changes = turns[i]!.rounds.flat().filter((s) => CHANGING.has(s.toolName) && s.output !== undefined && !isToolError(s.output));
    if (changes.length > 0) return changes;
  }
  return [];
}

export function conversationBefore(turns: Turn[], ctx: PlanContext): Conversation {
  let conversation: Conversation = { ...EMPTY_CONVERSATION, lastChanges: lastChanges(turns) };
  for (const turn of turns.slice(-REPLAYED_TURNS)) conversation = after(conversation, replay(turn, conversation, ctx));
  return conversation;
}
