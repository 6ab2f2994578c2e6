import type { Change, Status } from "./intent-types";
import { changedReply, errorReply, runOfChanges } from "./change-replies";
import { priorityName } from "./dates";
import { countReply, dueAndPriority, filteredReply, listReply, numbered, plural, quote, STATUS_WORD, taskLines } from "./list-replies";
import type { Outcome } from "./outcomes";
import type { PlanContext } from "./steps";

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
  due: "Which one should I move?",
  priority: "Which one's priority should I change?",
  move: "Which one should I move?",
  label: "Which one's labels should I change?",
  repeat: "Which one should I change the repeat of?",
  remind: "Which one should I remind you about?",
  skip: "Which one should I skip?",
  snooze: "Which one's reminder should I snooze?",
};

const CONFIRM: Record<Change["verb"], string> = {
  complete: "mark it as done",
  reopen: "reopen it",
  delete: "delete it",
  restore: "restore it",
  rename: "rename it",
  describe: "add the note",
  due: "change its due date",
  priority: "change its priority",
  move: "move it",
  label: "change its labels",
  repeat: "change how it repeats",
  remind: "add the reminder",
  skip: "skip its next date",
  snooze: "snooze it",
};


/** A "none matches" reply shows this much of what's pending. */
const SHOWN_PENDING = 10;

function noMatchReply(o: Extract<Outcome, { type: "no-match" }>, ctx: PlanContext): string {
  const words = quote(o.words);
  if (o.status === "trash") {
    if (o.looked === 0) return `Your trash is empty, so there's nothing matching ${words} to restore.`;
    return `I looked through the ${plural(o.looked, "task")} in your trash and none matches ${words}. Here's what's there:\n${taskLines(o.others, { ctx })}`;
  }
  if (o.looked === 0) return `You have no tasks yet, so nothing matches ${words}.`;
  const head = `I looked through your ${plural(o.looked, `${STATUS_WORD[o.status]}task`)} and none matches ${words}.`;
  if (o.others.length === 0) return `${head} Nothing is pending right now.`;
  const more = o.others.length > SHOWN_PENDING ? `\n\n…and ${o.others.length - SHOWN_PENDING} more.` : "";
  return `${head} Here's what's pending:\n${taskLines(o.others.slice(0, SHOWN_PENDING), { ctx })}${more}`;
}

function alreadyReply(o: Extract<Outcome, { type: "already" }>): string {
  if (o.change.verb === "priority") return `${numbered(o.task)} is already ${priorityName(o.task.priority ?? 4)}.`;
  return o.change.verb === "complete" ? `${numbered(o.task)} is already done.` : `${numbered(o.task)} isn't done yet, so there's nothing to reopen.`;
}

function single(o: Outcome, ctx: PlanContext): string {
  switch (o.type) {
    case "changed":
      return changedReply(o.verb, [o.task], o.undo === true, ctx, o);
    case "failed":
      return errorReply(o.error, o.verb, o.taskId);
    case "listed":
      return o.filter ? filteredReply({ ...o, filter: o.filter }, ctx) : listReply(o.status, o.tasks, o.total, ctx);
    case "counted":
      return o.filter ? filteredReply({ ...o, filter: o.filter }, ctx) : countReply(o.status, o.tasks, o.total);
    case "found":
      if (o.looked === 0) return `You have no tasks yet, so nothing mentions ${quote(o.words)}.`;
      if (o.matches.length === 0) return `I looked through your ${plural(o.looked, `${STATUS_WORD[o.status]}task`)} and none mentions ${quote(o.words)}.`;
      return `${ofYour(o.matches.length, o.looked, o.status)} ${o.matches.length === 1 ? "mentions" : "mention"} ${quote(o.words)}:\n${taskLines(o.matches, { ctx })}`;
    case "shown":
      return [
        ...o.tasks.map((t) => {
          const facts = dueAndPriority(t, ctx);
          return `${numbered(t)} is ${t.completed ? "done" : "pending"}${facts ? `, ${facts}` : ""}.${t.description ? `\nNotes: ${t.description}` : ""}`;
        }),
        ...o.missing.map((n) => `There's no task ${n} on your list.`),
      ].join("\n");
    case "ask": {
      if (o.candidates.length === 1) return `Do you mean ${numbered(o.candidates[0]!)}? Say “yes” to ${CONFIRM[o.change.verb]}.`;
      const head = o.words ? `${o.candidates.length} tasks match ${quote(o.words)}:` : "Do you mean one of these?";
      return `${head}\n${taskLines(o.candidates, { ctx })}\n\n${QUESTION[o.change.verb]} Say “the first one” or its number.`;
    }
    case "no-match":
      return noMatchReply(o, ctx);
    case "already":
      return alreadyReply(o);
    case "nothing-to-do":
      return { delete: "Nothing to clear: none of your tasks is done yet.", complete: "Nothing is pending. Everything's already done!", restore: "Your trash is empty." }[o.verb];
    case "unavailable":
      return errorReply(o.error, undefined);
    case "lists":
      return `You have ${plural(o.lists.length, "list")}:\n${o.lists.map((l) => `- ${l.name} — ${l.pending} pending`).join("\n")}`;
    case "list-created":
      return o.existed ? `You already have a list called ${quote(o.name)}.` : `Created the list ${quote(o.name)}.`;
    case "say":
      return o.text;
  }
}

/** The reply for a whole turn: consecutive changes of one kind become one sentence or list. */
export function composeReply(outcomes: Outcome[], ctx: PlanContext): string {
  const blocks: string[] = [];
  for (let i = 0; i < outcomes.length; ) {
    const o = outcomes[i]!;
    if (o.type !== "changed") {
      blocks.push(single(o, ctx));
      i++;
      continue;
    }
    const run = runOfChanges(outcomes, i);
    blocks.push(changedReply(o.verb, run.tasks, o.undo === true, ctx, o));
    i = run.end;
  }
  const unique = blocks.filter((b, i) => blocks.indexOf(b) === i);
  return unique.join(unique.some((b) => b.includes("\n")) ? "\n\n" : " ");
}
