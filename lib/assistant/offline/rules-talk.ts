import { dueWordsOf, readAdd, RECURRENCE_CUE, withReminder } from "./dates";
import type { AddIntent, ChatTopic, Intent, Unsupported } from "./intent-types";
import { parseRefs } from "./refs";
import type { PlanContext } from "./steps";
import { cleanTitle } from "./titles";

/** Small talk, help, yes/no, undo, bare answers and the things the assistant cannot do. */

const HELP =
  /^(?:help(?: me| please)?|\?+|what (?:else )?can you do|what can (?:i|you) (?:say|ask|do|help (?:me )?with)|what do you do|how does (?:this|it) work|how do (?:i|we) use (?:this|you|it)|how do you work|how to use(?: this)?|commands|options|menu|instructions|usage|examples?|show (?:me )?(?:some )?(?:examples|commands)|what are (?:the|your) commands|what can i ask(?: you)?|i'?m (?:lost|confused|stuck)|what now|what should i say|are you able to do anything)$/i;

const CHAT: [ChatTopic, RegExp][] = [
  ["greet", /^(?:hi|hello|hey|hiya|howdy|yo|heya|hallo|greetings|sup|good (?:morning|afternoon|evening|day)|morning|evening)(?: there| docket| assistant| friend| buddy| bot| all)?$/i],
  ["how", /^(?:how are (?:you|u|things)(?: doing| today)?|how'?s it going|how do you do|what'?s up|wh?a+ssup|how'?s (?:your|the) day|(?:are )?you (?:ok|okay|good)|how have you been|how are you doing today)$/i],
  ["thanks", /^(?:thanks|thank you|thank u|thx|ty|cheers|ta|many thanks|much appreciated|appreciate it|i appreciate it|merci|gracias|danke|thanks a (?:lot|bunch|million)|thanks for (?:the|your) help)(?: (?:so|very) much)?(?: again)?$/i],
  ["bye", /^(?:(?:ok(?:ay)?|thanks|thank you|great|cool),?\s+)*(?:bye|goodbye|good bye|bye bye|see (?:you|ya)(?: later| soon)?|later|cya|good ?night|night|have a (?:good|nice|great) (?:one|day|night|evening)|talk (?:to you )?later|that'?s all(?: for now)?|that'?s it(?: for now)?|that is all|nothing else|i'?m (?:done|off)(?: for (?:now|today))?|all done|signing off|ttyl)$/i],
  ["who", /^(?:who are you|what are you|what is this|what'?s your name|who made you|are you (?:a bot|an ai|a robot|human|real|chatgpt|an llm)|is this (?:a bot|ai))$/i],
  ["praise", /^(?:you'?re (?:great|awesome|the best|amazing|brilliant|a star|so helpful)|good (?:bot|job|work)|great (?:job|work)|nice (?:work|one|job)|well done|love (?:it|you|this)|i love (?:you|it|this))$/i],
  ["insult", /^(?:you'?re (?:useless|stupid|dumb|bad|terrible|annoying)|you suck|stupid(?: bot)?|useless|this is (?:useless|stupid|dumb)|wtf|ugh+)$/i],
  ["ack", /^(?:ok(?:ay)?|k+|done|cool|great|nice|perfect|awesome|good|got it|sounds good|alright|all right|fine|lovely|excellent|amazing|brilliant|sweet|neat|wow|noted|understood|that works|makes sense|i see|ah ok|oh ok|right)$/i],
];

const YES = /^(?:yes|yeah|yep|yup|ya|yea|yes please|please do|do it|go ahead|go for it|absolutely|of course|correct|that'?s right|that'?s it|confirm(?:ed)?|affirmative|y|yes do it|sure,? (?:go ahead|do it)|ok(?:ay)?,? (?:go ahead|do it))$/i;
const LOOSE_YES = /^(?:ok(?:ay)?|sure|sure thing|alright|fine|why not|sounds good)$/i;
const NO = /^(?:(?:no|nope|nah|ok|okay),?\s+)?(?:no|nope|nah|no thanks|no thank you|never ?mind|nvm|cancel|cancel that|forget it|forget that|don'?t|do not|don'?t do (?:it|that)|stop|neither(?: of them| one)?|none(?: of them)?|leave it|leave them|skip(?: it)?|no,? (?:leave it|thanks)|not now|nah,? (?:leave it|thanks))$/i;
const UNDO = /^(?:undo(?: (?:that|it|this|last|the last (?:one|change|thing|action|delete|step)|my last (?:change|action)))?|oops|whoops|oh no|revert(?: (?:that|it|the last change))?|reverse (?:that|it)|take (?:that|it) back|put (?:that|it) back|bring (?:that|it) back|undo please|go back|roll ?back|(?:ctrl|cmd)[- +]z|i didn'?t mean (?:that|to(?: do that)?)|that was (?:a mistake|wrong)|my mistake|mistake|i made a mistake|i messed up|wrong one)$/i;

const NOTIFY = /^(?:set (?:me )?(?:a |an )?(?:reminder|alert|notification)|create (?:a )?reminder|add (?:a )?reminder|ping me|notify me|alert me|send me (?:a )?(?:reminder|notification)|buzz me)\b\s*(?:(?:to|about|that|for)\s+)?(.*)$/i;
/** "remind me tomorrow at 5 to call mom": the date first, then the task. */
const REMIND_DATE_FIRST = /^(?:remind me|remember)\s+(?!to\b|about\b|that\b)(.+?)\s+(?:to|about|that)\s+(.+)$/i;
const CANNOT: [Unsupported, RegExp][] = [
  ["alarms", /\b(?:alarm|timer|wake me(?: up)?|stopwatch|countdown)\b/i],
  ["weather", /\b(?:weather|forecast|temperature|raining|going to rain|sunny|umbrella)\b/i],
  ["jokes", /\b(?:jokes?|funny|make me laugh|riddle)\b/i],
  ["time", /^(?:what(?:'s| is)? (?:the )?(?:time|date|day)(?: is it)?(?: today| now)?|what day is (?:it|today)|what'?s today'?s date|today'?s date)$/i],
  ["empty-trash", /^(?:empty|clear|purge|wipe)(?: out)? (?:the |my )?(?:trash|bin)$|\b(?:delete|remove) (?:it |them |.+ )?(?:forever|permanently)\b/i],
  ["delete-all", /^(?:delete|remove|clear|trash|wipe|get rid of|erase|nuke)(?: out)? (?:all|everything|all (?:of )?(?:my |the )?(?:tasks|todos|items)|my (?:whole |entire )?(?:list|tasks|todo list)|the (?:whole |entire )?list)$/i],
  ["labels", /^(?:add|set|put|give|apply|attach|remove|create)\s+(?:an?\s+|the\s+|some\s+)?(?:labels?|tags?)\b|^(?:label|tag)\s+(?:task|#|\d|it|the|that|this)|\b(?:labell?ed|tagged)\s+(?:as|with)\b/i],
  ["reminders", /\bsnooze\b/i],
  ["other", /^(?:(?:reply|respond|answer)(?: me)? with|say|repeat after me)\b|^(?:play|stream|translate|calculate|what'?s \d|what is \d|\d+\s*[-+*/x]\s*\d+|google|search the web|look up online|open (?:the )?(?:browser|app|website)|call (?:an? )?(?:uber|taxi|cab)|order (?:a |an )?(?:pizza|food|uber)|book (?:a )?(?:flight|table|hotel) for me|send (?:a |an )?(?:email|text|message) (?:to .+ )?(?:now|for me)|tell me (?:about|the news)|news|what'?s the news|write (?:me )?(?:a |an )?(?:poem|story|essay|song))\b/i],
  ["recurrence", /\b(?:repeat(?:ing)?|recurr?ing|recur)\b|^(?:every|each)\s/i],
];
/** "add a due date", "set the priority": a date or priority change that named no task or no date. */
const DATE_HINT = /^(?:set|change|update|add|give|put|make|remove|clear|move|postpone|reschedule)\s+(?:a\s+|the\s+|an?\s+)?(?:due date|due|deadline|date|priority)\b|^(?:move|postpone|reschedule|push|defer|delay)\s+(?:task\s*)?#?\d+$|^(?:move|push|postpone|delay|defer|bump|reschedule|shift)\s+.+\s+(?:by|for|back)\s+(?:a|an|one|two|three|a few|a couple of|\d+)\s+(?:days?|weeks?|months?|hours?)$/i;

export function matchTalk(clause: string): Intent | null {
  if (HELP.test(clause)) return { kind: "help" };
  if (UNDO.test(clause)) return { kind: "undo" };
  if (YES.test(clause)) return { kind: "yes" };
  if (LOOSE_YES.test(clause)) return { kind: "yes", loose: true };
  if (NO.test(clause)) return { kind: "no" };
  for (const [topic, pattern] of CHAT) if (pattern.test(clause)) return { kind: "chat", topic };
  return null;
}

/**
 * Reminders. "remind me tomorrow at 5 to call mom" is a task with that due date, reminded of at
 * its time. "Set a reminder", "ping me" with a time is the same; without a time there is nothing
 * to remind at, so the task is offered without a reminder.
 */
export function matchReminder(clause: string, ctx: PlanContext): Intent | null {
  const first = clause.match(REMIND_DATE_FIRST);
  // "remind me every day at 8am to take my vitamins": the repeat first, then the task.
  const repeating = first && RECURRENCE_CUE.test(first[1]!) ? readAdd(`${first[2]} ${first[1]}`, ctx) : null;
  if (repeating?.recurrence) return { ...repeating, remind: true };
  const due = first && dueWordsOf(first[1]!, ctx);
  if (due && due !== "none") {
    const title = cleanTitle(first![2]!);
    if (title) return { kind: "add", title, due, remind: true };
  }
  const notify = clause.match(NOTIFY);
  if (!notify) return null;
  const rest = notify[1]!.replace(/^(?:me\s+)?(?:to|about|that|for)\s+/i, "");
  const dated = rest.match(/^(.+?)\s+(?:to|about|that)\s+(.+)$/i);
  const dateFirst = dated && dueWordsOf(dated[1]!, ctx);
  const add: AddIntent = dateFirst && dateFirst !== "none" ? { kind: "add", title: cleanTitle(dated![2]!), due: dateFirst } : readAdd(cleanTitle(rest), ctx);
  const reminded = withReminder({ ...add, remind: true }, ctx);
  if (reminded.reminders && add.title.length > 1) return reminded;
  return { kind: "cannot", what: "reminders", ...(add.title.length > 1 && { offer: add }) };
}

/** Requests for things no task verb covers, recognised before anything else is tried. */
const FIRST: ReadonlySet<Unsupported> = new Set(["time", "empty-trash", "delete-all", "labels"]);

/** `adding`: the clause starts like an add, so only a label request is told apart early ("add a label to 3"). */
export function matchCannot(clause: string, { early = false, adding = false } = {}): Intent | null {
  for (const [what, pattern] of CANNOT) {
    if (early && (!FIRST.has(what) || (adding && what !== "labels"))) continue;
    if (pattern.test(clause)) return { kind: "cannot", what };
  }
  return null;
}

export const matchDateHint = (clause: string): Intent | null => (DATE_HINT.test(clause) ? { kind: "cannot", what: "date-hint" } : null);

const WORDS_ANSWER = /^(?:the\s+)(.+?)\s+(?:one|task|todo)$/i;

/** A bare reference, the answer to a question: "the first one", "5", "#2", "both", "the team one". */
export function matchAnswer(raw: string): Intent | null {
  const clause = raw.replace(/^(?:yes|yeah|yep|ok|okay|sure|no|nope|nah|sorry|i meant|i mean),?\s+/i, "").replace(/\s+(?:too|as well|also)$/i, "");
  const refs = parseRefs(clause);
  if (refs && refs.every((r) => !("words" in r))) return { kind: "answer", refs };
  const worded = clause.match(WORDS_ANSWER);
  return worded ? { kind: "answer", refs: [{ words: worded[1]! }] } : null;
}
