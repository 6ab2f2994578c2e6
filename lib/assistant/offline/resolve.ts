import { DESCRIPTION_MAX, TITLE_MAX } from "@/lib/tasks/schemas";
import type { Conversation } from "./conversation";
import { findJob, searchJob } from "./find";
import type { Change, Intent } from "./intent-types";
import { readAdd } from "./dates";
import { bulkJob, callJob, countJob, listJob, lookupJob, numberJob, outcomeJob, say, showJob, undoJob, type Job } from "./jobs";
import { addToListJob, createListJob, listsJob, maybeListAddJob, maybeMoveJob } from "./list-jobs";
import { pickTask, rankTasks } from "./match";
import type { TaskRef } from "./refs";
import { addCall, changeCall, needsTask, type PlanContext, type TaskSummary } from "./steps";
import { talkReply } from "./talk";

/**
 * Intents become jobs here, with the conversation filled in: "it" and "the first one" turn into
 * task numbers, an answer to "which one?" into the change that was asked about, "yes" into what
 * was offered.
 */
export interface Situation {
  conversation: Conversation;
  ctx: PlanContext;
  /** Varies the wording of small talk and help; derived from the message and the turn count. */
  seed: number;
}

const TOO_LONG = `That's too long for a title: ${TITLE_MAX} characters at most. Try a shorter one, and put the rest in a note.`;
const tooLong = (c: Change) => (c.verb === "rename" && c.title.length > TITLE_MAX) || (c.verb === "describe" && c.description.length > DESCRIPTION_MAX);

const WHICH = "Which task do you mean? Tell me its number (like “task 3”) or a few words of its title.";

const act = (change: Change, id: number): Job => (needsTask(change) ? lookupJob(change, id) : numberJob(change, id));
const ask = (change: Change, candidates: TaskSummary[], words = ""): Job =>
  outcomeJob({ type: "ask", change, words, candidates });

function pickPosition(list: TaskSummary[], position: number): TaskSummary | undefined {
  return position === -1 ? list.at(-1) : list[position - 1];
}

function refJobs(ref: TaskRef, change: Change, { conversation, ctx }: Situation): Job[] {
  if ("number" in ref) return [act(change, ref.number)];
  if ("words" in ref && change.verb === "move" && change.orTitle) return [maybeMoveJob(change, ref.words, readAdd(change.orTitle, ctx))];
  if ("words" in ref) return [findJob(change, ref.words)];
  if ("ordinal" in ref) {
    const task = pickPosition(conversation.shown, ref.ordinal);
    return [task ? act(change, task.task_id) : say(WHICH)];
  }
  const subject = conversation.subject;
  if (subject.length === 0) return [say(WHICH)];
  if (ref.pronoun === "it" && subject.length > 1) return [ask(change, subject)];
  return subject.map((t) => act(change, t.task_id));
}

/** The answer to "which one?": a number, a position, "both", or words among the candidates. */
function answerJobs(refs: TaskRef[], question: NonNullable<Conversation["question"]>): Job[] {
  const { change, candidates } = question;
  return refs.flatMap((ref): Job[] => {
    if ("number" in ref) {
      const named = candidates.find((c) => c.task_id === ref.number);
      const positional = ref.number <= candidates.length ? candidates[ref.number - 1] : undefined;
      return [act(change, (named ?? positional)?.task_id ?? ref.number)];
    }
    if ("ordinal" in ref) {
      const task = pickPosition(candidates, ref.ordinal);
      return [task ? act(change, task.task_id) : ask(change, candidates)];
    }
    if ("pronoun" in ref) return ref.pronoun === "them" ? candidates.map((c) => act(change, c.task_id)) : [ask(change, candidates)];
    const pick = pickTask(rankTasks(ref.words, candidates));
    return ["winner" in pick ? act(change, pick.winner.task_id) : ask(change, candidates)];
  });
}

