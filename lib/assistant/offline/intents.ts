/**
 * The offline assistant's understanding of one message: normalise → clauses → typo-corrected
 * command words → the intent of each clause (with its entities). Deterministic and linear in the
 * message's length; anything it does not recognise is `unknown`, never a guess.
 */
import { readAdd, withReminder } from "./dates";
import type { AddIntent, Intent } from "./intent-types";
import { clausesOf, stripDecoration, tidyMessage } from "./normalise";
import { matchAdd, matchBareAdd, placed, REPEAT_FIRST } from "./rules-add";
import { matchChange } from "./rules-change";
import { matchSchedule } from "./rules-dates";
import { matchOrganise } from "./rules-organise";
import { matchRead } from "./rules-read";
import { matchAnswer, matchCannot, matchDateHint, matchReminder, matchTalk } from "./rules-talk";
import type { PlanContext } from "./steps";
import { cleanTitle, splitItems } from "./titles";
import { correctTypos } from "./typos";

export type { Change, ChangeVerb, Intent, Status } from "./intent-types";

/** A second request joined by "and" or a comma: "add milk and delete task 3". */
const JOINED_COMMAND =
  /(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?=(?:add|create|delete|remove|complete|finish|mark|rename|change|restore|show|list|remind me|remember to|undo|uncheck|reopen|tick off|check off|cross off|put|find|search|move|postpone|reschedule|tag|label|skip|snooze|stop repeating|make)\b)/i;
const ADD_START = /^(?:add|create|new|put|note|remind|remember|i need|we need|i have to|todo)\b/i;

function clauseIntents(raw: string, question: boolean, ctx: PlanContext): Intent[] {
  // A corrected first word may have been a courtesy ("plese add…"): strip and correct once more.
  const corrected = correctTypos(raw);
  const clause = corrected === raw ? raw : correctTypos(stripDecoration(corrected));
  if (!clause) return [];
  const talk = matchTalk(clause);
  if (talk) return [talk];
  const organised = matchOrganise(clause, ctx);
  if (organised) return [organised];
  const early = matchCannot(clause, { early: true, adding: ADD_START.test(clause) });
  if (early) return [early];
  const reminder = matchReminder(clause, ctx);
  if (reminder) return [reminder];
  const read = matchRead(clause, ctx);
  if (read) return [read];
  const scheduled = matchSchedule(clause, ctx) ?? matchDateHint(clause);
  if (scheduled) return [scheduled];
  const change = matchChange(clause);
  if (change) return [change];
  // "every monday water the plants": read as the task it is, repeat words as typed.
  if (REPEAT_FIRST.test(clause)) {
    const { body, list, labels } = placed(clause, false);
    const repeating = readAdd(body, ctx);
    if (repeating.recurrence) return [{ ...repeating, ...(list && { list }), ...(labels && { labels }) }];
  }
  const added = matchAdd(clause);
  if (added) return "intents" in added ? added.intents : clauseIntents(added.reparse, question, ctx);
  const cannot = matchCannot(clause);
  if (cannot) return [cannot];
  const bare = matchBareAdd(clause, question);
  if (bare) return bare;
  const answer = matchAnswer(clause);
  return [answer ?? { kind: "unknown", text: clause }];
}

/** A clause with a second request joined by "and" is two clauses, when both halves make sense. */
function splitJoined(clause: string, question: boolean, ctx: PlanContext): Intent[] {
  const whole = clauseIntents(clause, question, ctx);
  const at = clause.search(JOINED_COMMAND);
  if (at <= 0) return whole;
  const head = clauseIntents(stripDecoration(clause.slice(0, at)), question, ctx);
  const tail = splitJoined(stripDecoration(clause.slice(at).replace(/^\s*(?:,\s*)?(?:and\s+|&\s*)?/i, "")), question, ctx);
  const sensible = (xs: Intent[]) => xs.length > 0 && xs.every((i) => i.kind !== "unknown" && i.kind !== "answer");
  return sensible(head) && sensible(tail) ? [...head, ...tail] : whole;
}

