import { TOOL } from "../tools/names";
import type { BulkVerb, Intent, Status } from "./intent-types";
import type { Outcome, Verb } from "./outcomes";
import { changeCall, isToolError, listCall, listResult, type Call, type PlanContext, type TaskSummary, type ToolStep } from "./steps";
import { completedToday, completedTodayInput } from "./today";

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

/** What a change tool's result comes to. */
export function resultOf(step: ToolStep, verb: Verb, undo = false): Outcome {
  if (isToolError(step.output)) return { type: "failed", verb, taskId: step.input.task_id as number | undefined, error: step.output };
  const { task_id, title } = step.output as TaskSummary;
  return { type: "changed", verb, task: { task_id, title }, ...(undo && { undo }) };
}

/** One call that changes one task. */
export const callJob = (call: Call, verb: Verb): Job => (steps) => (steps[0] ? done(resultOf(steps[0], verb)) : calls(call));

export function listJob(status: Status, ctx: PlanContext, today = false): Job {
  return ([listed]) => {
    if (!listed) return calls(today ? { toolName: TOOL.listTasks, input: completedTodayInput(ctx) } : listCall(status));
    if (isToolError(listed.output)) return done({ type: "unavailable", error: listed.output });
    const { tasks, total } = listResult(listed.output);
    if (!today) return done({ type: "listed", status, tasks, total });
    const todays = completedToday(tasks, ctx);
    return todays
      ? done({ type: "listed", status, tasks: todays, total: todays.length, today: "filtered" })
      : done({ type: "listed", status, tasks, total, today: "unknown" });
  };
}

export function countJob(status: Status): Job {
  return ([listed]) => {
    if (!listed) return calls(listCall(status));
    if (isToolError(listed.output)) return done({ type: "unavailable", error: listed.output });
    return done({ type: "counted", status, ...listResult(listed.output) });
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

/** The call that reverses one change, and the verb of that reversal. */
function reversal(step: ToolStep): [Call, Verb] | null {
  const result = step.output as TaskSummary & { previous?: { title?: string; description?: string } };
  const id = result.task_id;
  switch (step.toolName) {
    case TOOL.deleteTask:
      return [changeCall({ verb: "restore" }, id), "restore"];
    case TOOL.addTask:
    case TOOL.restoreTask:
      return [changeCall({ verb: "delete" }, id), "delete"];
    case TOOL.completeTask:
      return [changeCall({ verb: "reopen" }, id), "reopen"];
    case TOOL.updateTask:
      if (step.input.completed === false) return [changeCall({ verb: "complete" }, id), "complete"];
      if (step.input.completed === true) return [changeCall({ verb: "reopen" }, id), "reopen"];
      if (typeof step.input.title === "string" && typeof result.previous?.title === "string") {
        return [changeCall({ verb: "rename", title: result.previous.title }, id), "rename"];
      }
      if (typeof step.input.description === "string" && typeof result.previous?.description === "string") {
        return [changeCall({ verb: "describe", description: result.previous.description }, id), "describe"];
      }
      return null;
    default:
      return null;
  }
}

/** "undo": reverses every change of the last turn that made any, latest first. */
export function undoJob(lastChanges: ToolStep[]): Job {
  const reversals = [...lastChanges].reverse().map(reversal);
  if (lastChanges.length === 0) {
    return say("There's nothing to undo yet. I can undo an add, a completion, a delete or a restore right after it.");
  }
  if (reversals.some((r) => r === null)) {
    return say("I can't see what that task said before, so I can't undo it: tell me what it should say and I'll change it back.");
  }
  const planned = reversals as [Call, Verb][];
  return (steps) =>
    steps.length === 0 ? calls(...planned.map(([call]) => call)) : done(...steps.map((step, i) => resultOf(step, planned[i]![1], true)));
}