function intentJobs(intent: Intent, situation: Situation): Job[] {
  const { conversation, ctx, seed } = situation;
  switch (intent.kind) {
    case "add":
      if (!intent.title) return [say("What should the task say? For example: “add buy milk”.")];
      if (intent.title.length > TITLE_MAX) return [say(TOO_LONG)];
      if (intent.orTitle && intent.list) return [maybeListAddJob({ ...intent, list: intent.list }, { ...readAdd(intent.orTitle, ctx), ...(intent.labels && { labels: intent.labels }) })];
      return [intent.list ? addToListJob(intent) : callJob(addCall(intent), "add")];
    case "lists":
      return [listsJob()];
    case "create-list":
      return [createListJob(intent.name, intent.adds)];
    case "list":
      return [listJob(intent.status, intent.filter)];
    case "count":
      return [countJob(intent.status, intent.filter)];
    case "search":
      return [searchJob(intent.words, intent.status)];
    case "show":
      return [showJob(intent.refs.flatMap((r) => ("number" in r ? [r.number] : [])))];
    case "change":
      if (tooLong(intent.change)) return [say(intent.change.verb === "rename" ? TOO_LONG : `Notes can be at most ${DESCRIPTION_MAX.toLocaleString("en-US")} characters.`)];
      return intent.refs.flatMap((ref) => refJobs(ref, intent.change, situation));
    case "bulk":
      return [bulkJob(intent.change.verb, intent.from)];
    case "undo":
      return [undoJob(conversation.lastChanges)];
    case "answer":
      if (conversation.question) return answerJobs(intent.refs, conversation.question);
      // "and the fourth", "5 too": the change just made, once more.
      if (conversation.lastChange) return intent.refs.flatMap((ref) => refJobs(ref, conversation.lastChange!, situation));
      return [say(talkReply({ kind: "unknown", text: "" }, seed, ctx).text)];
    case "yes":
      if (conversation.proposal) return conversation.proposal.flatMap((i) => intentJobs(i, situation));
      if (conversation.question) {
        const { change, candidates } = conversation.question;
        return candidates.length === 1 ? [act(change, candidates[0]!.task_id)] : [ask(change, candidates)];
      }
      return [say(talkReply(intent, seed, ctx).text)];
    case "no":
      if (conversation.question || conversation.proposal) return [say("OK, I'll leave it as it is.")];
      return [say(talkReply(intent, seed, ctx).text)];
    case "unknown": {
      // With "which one?" open, words may name one of the candidates ("the team one", "notes").
      const question = conversation.question;
      if (question && intent.text) {
        const pick = pickTask(rankTasks(intent.text, question.candidates));
        if ("winner" in pick) return [act(question.change, pick.winner.task_id)];
      }
      const reply = talkReply(intent, seed, ctx);
      return [say(reply.text, reply.proposal)];
    }
    default: {
      const reply = talkReply(intent, seed, ctx);
      return [say(reply.text, reply.proposal)];
    }
  }
}

/** At most this many things are done for one message; the reply says when more were asked for. */
export const MAX_JOBS = 20;

/** "remind me to water the plants": added, and told how to get a reminder (it needs a time of day). */
function reminderHint(intents: readonly Intent[]): Job[] {
  const untimed = intents.find((i) => i.kind === "add" && i.unreminded && i.title);
  if (untimed?.kind !== "add") return [];
  const task = untimed.title[0]!.toLowerCase() + untimed.title.slice(1);
  return [say(`A reminder needs a time of day: say “remind me to ${task} ${untimed.due ?? "tomorrow"} at 9am” and I'll remind you then.`)];
}

export function jobsFor(intents: readonly Intent[], situation: Situation): Job[] {
  const jobs = [...intents.flatMap((intent) => intentJobs(intent, situation)), ...reminderHint(intents)];
  if (jobs.length <= MAX_JOBS) return jobs;
  return [...jobs.slice(0, MAX_JOBS), say(`That's a lot at once: I did the first ${MAX_JOBS}. Send the rest in another message.`)];
}
