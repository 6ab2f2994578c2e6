import { noListReply, noListSentence } from "./change-replies";
import { findJob } from "./find";
import type { AddIntent, Change } from "./intent-types";
import { calls, done, resultOf, type Job } from "./jobs";
import { pickTask, rankTasks } from "./match";
import { addCall, createListCall, isToolError, listCall, listListsCall, listResult, type ToolStep } from "./steps";

/** Lists: seeing them, making one (and adding to it), and adding to a list only if it is one. */

interface ListedList {
  name: string;
  pending: number;
}

const listsIn = (step: ToolStep): ListedList[] => {
  const lists = (step.output as { lists?: unknown } | undefined)?.lists;
  return Array.isArray(lists) ? (lists as ListedList[]) : [];
};

/** "what lists do I have?" */
export const listsJob = (): Job => ([looked]) => {
  if (!looked) return calls(listListsCall);
  if (isToolError(looked.output)) return done({ type: "unavailable", error: looked.output });
  return done({ type: "lists", lists: listsIn(looked) });
};

/**
 * "make a Groceries list and add milk and eggs to it": the list first, then the tasks in it. A
 * list of that name already there is used as it is.
 */
export function createListJob(name: string, adds: AddIntent[]): Job {
  return ([created, ...added]) => {
    if (!created) return calls(createListCall(name));
    const existed = isToolError(created.output) && created.output.error === "conflict";
    if (isToolError(created.output) && !existed) return done({ type: "unavailable", error: created.output });
    const made = { type: "list-created" as const, name: existed ? name : String((created.output as { name?: unknown }).name ?? name), existed };
    if (adds.length === 0) return done(made);
    if (added.length === 0) return calls(...adds.map((a) => addCall({ ...a, list: made.name })));
    return done(made, ...added.map((step) => resultOf(step, "add")));
  };
}

/**
 * "add milk to groceries": into the Groceries list when the user has one (by name, ignoring
 * case); otherwise "Milk to groceries" is simply the task ("add a trip to paris").
 */
export function maybeListAddJob(intent: AddIntent & { list: string }, whole: AddIntent): Job {
  return ([looked, added]) => {
    if (!looked) return calls(listListsCall);
    if (added) return done(resultOf(added, "add"));
    const known = !isToolError(looked.output) && listsIn(looked).some((l) => l.name.toLowerCase() === intent.list.toLowerCase());
    const { orTitle: _, ...add } = intent;
    return calls(addCall(known ? add : whole));
  };
}

/**
 * "move the dentist to travel": with a Travel list, the dentist moves there. Without one, a task
 * matching the words hears which lists there are; with no such task either, the words were a new
 * task all along ("move the couch to the garage").
 */
export function maybeMoveJob(change: Extract<Change, { verb: "move" }>, words: string, whole: AddIntent): Job {
  const find = findJob(change, words);
  return ([looked, ...rest]) => {
    if (!looked) return calls(listListsCall);
    if (isToolError(looked.output)) return done({ type: "unavailable", error: looked.output });
    const lists = listsIn(looked);
    if (lists.some((l) => l.name.toLowerCase() === change.list.toLowerCase())) return find(rest);
    const [listed, added] = rest;
    if (!listed) return calls(listCall("all"));
    if (added) return done(resultOf(added, "add"));
    if (isToolError(listed.output)) return done({ type: "unavailable", error: listed.output });
    const pick = pickTask(rankTasks(words, listResult(listed.output).tasks));
    if ("none" in pick) return calls(addCall(whole));
    return done({ type: "say", text: noListSentence(change.list, lists.map((l) => l.name).join(", ")) });
  };
}

/**
 * A task to add to a list by name. With no list of that name nothing is added: the reply names
 * the user's lists, and "yes" adds it to the Inbox instead, so nothing said is lost.
 */
export function addToListJob(intent: AddIntent): Job {
  return ([added]) => {
    if (!added) return calls(addCall(intent));
    const error = added.output as { error?: string; message?: string };
    if (error?.error !== "list_not_found") return done(resultOf(added, "add"));
    const { list: _, orTitle: __, ...inbox } = intent;
    return done({ type: "say", text: noListReply(error.message, "“yes” to use your Inbox instead"), proposal: [inbox] });
  };
}
