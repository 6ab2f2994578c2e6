import type { Change, Status } from "./intent-types";
import { countReply, listReply, numbered, plural, quote, STATUS_WORD, taskLines, todayReply } from "./list-replies";
import type { Outcome, Verb } from "./outcomes";
import type { TaskSummary, ToolError } from "./steps";

/**
 * The offline assistant's sentences: friendly, short, always naming the task and its number.
 * Every count in a reply is the count its tool line shows ("Found 5 tasks" → "2 of your 5
 * tasks…"), so the reply never contradicts the lines above it.
 */

/** "2 of your 5 tasks", "Both of your tasks", "Your only task". */
function ofYour(n: number, looked: number, status: Status): string {
  const kind = STATUS_WORD[status];
  if (n === looked) return n === 1 ? `Your only ${kind}task` : n === 2 ? `Both of your ${kind}tasks` : `All ${n} of your ${kind}tasks`;
  return `${n} of your ${plural(looked, `${kind}task`)}`;
}

const QUESTION: Record<Change["verb"], string> = {
  complete: "Which one did you finish?",
  reopen: "Which one should I reopen?",
  delete: "Which one should I delete?",
  restore: "Which one should I restore?",
  rename: "Which one should I rename?",
  describe: "Which one should get that note?",
};

const CONFIRM: Record<Change["verb"], string> = {
  complete: "mark it as done",
  reopen: "reopen it",
  delete: "delete it",
  restore: "restore it",
  rename: "rename it",
  describe: "add the note",
};

function errorReply(error: ToolError, verb: Verb | undefined, taskId?: number): string {
  if (error.error === "task_not_found") {
    if (verb === "restore") return `I couldn't find task ${taskId ?? ""} in the trash.`.replace("  ", " ");
    return `I couldn't find task ${taskId ?? ""}`.trim() + ". Say “show my tasks” to see their numbers.";
  }
  if (error.error === "invalid_input") return `That didn't work: ${error.message ?? "the input was not valid"}.`;
  return "I couldn't reach your task list just now. Please try again in a moment.";
}

const DONE_ONE: Record<Verb, (t: TaskSummary) => string> = {
  add: (t) => `Added ${numbered(t)}.`,
  complete: (t) => `Nice work! Marked ${numbered(t)} as done.`,
  reopen: (t) => `Reopened ${numbered(t)}. It's back in your pending list.`,
  delete: (t) => `Deleted ${numbered(t)}. It's in the trash; say “undo” to bring it back.`,
  restore: (t) => `Restored ${numbered(t)}. It's back on your list.`,
  rename: (t) => `Renamed #${t.task_id} to ${quote(t.title)}.`,
  describe: (t) => `Updated the notes on ${numbered(t)}.`,
};
const DONE_MANY: Record<Verb, [string, string]> = {
  add: ["Added", ""],
  complete: ["Nice work! Marked", " as done"],
  reopen: ["Reopened", ""],
  delete: ["Deleted", "\n\nThey're in the trash; say “undo” to bring them back."],
  restore: ["Restored", ""],
  rename: ["Renamed", ""],
  describe: ["Updated the notes on", ""],
};
const UNDONE: Record<Verb, string> = {
  add: "added", complete: "completed", reopen: "reopened", delete: "deleted", restore: "restored", rename: "renamed", describe: "updated",
};

function undoneReply(verb: Verb, tasks: TaskSummary[]): string {
  if (tasks.length > 1) return `Undone: ${UNDONE[verb]} ${plural(tasks.length, "task")}:\n${taskLines(tasks)}`;
  const task = tasks[0]!;
  if (verb === "rename") return `Undone: #${task.task_id} is ${quote(task.title)} again.`;
  if (verb === "describe") return `Undone: the notes on ${numbered(task)} are back as they were.`;
  return `Undone: ${UNDONE[verb]} ${numbered(task)}.`;
}

function changedReply(verb: Verb, tasks: TaskSummary[], undo: boolean): string {
  if (undo) return undoneReply(verb, tasks);
  if (tasks.length === 1) return DONE_ONE[verb](tasks[0]!);
  const [head, tail] = DONE_MANY[verb];
  return tail.startsWith("\n") ? `${head} ${plural(tasks.length, "task")}:\n${taskLines(tasks)}${tail}` : `${head} ${plural(tasks.length, "task")}${tail}:\n${taskLines(tasks)}`;
}

