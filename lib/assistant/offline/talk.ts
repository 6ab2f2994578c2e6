import { labelOf } from "./dates";
import type { AddIntent, Intent } from "./intent-types";
import type { PlanContext } from "./steps";
import { cleanTitle } from "./titles";

/**
 * Words for everything that isn't a task change: small talk, help, "I can't do that (yet)".
 * Short and varied; the variant is picked from a seed (the message and the turn count), so the
 * same conversation always gets the same reply and no randomness is involved.
 */
export const HELP_LINES =
  "- “Add milk, eggs and bread”\n- “Remind me to call mom tomorrow at 6pm” or “add pay rent on the 1st p1”\n" +
  "- “What's pending?”, “what's due today?” or “anything overdue?”\n- “Find anything about mom”\n" +
  "- “Mark 3 done” or “done with the report”\n- “Move the dentist to friday” or “make task 2 urgent”\n" +
  "- “Delete the meeting task” or “delete everything that's done”\n" +
  "- “Rename 2 to Pay rent” or “add a note to 2: side entrance”\n- “Undo” or “bring back the plants one”\n" +
  "- “Add milk to groceries”, “what's in my work list?” or “tag task 2 with urgent”\n" +
  "- “Every monday water the plants”, “remind me 30 minutes before the dentist” or “skip this week's standup”";

const HELP_INTROS = [
  "I'm Docket's built-in assistant. I manage your tasks with everyday requests like:",
  "Here's what I can do with your tasks. Try things like:",
  "I can add, find, complete, rename, date, prioritise, repeat, remind, file, label, delete and restore tasks. For example:",
];

const CHAT: Record<string, string[]> = {
  greet: ["Hi! What can I do for your list today?", "Hello! Want to add something, or see what's pending?", "Hey! Tell me a task to add, or ask “what's pending?”."],
  thanks: ["You're welcome!", "Glad I could help!", "Anytime — anything else for your list?", "No problem!"],
  bye: ["Bye! Your tasks will be here when you're back.", "See you later!", "Bye for now — everything's saved."],
  how: ["I'm doing well, thanks! What can I do for your list?", "All good here — ready when you are.", "Great, thanks for asking! Anything to add?"],
  ack: ["Great!", "Got it.", "Sounds good."],
  who: ["I'm Docket's built-in assistant. I work without an AI key and understand everyday requests about your tasks: adding, finding, completing, renaming, dating, prioritising, repeating, reminding, filing into lists, labelling, deleting and restoring them. Say “help” for examples."],
  praise: ["Thank you! Happy to help.", "Glad it's useful!", "Thanks! What's next on the list?"],
  insult: ["Sorry about that. I'm a simple built-in assistant — try “what's pending?” or “add buy milk”.", "Sorry! Say “help” to see what I understand."],
  yes: ["Yes to what? Tell me what to do, like “add buy milk” or “what's pending?”."],
  no: ["OK.", "No problem.", "Alright."],
  unknown: [
    "I didn't catch that. I can add tasks, show what's pending, or mark things done — say “help” for examples.",
    "Sorry, I'm not sure what you mean. Try “add …”, “what's pending?” or “help”.",
    "I didn't understand that one. Say “help” to see what I can do.",
  ],
};

const CANNOT: Record<string, string> = {
  reminders: "Tell me which task and when, like “remind me to call mom tomorrow at 6pm”, “remind me 30 minutes before the dentist” or “snooze the dentist reminder for an hour”.",
  recurrence: "Tell me which task and how often, like “make task 3 repeat every monday”, “water the plants every sunday” or “stop repeating the gym task”.",
  labels: "Tell me which task and which label, like “tag task 2 with errands”, “remove the home label from task 3” or “show everything labelled home”.",
  "list-name": "What should the list be called? Say “create a list called Reading”, or “make a Groceries list and add milk to it”.",
  "date-hint": "Tell me which task and when, like “move task 3 to friday”, “make task 2 urgent” or “remove the date from task 4”.",
  alarms: "I can't set alarms or timers, but I can add a task for it or show what's pending.",
  weather: "I can't check the weather, but I can add a task or show what's pending.",
  jokes: "I'm better at tasks than jokes! I can add a task or show what's pending.",
  "empty-trash": "I can't delete tasks for good from here: open the Trash page for that. I can bring a task back from the trash, though.",
  "delete-all": "I'd rather not delete everything at once. Name the tasks (“delete 2 and 5”), or say “delete everything that's done”.",
  other: "I can't do that: I only manage your tasks. I can add it as a task or show what's pending.",
  long: "That's a long message! I work best with short requests, one task or change at a time, like “add buy milk” or “delete task 3”.",
};

const QUESTION = /^(?:what|how|why|who|when|where|which|is|are|can|could|do|does|did|will|would|should|tell|show|i|you|it|that|this|the)\b|\?$/i;

/** Something that reads like a request to the assistant is not offered back as a task. */
const COMMAND = /^(?:add|delete|remove|complete|mark|finish|rename|change|update|edit|restore|show|list|undo|find|search|reopen|uncheck)\b|\btasks?\b|#\d/i;

export function hashText(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const pick = (options: string[], seed: number) => options[seed % options.length]!;

function now(ctx: PlanContext): string {
  try {
    return new Intl.DateTimeFormat("en-US", { dateStyle: "full", timeStyle: "short", timeZone: ctx.timezone }).format(ctx.now);
  } catch {
    return ctx.now.toUTCString();
  }
}

/** What the assistant can do instead, asked as a question: "yes" next turn adds it. */
function offerReply(offer: AddIntent, ctx: PlanContext): TalkReply {
  const label = offer.due ? labelOf(offer.due, ctx) : null;
  const due = label ? `, due ${label}` : "";
  return {
    text: `A reminder needs a time of day, like “remind me to ${offer.title.toLowerCase()} tomorrow at 9am”. I can add “${offer.title}” as a task${due} for now. Want me to?`,
    proposal: [offer],
  };
}

export interface TalkReply {
  text: string;
  /** What "yes" next turn would do. */
  proposal?: Intent[];
}

export function talkReply(intent: Intent, seed: number, ctx: PlanContext): TalkReply {
  switch (intent.kind) {
    case "help":
      return { text: `${pick(HELP_INTROS, seed)}\n${HELP_LINES}` };
    case "chat":
      return { text: pick(CHAT[intent.topic]!, seed) };
    case "yes":
      return { text: pick(intent.loose ? CHAT.ack! : CHAT.yes!, seed) };
    case "no":
      return { text: pick(CHAT.no!, seed) };
    case "cannot": {
      if (intent.what === "time") return { text: `It's ${now(ctx)} (${ctx.timezone}).` };
      if (intent.offer) return offerReply(intent.offer, ctx);
      return { text: CANNOT[intent.what]! };
    }
    case "unknown": {
      // A few plain words are most likely a task: offer to add them.
      const words = intent.text.split(/\s+/).filter(Boolean);
      if (words.length >= 1 && words.length <= 5 && !QUESTION.test(intent.text) && !COMMAND.test(intent.text) && /[aeiouy]/i.test(intent.text)) {
        const title = cleanTitle(intent.text);
        return { text: `I'm not sure what you mean by “${intent.text}”. Should I add “${title}” as a task?`, proposal: [{ kind: "add", title }] };
      }
      return { text: pick(CHAT.unknown!, seed) };
    }
    default:
      return { text: pick(CHAT.unknown!, seed) };
  }
}
