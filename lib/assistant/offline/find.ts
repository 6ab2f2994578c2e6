import { TOOL } from "../tools/names";
import type { Change, Status } from "./intent-types";
import { calls, done, resultOf, type Job } from "./jobs";
import { matchingTasks, pickTask, rankTasks, searchPrefix, type Ranked } from "./match";
import { changeCall, getTaskCall, isToolError, listCall, listResult, LOOKUPS, needsTask, needsWholeTask, type ListedTask, type TaskSummary, type ToolStep } from "./steps";

/**
 * Tasks named by words. The status-filtered list is fetched without a query and ranked here
 * (typos and stems included); only when the list was cut short and nothing matched well is a
 * second, narrower list_tasks call made with a short prefix of the words.
 */

interface Looked {
  tasks: ListedTask[];
  total: number;
}

type Lookup = { need: ReturnType<typeof calls> } | { error: ReturnType<typeof done> } | Looked;

function lookUp(steps: ToolStep[], status: Status, words: string, good: (tasks: ListedTask[]) => boolean, merged: Merge): Lookup {
  const [first, second] = steps;
  if (!first) return { need: calls(listCall(status)) };
  if (isToolError(first.output)) return { error: done({ type: "unavailable", error: first.output }) };
  const page = listResult(first.output);
  if (good(page.tasks) || page.total <= page.tasks.length) return page;
  if (!second) return { need: calls(listCall(status, searchPrefix(words))) };
  return { tasks: merged(page.tasks, isToolError(second.output) ? [] : listResult(second.output).tasks), total: page.total };
}

type Merge = (page: ListedTask[], more: ListedTask[]) => ListedTask[];

/** The first page and the narrower second look, without repeats; the same array while the inputs are the same. */
function merger(): Merge {
  let key: [ListedTask[], ListedTask[]] | undefined;
  let merged: ListedTask[] = [];
  return (page, more) => {
    if (key?.[0] !== page || key[1] !== more) {
      key = [page, more];
      merged = [...page, ...more.filter((t) => !page.some((p) => p.task_id === t.task_id))];
    }
    return merged;
  };
}

/** Ranks once per list (a job is re-run at every step of the turn, with the same results). */
function rankerFor(words: string): (tasks: ListedTask[]) => Ranked<ListedTask>[] {
  let seen: ListedTask[] | undefined;
  let ranked: Ranked<ListedTask>[] = [];
  return (tasks) => {
    if (tasks !== seen) [seen, ranked] = [tasks, rankTasks(words, tasks)];
    return ranked;
  };
}

/** The task as the look-ups listed it, for a result that doesn't name it (a snooze). */
const listedAs = (steps: ToolStep[], id: unknown): ListedTask | undefined =>
  steps.flatMap((s) => (s.toolName === TOOL.listTasks && !isToolError(s.output) ? listResult(s.output).tasks : [])).find((t) => t.task_id === id);

/** Where a task to change is looked for. */
const statusFor = (change: Change): Status => (change.verb === "restore" ? "trash" : "all");

/** Already in the state the change asks for: nothing to do. */
function already(change: Change, task: ListedTask): boolean {
  // A priority one step up or down can't go past 1 or 4; a named one is simply set, as it is for "task 4".
  if (change.verb === "priority") return needsTask(change) && changeCall(change, task.task_id, task).input.priority === task.priority;
  return (change.verb === "complete" && task.completed) || (change.verb === "reopen" && !task.completed);
}

/** Changes that only make sense for a task still to do: its date, priority, repeat, reminders. */
const FOR_PENDING: ReadonlySet<Change["verb"]> = new Set(["due", "priority", "repeat", "remind", "skip", "snooze"]);

/** Tasks the change makes sense for: pending ones to complete, move or prioritise, done ones to reopen. */
function fits(change: Change, task: ListedTask): boolean {
  if (FOR_PENDING.has(change.verb)) return !task.completed;
  return !already(change, task);
}

/** "delete the meeting task": find it, then act on one clear winner, ask about close ones, or say none. */
export function findJob(change: Change, words: string): Job {
  const status = statusFor(change);
  const rank = rankerFor(words);
  const merge = merger();
  return (steps) => {
    // After the change was made, only its result is left to report: no need to rank again.
    const acted = steps.find((step) => !LOOKUPS.has(step.toolName));
    const whole = steps.find((step) => step.toolName === TOOL.getTask);
    const read = whole && !isToolError(whole.output) ? (whole.output as TaskSummary) : undefined;
    if (acted) return done(resultOf(acted, change.verb, false, read ?? listedAs(steps, acted.input.task_id)));
    if (whole) return read ? calls(changeCall(change, read.task_id, read)) : done(resultOf(whole, change.verb));
    const looked = lookUp(steps, status, words, (tasks) => "winner" in pickTask(rank(tasks)), merge);
    if ("need" in looked) return looked.need;
    if ("error" in looked) return looked.error;
    const ranked = rank(looked.tasks);
    // Prefer tasks the change makes sense for ("complete" → pending ones) when some match.
    const fitting = ranked.filter((r) => fits(change, r.task));
    const pick = pickTask(fitting.length > 0 && fitting[0]!.score >= ranked[0]!.score - 0.2 ? fitting : ranked);
    if ("winner" in pick) {
      if (already(change, pick.winner)) return done({ type: "already", change, task: pick.winner });
      if (needsWholeTask(change, pick.winner)) return calls(getTaskCall(pick.winner.task_id));
      return calls(changeCall(change, pick.winner.task_id, needsTask(change) ? pick.winner : undefined));
    }
    if ("close" in pick) return done({ type: "ask", change, words, candidates: pick.close });
    if ("maybe" in pick) return done({ type: "ask", change, words, candidates: [pick.maybe] });
    const others = status === "trash" ? looked.tasks : looked.tasks.filter((t) => !t.completed);
    return done({ type: "no-match", change, words, status, looked: looked.total, others });
  };
}

/** "find anything about mom": every task that matches, out of how many were looked at. */
export function searchJob(words: string, status: Status): Job {
  const rank = rankerFor(words);
  const matching = (tasks: ListedTask[]) => matchingTasks(rank(tasks));
  const merge = merger();
  return (steps) => {
    const looked = lookUp(steps, status, words, (tasks) => matching(tasks).length > 0, merge);
    if ("need" in looked) return looked.need;
    if ("error" in looked) return looked.error;
    return done({ type: "found", words, status, matches: matching(looked.tasks), looked: looked.total });
  };
}
