import type { BulkVerb, Change, ChangeVerb, Intent, ListFilter, Status } from "./intent-types";
import type { ListedTask, TaskSummary, ToolError } from "./steps";

/**
 * What one piece of a turn came to, before it is put into words. Replies are written from
 * outcomes, and the next turn reads the previous turn's outcomes ("which one?", "it", "undo").
 */
export type Verb = "add" | ChangeVerb;

export type Outcome =
  /** `input`: what the call sent (the minutes of a reminder or a snooze); `remindAt`: when a snooze reminds again. */
  | { type: "changed"; verb: Verb; task: TaskSummary; undo?: boolean; input?: Record<string, unknown>; remindAt?: string }
  | { type: "failed"; verb: Verb; taskId?: number; error: ToolError }
  | { type: "listed"; status: Status; tasks: ListedTask[]; total: number; filter?: ListFilter }
  | { type: "counted"; status: Status; tasks: ListedTask[]; total: number; filter?: ListFilter }
  | { type: "found"; words: string; status: Status; matches: ListedTask[]; looked: number }
  | { type: "shown"; tasks: ListedTask[]; missing: number[] }
  | { type: "ask"; change: Change; words: string; candidates: TaskSummary[] }
  | { type: "no-match"; change: Change; words: string; status: Status; looked: number; others: ListedTask[] }
  /** Nothing to do: already done, already pending, already that priority. */
  | { type: "already"; change: Change; task: ListedTask }
  | { type: "nothing-to-do"; verb: BulkVerb; looked: number }
  | { type: "unavailable"; error: ToolError }
  | { type: "lists"; lists: { name: string; pending: number }[] }
  /** A list made, or one of that name that was already there. */
  | { type: "list-created"; name: string; existed: boolean }
  /** Plain words; `proposal` is what a "yes" next turn would do. */
  | { type: "say"; text: string; proposal?: Intent[] };

/** The tasks an outcome put in front of the user, in the order shown ("the first one"). */
export function shownBy(outcome: Outcome): TaskSummary[] {
  switch (outcome.type) {
    case "listed":
    case "counted":
      return outcome.tasks;
    case "found":
      return outcome.matches;
    case "shown":
      return outcome.tasks;
    case "ask":
      return outcome.candidates;
    case "no-match":
      return outcome.others;
    case "changed":
      return [outcome.task];
    case "already":
      return [outcome.task];
    default:
      return [];
  }
}

/** The tasks an outcome is about ("it", "them"). */
export function subjectOf(outcome: Outcome): TaskSummary[] {
  switch (outcome.type) {
    case "changed":
      return [outcome.task];
    case "already":
      return [outcome.task];
    case "found":
    case "shown":
    case "listed":
      return shownBy(outcome).length === 1 ? shownBy(outcome) : [];
    default:
      return [];
  }
}
