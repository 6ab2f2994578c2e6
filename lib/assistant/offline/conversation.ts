import { TOOL } from "../tools/names";
import type { Turn } from "./history";
import type { Change, Intent, Priority } from "./intent-types";
import { parseMessage } from "./intents";
import { resultOf } from "./jobs";
import { shownBy, subjectOf, type Outcome, type Verb } from "./outcomes";
import { jobsFor } from "./resolve";
import { CHANGING, isToolError, listResult, type ListedTask, type PlanContext, type TaskSummary, type ToolStep } from "./steps";
import { runJobs } from "./turn";

/**
 * What earlier turns leave for this one, read only from the prompt: the question left open
 * ("which one?"), what "yes" would do, what "it" and "the first one" point at, and the changes
 * "undo" reverses. Earlier turns are replayed through the same planner, newest first, until one
 * points at tasks (at most a few turns back). A replayed turn that leaned on its own context
 * ("the second one", "yes") does not replay cleanly and is read from its tool results instead.
 */
export interface Conversation {
  question?: { change: Change; candidates: TaskSummary[] };
  proposal?: Intent[];
  subject: TaskSummary[];
  shown: TaskSummary[];
  /** The kind of change the previous turn made, for "and the fourth", "5 too". */
  lastChange?: Change;
  lastChanges: ToolStep[];
}

const LISTING: ReadonlySet<Outcome["type"]> = new Set(["listed", "counted", "found", "shown", "ask", "no-match"]);
type RepeatableVerb = "complete" | "reopen" | "delete" | "restore";
const REPEATABLE: ReadonlySet<string> = new Set<RepeatableVerb>(["complete", "reopen", "delete", "restore"]);

/** How far back "it" and "the first one" may reach: past a "thanks" or two, not further. */
const REPLAYED_TURNS = 3;

export const EMPTY_CONVERSATION: Conversation = { subject: [], shown: [], lastChanges: [] };

/** What a change call did, read from the call itself. */
function verbOf({ toolName, input }: ToolStep): Verb {
  if (toolName === TOOL.completeTask) return "complete";
  if (toolName === TOOL.deleteTask) return "delete";
  if (toolName === TOOL.restoreTask) return "restore";
  if (toolName === TOOL.snoozeReminder) return "snooze";
  if (toolName === TOOL.updateTask) {
    if (typeof input.completed === "boolean") return input.completed ? "complete" : "reopen";
    if (typeof input.title === "string") return "rename";
    if (typeof input.description === "string") return "describe";
    if (input.list != null) return "move";
    if (input.labels != null) return "label";
    if (input.recurrence != null) return "repeat";
    if (input.reminders != null) return "remind";
    if (input.skip === true) return "skip";
    return input.due != null ? "due" : "priority";
  }
  return "add";
}

/** A turn another model answered (or an older planner): what its tool results plainly say. */
function rawOutcomes(turn: Turn): Outcome[] {
  const steps = turn.rounds.flat();
  const outcomes: Outcome[] = [];
  for (const step of steps) {
    if (step.toolName === TOOL.listTasks && !isToolError(step.output)) {
      outcomes.push({ type: "listed", status: "all", ...listResult(step.output) });
    } else if (CHANGING.has(step.toolName)) {
      outcomes.push(resultOf(step, verbOf(step)));
    }
  }
  return outcomes;
}

function replay(turn: Turn, ctx: PlanContext): Outcome[] {
  const jobs = jobsFor(parseMessage(turn.text, ctx), { conversation: EMPTY_CONVERSATION, ctx, seed: 0 });
  const run = runJobs(jobs, turn.rounds);
  return run.consistent ? run.outcomes : rawOutcomes(turn);
}

/** The change "4 too" repeats: the verb, and for a date or a priority the value the turn's last update sent. */
function repeatable(verb: Verb, turn: Turn): Change | undefined {
  if (REPEATABLE.has(verb)) return { verb: verb as RepeatableVerb };
  const field = verb === "due" ? "due" : "priority";
  const sent = turn.rounds.flat().findLast((s) => s.toolName === TOOL.updateTask && s.input[field] != null)?.input[field];
  if (verb === "due" && typeof sent === "string") return { verb: "due", due: sent };
  if (verb === "priority" && typeof sent === "number" && sent >= 1 && sent <= 4) return { verb: "priority", priority: sent as Priority };
  return undefined;
}