/** A "none matches" reply shows this much of what's pending. */
const SHOWN_PENDING = 10;

function noMatchReply(o: Extract<Outcome, { type: "no-match" }>): string {
  const words = quote(o.words);
  if (o.status === "trash") {
    if (o.looked === 0) return `Your trash is empty, so there's nothing matching ${words} to restore.`;
    return `I looked through the ${plural(o.looked, "task")} in your trash and none matches ${words}. Here's what's there:\n${taskLines(o.others)}`;
  }
  if (o.looked === 0) return `You have no tasks yet, so nothing matches ${words}.`;
  const head = `I looked through your ${plural(o.looked, `${STATUS_WORD[o.status]}task`)} and none matches ${words}.`;
  if (o.others.length === 0) return `${head} Nothing is pending right now.`;
  const more = o.others.length > SHOWN_PENDING ? `\n\n…and ${o.others.length - SHOWN_PENDING} more.` : "";
  return `${head} Here's what's pending:\n${taskLines(o.others.slice(0, SHOWN_PENDING))}${more}`;
}

function single(o: Outcome): string {
  switch (o.type) {
    case "changed":
      return changedReply(o.verb, [o.task], o.undo === true);
    case "failed":
      return errorReply(o.error, o.verb, o.taskId);
    case "listed":
      return o.today ? todayReply(o) : listReply(o.status, o.tasks, o.total);
    case "counted":
      return countReply(o.status, o.tasks, o.total);
    case "found":
      if (o.looked === 0) return `You have no tasks yet, so nothing mentions ${quote(o.words)}.`;
      if (o.matches.length === 0) return `I looked through your ${plural(o.looked, `${STATUS_WORD[o.status]}task`)} and none mentions ${quote(o.words)}.`;
      return `${ofYour(o.matches.length, o.looked, o.status)} ${o.matches.length === 1 ? "mentions" : "mention"} ${quote(o.words)}:\n${taskLines(o.matches)}`;
    case "shown":
      return [
        ...o.tasks.map((t) => `${numbered(t)} is ${t.completed ? "done" : "pending"}.${t.description ? `\nNotes: ${t.description}` : ""}`),
        ...o.missing.map((n) => `There's no task ${n} on your list.`),
      ].join("\n");
    case "ask": {
      if (o.candidates.length === 1) return `Do you mean ${numbered(o.candidates[0]!)}? Say “yes” to ${CONFIRM[o.change.verb]}.`;
      const head = o.words ? `${o.candidates.length} tasks match ${quote(o.words)}:` : "Do you mean one of these?";
      return `${head}\n${taskLines(o.candidates)}\n\n${QUESTION[o.change.verb]} Say “the first one” or its number.`;
    }
    case "no-match":
      return noMatchReply(o);
    case "already":
      return o.change.verb === "complete" ? `${numbered(o.task)} is already done.` : `${numbered(o.task)} isn't done yet, so there's nothing to reopen.`;
    case "nothing-to-do":
      return { delete: "Nothing to clear: none of your tasks is done yet.", complete: "Nothing is pending. Everything's already done!", restore: "Your trash is empty." }[o.verb];
    case "unavailable":
      return errorReply(o.error, undefined);
    case "say":
      return o.text;
  }
}

/** The reply for a whole turn: consecutive changes of one kind become one sentence or list. */
export function composeReply(outcomes: Outcome[]): string {
  const blocks: string[] = [];
  for (let i = 0; i < outcomes.length; ) {
    const o = outcomes[i]!;
    if (o.type !== "changed") {
      blocks.push(single(o));
      i++;
      continue;
    }
    const group: TaskSummary[] = [];
    for (; i < outcomes.length; i++) {
      const next = outcomes[i]!;
      if (next.type !== "changed" || next.verb !== o.verb || next.undo !== o.undo) break;
      group.push(next.task);
    }
    blocks.push(changedReply(o.verb, group, o.undo === true));
  }
  const unique = blocks.filter((b, i) => blocks.indexOf(b) === i);
  return unique.join(unique.some((b) => b.includes("\n")) ? "\n\n" : " ");
}
