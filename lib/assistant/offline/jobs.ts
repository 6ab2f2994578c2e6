import { TOOL } from "../tools/names";
import type { BulkVerb, Change, Intent, ListFilter, Status } from "./intent-types";
import type { Outcome, Verb } from "./outcomes";
import { changeCall, filteredListCall, getTaskCall, isToolError, listCall, listResult, type Call, type TaskSummary, type ToolStep } from "./steps";

/**
 * A job is one piece of a turn's plan as a pure function: given the results of the calls it
 * made so far, it asks for the next calls or says what it came to. The turn runs all jobs side
 * by side, so calls of different jobs go out in the same step.
 */
export type Progress = { calls: Call[] } | { outcomes: Outcome[] };
export type Job = (steps: ToolStep[]) => Progress;

export const calls = (...list: Call[]): Progress => ({ calls: list });
export const done = (...list: Outcome[]): Progress => ({ outcomes: list });

export const say = (text: string, proposal?: Intent[]): Job => () => done({ type: "say", text, ...(proposal && { proposal }) });
export const outcomeJob = (outcome: Outcome): Job => () => done(outcome);

/**
 * What a change tool's result comes to: the task as the result shows it (its due, priority, list,
 * labels, repeat and previous values included). `known` names the task when the result doesn't
 * (a snooze answers with its number and time only).
 */
export function resultOf(step: ToolStep, verb: Verb, undo = false, known?: TaskSummary): Outcome {
  if (isToolError(step.output)) return { type: "failed", verb, taskId: step.input.task_id as number | undefined, error: step.output };
  const output = step.output as TaskSummary & { remind_at?: string };
  const { task_id, due, priority, previous, list, labels, recurrence, reminders } = output;
  const title = typeof output.title === "string" ? output.title : (known?.title ?? "");
  const task: TaskSummary = {
    task_id, title, ...(due !== undefined && { due }), ...(priority !== undefined && { priority }), ...(previous && { previous }),
    ...(list !== undefined && { list }), ...(labels !== undefined && { labels }), ...(recurrence !== undefined && { recurrence }), ...(reminders !== undefined && { reminders }),
  };
  return { type: "changed", verb, task, input: step.input, ...(undo && { undo }), ...(typeof output.remind_at === "string" && { remindAt: output.remind_at }) };
}

/** One call that changes one task. */
export const callJob = (call: Call, verb: Verb): Job => (steps) => (steps[0] ? done(resultOf(steps[0], verb)) : calls(call));

/**
 * "raise the priority of task 3", "tag task 2 with urgent": the task is read first (from the list
 * for a priority, whole for labels and reminders), then the change is made from what it is now.
 */
export function lookupJob(change: Change, taskId: number): Job {
  const whole = change.verb !== "priority";
  return ([looked, acted]) => {
    if (!looked) return calls(whole ? getTaskCall(taskId) : listCall("all"));
    if (acted) return done(resultOf(acted, change.verb, false, whole ? (looked.output as TaskSummary) : undefined));
    if (isToolError(looked.output)) return done(looked.output.error === "task_not_found" ? { type: "failed", verb: change.verb, taskId, error: looked.output } : { type: "unavailable", error: looked.output });
    const task = whole ? (looked.output as TaskSummary) : listResult(looked.output).tasks.find((t) => t.task_id === taskId);
    const call = changeCall(change, taskId, task);
    if (task && change.verb === "priority" && call.input.priority === task.priority) return done({ type: "already", change, task: task as never });
    return calls(call);
  };
}

/** A change by number that needs no look-up; a snooze reads the task first, so the reply can name it. */
export function numberJob(change: Change, taskId: number): Job {
  if (change.verb !== "snooze") return callJob(changeCall(change, taskId), change.verb);
  return ([looked, acted]) => {
    if (!looked) return calls(getTaskCall(taskId));
    if (isToolError(looked.output)) return done({ type: "failed", verb: "snooze", taskId, error: looked.output });
    return acted ? done(resultOf(acted, "snooze", false, looked.output as TaskSummary)) : calls(changeCall(change, taskId));
  };
}

const listing = (status: Status, filter?: ListFilter) => (filter ? filteredListCall(status, filter) : listCall(status));

export function listJob(status: Status, filter?: ListFilter): Job {
  return ([listed]) => {
    if (!listed) return calls(listing(status, filter));
    if (isToolError(listed.output)) return done({ type: "unavailable", error: listed.output });
    return done({ type: "listed", status, ...listResult(listed.output), ...(filter && { filter }) });
  };
}

export function countJob(status: Status, filter?: ListFilter): Job {
  return ([listed]) => {
    if (!listed) return calls(listing(status, filter));
    if (isToolError(listed.output)) return done({ type: "unavailable", error: listed.output });
    return done({ type: "counted", status, ...listResult(listed.output), ...(filter && { filter }) });
  };
}