/** The successful changes of the latest earlier turn that made any. */
function lastChanges(turns: Turn[]): ToolStep[] {
  const steps = turns.flatMap((t) => t.rounds.flat());
  for (let i = turns.length - 1; i >= 0; i--) {
    const changes = turns[i]!.rounds.flat().filter((s) => CHANGING.has(s.toolName) && s.output !== undefined && !isToolError(s.output));
    if (changes.length > 0) return changes.map((step) => withPrevious(step, steps.slice(0, steps.indexOf(step))));
  }
  return [];
}

/**
 * A rename or a new note, with what the task said before when an earlier result in the
 * conversation shows it (results will carry `previous` themselves later), so "undo" can put it back.
 */
function withPrevious(step: ToolStep, earlier: ToolStep[]): ToolStep {
  const output = step.output as TaskSummary & { previous?: object };
  const edits = step.toolName === TOOL.updateTask && (typeof step.input.title === "string" || typeof step.input.description === "string");
  if (!edits || output.previous) return step;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const seen = earlier[i]!;
    if (isToolError(seen.output)) continue;
    const listed = seen.toolName === TOOL.listTasks ? listResult(seen.output).tasks : [seen.output as ListedTask];
    const task = listed.find((t) => t?.task_id === output.task_id);
    if (task && typeof task.title === "string") {
      return { ...step, output: { ...output, previous: { title: task.title, ...(typeof task.description === "string" && { description: task.description }) } } };
    }
  }
  return step;
}

/** Whether understanding these intents needs earlier turns at all ("add milk" does not). */
function leansOnEarlierTurns(intents: readonly Intent[]): boolean {
  return intents.some(
    (i) =>
      i.kind === "answer" || i.kind === "yes" || i.kind === "no" || i.kind === "unknown" ||
      (i.kind === "change" && i.refs.some((r) => "pronoun" in r || "ordinal" in r)),
  );
}

/** What earlier turns leave for a message with these intents; earlier turns are read only when needed. */
export function conversationFor(intents: readonly Intent[], turns: Turn[], ctx: PlanContext): Conversation {
  if (leansOnEarlierTurns(intents)) return conversationBefore(turns, ctx);
  return { ...EMPTY_CONVERSATION, lastChanges: intents.some((i) => i.kind === "undo") ? lastChanges(turns) : [] };
}

function conversationBefore(turns: Turn[], ctx: PlanContext): Conversation {
  const conversation: Conversation = { ...EMPTY_CONVERSATION, lastChanges: lastChanges(turns) };
  for (let back = 1; back <= Math.min(REPLAYED_TURNS, turns.length); back++) {
    const outcomes = replay(turns[turns.length - back]!, ctx);
    if (back === 1) {
      const ask = outcomes.findLast((o) => o.type === "ask");
      // Every offer of the turn: "yes" takes them all ("add eggs and bread to my shopping list" → both to the Inbox).
      const offers = outcomes.flatMap((o) => (o.type === "say" && o.proposal ? o.proposal : []));
      if (ask?.type === "ask") [conversation.question, conversation.subject] = [{ change: ask.change, candidates: ask.candidates }, ask.candidates];
      if (offers.length > 0) conversation.proposal = offers;
      const changed = outcomes.findLast((o) => o.type === "changed" && !o.undo && (REPEATABLE.has(o.verb) || o.verb === "due" || o.verb === "priority"));
      if (changed?.type === "changed") conversation.lastChange = repeatable(changed.verb, turns[turns.length - 1]!);
    }
    if (conversation.subject.length === 0) conversation.subject = outcomes.flatMap(subjectOf);
    // One task changed is "it", not a list to count in: "the fourth" then reaches further back.
    const shown = outcomes.flatMap(shownBy);
    if (conversation.shown.length === 0 && (shown.length > 1 || outcomes.some((o) => LISTING.has(o.type)))) conversation.shown = shown;
    if (conversation.subject.length > 0 && conversation.shown.length > 0) break;
  }
  return conversation;
}
