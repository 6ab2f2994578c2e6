import type { TaskRef } from "./refs";

/** What the offline assistant understood one clause of a message to ask for. */
export type Status = "all" | "pending" | "completed" | "trash";

/** A change to one existing task. */
export type Change =
  | { verb: "complete" | "reopen" | "delete" | "restore" }
  | { verb: "rename"; title: string }
  | { verb: "describe"; description: string };

export type ChatTopic = "greet" | "thanks" | "bye" | "how" | "ack" | "who" | "praise" | "insult";

/** Things people ask for that the assistant cannot do (yet), so it can say so plainly. */
export type Unsupported =
  | "reminders" | "alarms" | "weather" | "jokes" | "time" | "delete-all" | "empty-trash" | "dates" | "long" | "other";

export type Intent =
  | { kind: "add"; title: string }
  | { kind: "list"; status: Status; today?: boolean }
  | { kind: "count"; status: Status }
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
  /** `offer` is a title the assistant can add instead ("remind me at 5 to call mom" → "Call mom"). */
  | { kind: "cannot"; what: Unsupported; offer?: string }
  | { kind: "unknown"; text: string };

export type ChangeVerb = Change["verb"];
export type BulkVerb = "delete" | "complete" | "restore";