/** "show task 3": the task itself, from the list. */
export function showJob(numbers: number[]): Job {
  return ([listed]) => {
    if (!listed) return calls(listCall("all"));
    if (isToolError(listed.output)) return done({ type: "unavailable", error: listed.output });
    const { tasks } = listResult(listed.output);
    const found = numbers.map((n) => tasks.find((t) => t.task_id === n)).filter((t) => t !== undefined);
    return done({ type: "shown", tasks: found, missing: numbers.filter((n) => !found.some((t) => t.task_id === n)) });
  };
}

/** "delete everything that's done", "mark everything as done": list, then change each. */
export function bulkJob(verb: BulkVerb, from: Status): Job {
  return ([listed, ...changed]) => {
    if (!listed) return calls(listCall(from));
    if (isToolError(listed.output)) return done({ type: "unavailable", error: listed.output });
    const { tasks, total } = listResult(listed.output);
    if (tasks.length === 0) return done({ type: "nothing-to-do", verb, looked: total });
    if (changed.length === 0) return calls(...tasks.map((t) => changeCall({ verb }, t.task_id)));
    return done(...changed.map((step) => resultOf(step, verb)));
  };
}

/** The due a task had, as words the tools read back exactly: an ISO date or date-time, or "none". */
const dueWords = (date: string | null | undefined, time: string | null | undefined) => (date ? (time ? `${date}T${time}` : date) : "none");

/** The update that puts back what an update_task call changed, from the `previous` values in its result; null when they're missing. */
function revertedUpdate(step: ToolStep, id: number): [Call, Verb] | null {
  const previous = (step.output as TaskSummary).previous ?? {};
  const input = step.input;
  const only = Object.keys(input).filter((k) => k !== "task_id" && input[k] != null);
  if (only.length === 1 && typeof input.completed === "boolean") return input.completed ? [changeCall({ verb: "reopen" }, id), "reopen"] : [changeCall({ verb: "complete" }, id), "complete"];
  const back: Record<string, unknown> = { task_id: id };
  let verb: Verb | null = null;
  const put = (field: string, value: unknown, as: Verb) => {
    back[field] = value;
    verb ??= as;
  };
  if (typeof input.completed === "boolean") put("completed", !input.completed, input.completed ? "reopen" : "complete");
  if (typeof input.title === "string") {
    if (typeof previous.title !== "string") return null;
    put("title", previous.title, "rename");
  }
  if (typeof input.description === "string") {
    if (typeof previous.description !== "string") return null;
    put("description", previous.description, "describe");
  }
  if (input.due != null) {
    if (previous.due_date === undefined) return null;
    put("due", dueWords(previous.due_date, previous.due_time), "due");
  }
  if (input.priority != null) {
    if (typeof previous.priority !== "number") return null;
    put("priority", previous.priority, "priority");
  }
  if (input.list != null) {
    if (typeof previous.list !== "string") return null;
    put("list", previous.list, "move");
  }
  if (input.labels != null) {
    if (!Array.isArray(previous.labels)) return null;
    put("labels", previous.labels, "label");
  }
  if (input.recurrence != null) {
    // A repeat counted from completion has no RRULE of its own to send back.
    if (previous.recurrence === undefined || previous.recurrence?.anchor === "completion" || previous.due_date === undefined) return null;
    put("recurrence", previous.recurrence?.rule ?? "none", "repeat");
    back.due = dueWords(previous.due_date, previous.due_time);
  }
  if (input.reminders != null) {
    if (!Array.isArray(previous.reminders)) return null;
    put("reminders", previous.reminders, "remind");
  }
  if (input.skip === true) return null;
  return verb ? [{ toolName: TOOL.updateTask, input: back }, verb] : null;
}

/** The call that reverses one change, and the verb of that reversal. */
function reversal(step: ToolStep): [Call, Verb] | null {
  const id = (step.output as TaskSummary).task_id;
  switch (step.toolName) {
    case TOOL.deleteTask:
      return [changeCall({ verb: "restore" }, id), "restore"];
    case TOOL.addTask:
    case TOOL.restoreTask:
      return [changeCall({ verb: "delete" }, id), "delete"];
    case TOOL.completeTask:
      return [changeCall({ verb: "reopen" }, id), "reopen"];
    case TOOL.updateTask:
      return revertedUpdate(step, id);
    default:
      return null;
  }
}

/** "undo": reverses every change of the last turn that made any, latest first. */
export function undoJob(lastChanges: ToolStep[]): Job {
  const reversals = [...lastChanges].reverse().map(reversal);
  if (lastChanges.length === 0) {
    return say("There's nothing to undo yet. I can undo an add, a completion, a change, a delete or a restore right after it.");
  }
  if (reversals.some((r) => r === null)) {
    const what = lastChanges.some((s) => s.toolName === TOOL.snoozeReminder || s.input.skip === true)
      ? "I can't undo a skip or a snooze: move the task back to its date instead, like “move task 3 to monday”."
      : "I can't see what that task said before, so I can't undo it: tell me what it should say and I'll change it back.";
    return say(what);
  }
  const planned = reversals as [Call, Verb][];
  return (steps) =>
    steps.length === 0 ? calls(...planned.map(([call]) => call)) : done(...steps.map((step, i) => resultOf(step, planned[i]![1], true)));
}