const CHATTY = new Set<Intent["kind"]>(["chat", "help", "unknown", "yes", "no"]);

/** Requests are short: longer clauses (pasted text) are not parsed, which keeps parsing linear. */
const MAX_CLAUSE = 300;
const MAX_CLAUSES = 25;

/**
 * "move task 4 to travel and tag it with trip": "it" is the task the message named just before,
 * not one from an earlier turn.
 */
function itWithin(intents: Intent[]): Intent[] {
  return intents.map((intent, i) => {
    if (intent.kind !== "change" || intent.refs.length !== 1 || !("pronoun" in intent.refs[0]!) || i === 0) return intent;
    const before = intents[i - 1]!;
    const named = before.kind === "change" || before.kind === "show" ? before.refs : null;
    return named && named.every((r) => "number" in r || "words" in r) ? { ...intent, refs: named } : intent;
  });
}

function readTitle(add: AddIntent, ctx: PlanContext): AddIntent {
  return add.title && !add.due && !add.priority && !add.recurrence && !add.verbatim ? { ...add, ...readAdd(add.title, ctx) } : add;
}

/**
 * "make a Groceries list and add milk to it", "create a list called Books; add dune to books":
 * tasks added to "it", or to a list made earlier in the message, go in after it is made.
 */
function intoNewLists(intents: Intent[]): Intent[] {
  const out: Intent[] = [];
  for (const intent of intents) {
    if (intent.kind === "add" && intent.list) {
      const named = intent.list.toLowerCase();
      const made = out.findLast((i) => i.kind === "create-list" && (named === "it" || i.name.toLowerCase() === named));
      const { list: _, orTitle: __, ...add } = intent;
      if (made?.kind === "create-list") {
        made.adds = [...made.adds, add];
        continue;
      }
      if (named === "it") {
        out.push(add);
        continue;
      }
    }
    out.push(intent.kind === "create-list" ? { ...intent, adds: [...intent.adds] } : intent);
  }
  return out;
}

/** The intents of a message; `ctx` (the turn's zone and moment) is what date words are read against. */
export function parseMessage(message: string, ctx: PlanContext): readonly Intent[] {
  return readMessage(message, ctx);
}

function readMessage(message: string, ctx: PlanContext): Intent[] {
  const tidy = tidyMessage(message);
  const question = /\?\s*$/.test(tidy);
  const clauses = tidy.length > MAX_CLAUSES * MAX_CLAUSE ? [] : clausesOf(tidy);
  if (clauses.length === 0 && tidy.length > 0) return [{ kind: "cannot", what: "long" }];
  const intents: Intent[] = [];
  for (const clause of clauses.slice(0, MAX_CLAUSES)) {
    if (clause.length > MAX_CLAUSE) {
      intents.push({ kind: "cannot", what: "long" });
      continue;
    }
    for (const intent of splitJoined(clause, question, ctx)) {
      const previous = intents.at(-1);
      // "add milk; eggs": a clause that is only a thing continues the list being added.
      if (intent.kind === "unknown" && previous?.kind === "add" && previous.title) {
        intents.push(...splitItems(intent.text).map((t) => ({ kind: "add", title: cleanTitle(t) }) as const));
      } else {
        intents.push(intent);
      }
    }
  }
  // Only the titles of tasks to add are read for repeats, dates and priorities: "call mom tomorrow at 6pm p1".
  const acting = intents.filter((i) => !CHATTY.has(i.kind)).map((i) => (i.kind === "add" ? withReminder(readTitle(i, ctx), ctx) : i));
  if (acting.length > 0) return intoNewLists(itWithin(acting));
  // "Hello! I'm new here, what is this?": the question matters more than the greeting.
  const asked = intents.find((i) => i.kind === "help" || (i.kind === "chat" && i.topic === "who"));
  return asked ? [asked] : intents.length > 0 ? intents.slice(0, 1) : [{ kind: "unknown", text: "" }];
}
