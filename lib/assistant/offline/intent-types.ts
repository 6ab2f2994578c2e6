import type { Priority } from "@/lib/quick-add";
import type { TaskRef } from "./refs";

export type { Priority } from "@/lib/quick-add";

/** What the offline assistant understood one clause of a message to ask for. */
export type Status = "all" | "pending" | "completed" | "trash";

/** A change to one existing task. */
export type Change =
  | { verb: "complete" | "reopen" | "delete" | "restore" }
  | { verb: "rename"; title: string }
  | { verb: "describe"; description: string }
  /** `due`: the date words as said ("friday", "tomorrow 3pm"), an ISO date-time, or "none" to clear. */
  | { verb: "due"; due: string }
  /** A priority, or one step up (towards 1) or down (towards 4) from the task's own. */
  | { verb: "priority"; priority: Priority | "up" | "down" }
  /**
   * To the user's list with this name, as said (the tool matches ignoring case). `orTitle`: said
   * without "list" ("move the couch to the garage"), so when there is no such list and no such
   * task, the words are a new task.
   */
  | { verb: "move"; list: string; orTitle?: string }
  /** Labels added to and taken off the task's own; `clear` takes them all off first. */
  | { verb: "label"; add: string[]; remove: string[]; clear?: true }
  /** How it repeats, as said ("every friday"); "none" stops it. */
  | { verb: "repeat"; recurrence: string }
  /** One more reminder beside the task's own. */
  | { verb: "remind"; reminder: Reminder }
  /** Skip this occurrence of a repeating task. */
  | { verb: "skip" }
  | { verb: "snooze"; minutes: number };

/** A reminder as the tools take it: minutes before the due time, or an exact instant. */
export type Reminder = { before_minutes: number } | { at: string };

export type ChatTopic = "greet" | "thanks" | "bye" | "how" | "ack" | "who" | "praise" | "insult";

/** Things people ask for that the assistant cannot do (yet), so it can say so plainly. */
export type Unsupported =
  | "reminders" | "recurrence" | "labels" | "list-name" | "date-hint" | "alarms" | "weather" | "jokes" | "time" | "delete-all" | "empty-trash" | "long" | "other";

/**
 * Which tasks a list or count is about besides their status, resolved in the turn's zone:
 * list_tasks' own `due` filter, an inclusive range of due dates, a priority, a completion day.
 */
export interface ListFilter {
  due?: "today" | "overdue" | "upcoming" | "none";
  after?: string;
  before?: string;
  priority?: Priority;
  completedOn?: string;
  /** The name of a list, as said, and a label. */
  list?: string;
  label?: string;
  /** The filter in words for the reply: "due today", "overdue", "due this week", "urgent (P1)". */
  words: string;
}

export interface AddIntent {
  kind: "add";
  title: string;
  /** The date words found in the message ("tomorrow at 6pm"), passed on for the tool to read. */
  due?: string;
  priority?: Priority;
  /** The title was quoted ("add 'Call mom tonight'"): taken as typed, dates and all. */
  verbatim?: true;
  /** The name of the list to add it to, as said; "it" for the list made earlier in the message. */
  list?: string;
  labels?: string[];
  /** How it repeats, the words as said ("every tuesday at 8pm"). */
  recurrence?: string;
  reminders?: Reminder[];
  /** Said as "remind me …": a timed task gets a reminder at its due time. */
  remind?: true;
  /** Said as "remind me …" with no time of day: added without a reminder, and the reply says how to get one. */
  unreminded?: true;
  /**
   * "add milk to groceries": `list` is a list only if the user has one by that name (looked up
   * first); otherwise this whole phrase is the title ("add a trip to paris").
   */
  orTitle?: string;
}

export type Intent =
  | AddIntent
  | { kind: "list"; status: Status; filter?: ListFilter }
  | { kind: "count"; status: Status; filter?: ListFilter }
  | { kind: "search"; words: string; status: Status }
  | { kind: "show"; refs: TaskRef[] }
  | { kind: "change"; change: Change; refs: TaskRef[] }
  /** "delete everything that's done", "mark everything as done". */
  | { kind: "bulk"; change: { verb: BulkVerb }; from: Status }
  | { kind: "undo" }
  /** A bare reference, the answer to "which one?": "the second one", "5", "both". */
  | { kind: "answer"; refs: TaskRef[] }
  /** `loose` for "ok"/"sure", which are only a yes when something was asked. */
  | { kind: "yes"; loose?: boolean }
  | { kind: "no" }
  | { kind: "help" }
  | { kind: "chat"; topic: ChatTopic }
  /** `offer` is what the assistant can add instead ("remind me at 5 to call mom" → "Call mom" at 5). */
  | { kind: "cannot"; what: Unsupported; offer?: AddIntent }
  | { kind: "unknown"; text: string }
  /** "what lists do I have?" */
  | { kind: "lists" }
  /** "make a Groceries list (and add milk to it)". */
  | { kind: "create-list"; name: string; adds: AddIntent[] };

export type ChangeVerb = Change["verb"];
export type BulkVerb = "delete" | "complete" | "restore";
