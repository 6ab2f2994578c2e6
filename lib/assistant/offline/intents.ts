/**
 * The offline assistant's understanding of one message: a deterministic parser for the everyday
 * phrasings of DESIGN §5. Anything it does not recognise becomes `help`, never a guess.
 */
export type TaskRef = { number: number } | { words: string };

export type Intent =
  | { kind: "add"; title: string }
  | { kind: "list"; status: "all" | "pending" | "completed" | "trash" }
  | { kind: "complete"; ref: TaskRef }
  | { kind: "reopen"; ref: TaskRef }
  | { kind: "delete"; ref: TaskRef }
  | { kind: "restore"; ref: TaskRef }
  | { kind: "rename"; ref: TaskRef; title: string }
  | { kind: "undo" }
  | { kind: "greet" }
  | { kind: "help" };

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, first: 1, second: 2, third: 3, fourth: 4, fifth: 5,
};

const FILLER = /\b(?:please|pls|could you|can you|would you|for me|now|thanks|thank you)\b/g;

function normalise(text: string): string {
  return text
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/** "Call mom tonight." → "Call mom tonight"; strips quotes and the end punctuation of a sentence. */
export function cleanTitle(raw: string): string {
  let title = raw.trim().replace(/^["'`]+|["'`]+$/g, "").trim();
  title = title.replace(/[.!?]+$/, "").trim();
  title = title.replace(/^["'`]+|["'`]+$/g, "").trim();
  return title ? title[0]!.toUpperCase() + title.slice(1) : "";
}

/** A task named by number ("task 3", "#3", "number three") or by words ("the meeting task"). */
export function parseRef(raw: string): TaskRef | null {
  const text = raw.toLowerCase().replace(/[.!?"]+$/g, "").trim();
  const numbered = text.match(/^(?:task|todo|item|number|no\.?)?\s*#?\s*(\d+)$/) ?? text.match(/(?:task|#|number)\s*#?\s*(\d+)\b/);
  if (numbered) return { number: Number(numbered[1]) };
  const worded = text.match(/^(?:task|number)\s+(\w+)$/);
  if (worded && NUMBER_WORDS[worded[1]!]) return { number: NUMBER_WORDS[worded[1]!]! };
  const words = text
    .replace(/^(?:the|my|that|this)\s+/, "")
    .replace(/^(?:task|todo|item)s?\s+(?:about|called|named|for|to)?\s*/, "")
    .replace(/\s+(?:task|todo|item|one)s?$/, "")
    .replace(/^(?:the|my)\s+/, "")
    .replace(/^["']|["']$/g, "")
    .trim();
  return words && words !== "it" ? { words } : null;
}

const DONE = "(?:done|complete|completed|finished|checked(?: off)?)";
const NOT_DONE = "(?:not done|undone|incomplete|not complete|not completed|unfinished|pending|open)";

export function parseIntent(message: string): Intent {
  const original = normalise(message);
  const text = original.toLowerCase().replace(FILLER, " ").replace(/\s+/g, " ").replace(/^[,\s]+|[,\s]+$/g, "").trim();
  const bare = text.replace(/[.!?]+$/, "").trim();
  let m: RegExpMatchArray | null;

  if (/^(?:undo|undo (?:that|it|the last (?:one|change|delete))|oops|bring (?:it|that) back|put (?:it|that) back|never ?mind)$/.test(bare)) {
    return { kind: "undo" };
  }
  if (/^(?:hi|hello|hey|yo|good (?:morning|afternoon|evening))\b/.test(bare) && bare.split(" ").length <= 3) return { kind: "greet" };
  if (/^(?:help|what can you do|how does this work|what do you do|\?)$/.test(bare)) return { kind: "help" };

  // Change / rename: keep the new title's original case.
  m = original.match(/^(?:please\s+)?(?:change|rename|update|edit|retitle|set)\s+(?:the\s+title\s+of\s+)?(.+?)\s+(?:to|into|as)\s*:?\s+(.+)$/i)
    ?? original.match(/^(?:please\s+)?(?:change|rename|update|edit)\s+(task\s*#?\d+|#\d+)\s*[:\-–]\s*(.+)$/i);
  if (m) {
    const ref = parseRef(m[1]!);
    const title = cleanTitle(m[2]!);
    if (ref && title) {
      if (new RegExp(`^${DONE}$`).test(title.toLowerCase())) return { kind: "complete", ref };
      if (new RegExp(`^${NOT_DONE}$`).test(title.toLowerCase())) return { kind: "reopen", ref };
      return { kind: "rename", ref, title };
    }
  }

  // Reopen before complete: "mark 3 as not done" contains "done".
  m = bare.match(new RegExp(`^(?:mark|set|make)\\s+(.+?)\\s+(?:as\\s+)?${NOT_DONE}$`))
    ?? bare.match(/^(?:reopen|uncheck|uncomplete|unmark|unfinish)\s+(.+)$/);
  if (m) {
    const ref = parseRef(m[1]!);
    if (ref) return { kind: "reopen", ref };
  }

  m = bare.match(new RegExp(`^(?:mark|set|make)\\s+(.+?)\\s+(?:as\\s+)?${DONE}$`))
    ?? bare.match(/^(?:complete|finish|finished|check off|tick off|tick|check|close|i (?:have )?(?:finished|completed|did|done))\s+(.+)$/)
    ?? bare.match(new RegExp(`^(.+?)\\s+(?:is|are|was)\\s+(?:now\\s+)?${DONE}$`))
    ?? bare.match(/^(?:i'm |i am )?done with\s+(.+)$/);
  if (m) {
    const ref = parseRef(m[1]!);
    if (ref) return { kind: "complete", ref };
  }

  m = bare.match(/^(?:restore|recover|undelete|bring back|get back)\s+(.+)$/);
  if (m) {
    const ref = parseRef(m[1]!);
    if (ref) return { kind: "restore", ref };
  }

  m = bare.match(/^(?:delete|remove|cancel|trash|drop|get rid of|erase|scrap)\s+(.+)$/);
  if (m) {
    const ref = parseRef(m[1]!);
    if (ref) return { kind: "delete", ref };
  }

  // Adds: "add a task to X", "remind me to X", "I need to X", "remember to X".
  m = original.match(/^(?:please\s+)?(?:add|create|make|new|put|note|jot down|write down)\s+(?:a\s+|an\s+|another\s+|the\s+)?(?:new\s+)?(?:task|todo|to-do|item|reminder|note)?\s*(?:to my list\s*)?(?:to\s+|:\s*|called\s+|named\s+|for\s+|that says\s+)?(.+?)(?:\s+to my (?:list|tasks))?$/i)
    ?? original.match(/^(?:please\s+)?(?:remind me to|i need to remember to|i have to remember to|remember to|don't forget to|do not forget to|i need to|i have to|i must|i should|i've got to|i gotta|todo:|to-do:)\s+(.+)$/i);
  if (m) {
    const title = cleanTitle(m[1]!);
    if (title && !/^(?:a |an )?(?:task|todo)s?$/i.test(title)) return { kind: "add", title };
  }

  // Lists: the filter comes from the words.
  const asksToSee = /^(?:show|list|display|see|view|give|tell|get|what|which|whats|what's|do i have|how many|anything)\b/.test(bare)
    || /\b(?:my (?:tasks|list|todos?)|to-?do list)\b/.test(bare);
  if (asksToSee || /\b(?:pending|left|remaining|outstanding)\b/.test(bare)) {
    if (/\b(?:trash|deleted|bin)\b/.test(bare)) return { kind: "list", status: "trash" };
    if (/\b(?:completed|complete|done|finished|accomplished)\b/.test(bare) && !/\b(?:not|still|left|to do)\b/.test(bare)) {
      return { kind: "list", status: "completed" };
    }
    if (/\b(?:pending|left|remaining|outstanding|open|incomplete|unfinished|to do|todo|still)\b/.test(bare)) {
      return { kind: "list", status: "pending" };
    }
    if (/\b(?:tasks?|list|todos?|everything|all|items?)\b/.test(bare)) return { kind: "list", status: "all" };
  }

  return { kind: "help" };
}
