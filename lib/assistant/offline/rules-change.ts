import type { Change, Intent } from "./intent-types";
import { parseRefs, type TaskRef } from "./refs";
import { cleanTitle, presentOf } from "./titles";

/** Changes to existing tasks, in both word orders: "mark 3 done", "3 is done", "done with 3". */

const DONE = "(?:done|complete|completed|finished|checked(?: off)?|ticked(?: off)?|crossed off|sorted|handled|taken care of|dealt with)";
const NOT_DONE = "(?:not done|undone|incomplete|not complete|not completed|not finished|unfinished|pending|open|to ?do|active|not done yet)";
const TAIL = "(?:\\s+(?:now|already|too|as well|today|finally|at last|yet))?";

const REOPEN = [
  new RegExp(`^(?:mark|set|make|flag|put|move|change|turn)\\s+(.+?)\\s+(?:as\\s+|to\\s+|back to\\s+|back as\\s+)?${NOT_DONE}(?:\\s+again)?$`, "i"),
  /^(?:reopen|re-open|uncheck|untick|uncomplete|un-complete|unmark|unfinish|undo completing|restart|resume)\s+(.+?)(?:\s+again)?$/i,
  /^(.+?)(?:\s+(?:is|are|was|were)\s+not|\s+(?:isn'?t|aren'?t|wasn'?t|weren'?t))\s+(?:really\s+|actually\s+)?(?:done|complete|completed|finished)(?:\s+(?:yet|after all))?$/i,
  /^i\s+(?:didn'?t|did not|haven'?t|have not)\s+(?:actually\s+|really\s+)?(?:finish|finished|complete|completed|do|done)\s+(.+?)(?:\s+(?:yet|after all))?$/i,
];
const COMPLETE = [
  new RegExp(`^(?:mark|set|make|flag|put|move|change|turn)\\s+(.+?)\\s+(?:as\\s+|to\\s+)?${DONE}${TAIL}$`, "i"),
  /^(?:done with|finished with|completed|complete|finished|finish|check off|tick off|cross off|cross out|strike off|strike out|close|done|i(?:'m| am) (?:done|finished) with|i(?:'ve| have)? (?:just |already |finally )?(?:finished|completed|done|did|ticked off|crossed off)|we(?:'ve| have)? (?:finished|completed|did))\s+(.+?)(?:\s+(?:off|already|today|now))?$/i,
  new RegExp(`^(.+?)(?:\\s+(?:is|are|was|were|has been|have been|got)|'s)?\\s+(?:now\\s+|all\\s+|also\\s+|finally\\s+|already\\s+)?${DONE}${TAIL}$`, "i"),
  /^(?:check|tick|cross)\s+(.+?)\s+off$/i,
  /^(?:done|complete|completed|finished)\s*:\s*(.+)$/i,
];
const ONLY_DONE = new RegExp(`^${DONE}$`, "i");
const ONLY_NOT_DONE = new RegExp(`^${NOT_DONE}$`, "i");
/** "check 3", "tick #2": a verb that only completes with a plain reference after it. */
const CHECK = /^(?:check|tick)\s+(.+)$/i;

const BULK_DELETE = new RegExp(
  `^(?:delete|remove|clear|clear out|get rid of|trash|purge|clean up|clean out|archive|bin|throw away|throw out|wipe|drop)\\s+(?:all\\s+(?:of\\s+)?)?(?:the\\s+|my\\s+)?(?:(?:tasks|todos|items|ones|things|stuff|everything|all)\\s+)?(?:that\\s+(?:is|are|i've|i have|were|was|got)\\s+|what(?:'s| is)\\s+|whatever(?:'s| is)\\s+|which\\s+(?:is|are)\\s+|i(?:'ve| have)\\s+(?:already\\s+)?|that's\\s+|thats\\s+|already\\s+)?${DONE}(?:\\s+(?:tasks|todos|items|ones|things|stuff))?(?:\\s+(?:too|as well))?$`,
  "i",
);
const BULK_COMPLETE = new RegExp(`^(?:mark|set)\\s+(?:all|everything)(?:\\s+(?:my\\s+)?(?:tasks|todos|of them))?\\s+(?:as\\s+)?${DONE}$|^(?:complete|finish|check off|tick off)\\s+(?:all|everything)(?:\\s+(?:my\\s+)?(?:tasks|todos|of them))?$`, "i");

const BULK_RESTORE = /^(?:restore|undelete|recover|bring back|get back)\s+(?:all|everything|all (?:of )?(?:my |the )?(?:tasks|deleted tasks|deleted ones))(?:\s+(?:in|from) (?:the |my )?(?:trash|bin))?$|^empty the trash back$/i;
const DELETE = [
  /^(?:delete|remove|cancel|trash|drop|bin|get rid of|erase|scrap|discard|kill|ditch|nuke|throw away|throw out|toss|take off|strike|x out|forget about)\s+(.+?)(?:\s+(?:from|off) (?:my|the) (?:list|tasks|todo list|to-do list))?$/i,
  /^(?:i|we)\s+(?:don'?t|do not|no longer)\s+(?:need|want|have to do|need to do)\s+(.+?)(?:\s+(?:anymore|any more|now|after all))?$/i,
  /^(.+?)\s+(?:is|are)\s+(?:no longer needed|not needed(?: anymore| any more)?|cancell?ed|off)$/i,
];
const RESTORE = [
  /^(?:restore|recover|undelete|un-delete|bring back|get back|put back|retrieve|rescue|resurrect|unarchive|untrash|un-trash|bring up)\s+(.+?)(?:\s+from (?:the )?(?:trash|bin))?$/i,
  /^(?:bring|get|put)\s+(.+?)\s+back(?:\s+from (?:the )?(?:trash|bin))?$/i,
];

const DESCRIBE: RegExp[] = [
  /^(?:add|put|attach|write|leave|append|set|give)\s+(?:a\s+|the\s+|some\s+)?(?:note|description|details?|comment|info)\s+(?:to|on|for|in)\s+(.+?)\s*(?::|\s-|–|—|\bsaying\b|\bthat says\b|\breading\b)\s*(.+)$/i,
  /^(?:set|change|update|edit|make)\s+(?:the\s+)?(?:description|note|notes|details)\s+(?:of|for|on|to)\s+(.+?)\s+(?:to|as|:)\s*:?\s*(.+)$/i,
  /^(?:describe)\s+(.+?)\s+as\s+(.+)$/i,
  /^(?:set|change|update)\s+(.+?)'s\s+(?:description|note|notes|details)\s+(?:to|as)\s+(.+)$/i,
  /^(?:a\s+)?(?:note|notes|description|details|comment)\s+(?:on|for|to)\s+(.+?)\s*(?::|\s-|–|—)\s*(.+)$/i,
  /^((?:task\s*)?#?\d+)(?:'s)?\s+(?:note|notes|description|details)\s*(?::|\s-|=|\bis\b|\bshould be\b)\s*(.+)$/i,
];
const CLEAR_DESCRIPTION = /^(?:clear|remove|delete|erase|empty)\s+(?:the\s+)?(?:description|note|notes|details)\s+(?:of|from|on|for)\s+(.+)$/i;

const RENAME: RegExp[] = [
  /^(?:rename|retitle|re-title|change|update|edit|set|call)\s+(?:the\s+(?:title|name)\s+(?:of\s+)?)?(.+?)(?:'s\s+(?:title|name))?\s+(?:to|into|as|to say|to read)\s*:?\s+(.+)$/i,
  /^(?:rename|retitle|change|update|edit)\s+((?:task\s*)?#?\s*\d+)\s*(?:[:\-–—]\s*|\s+)(.+)$/i,
  /^(.+?)\s+should (?:be called|say|read)\s+(.+)$/i,
];

/** References that can't be a task: questions and filler ("what", "everything", "a reminder"). */
const NOT_A_TASK = /^(?:what|which|how|who|why|when|where|is|are|do|does|anything|everything|nothing|all|it all|a|an|some|any|this week|today|yesterday|tomorrow)\b/i;

/** The tasks a phrase in a change points at; null for a question or filler. */
export function refsIn(phrase: string | undefined): TaskRef[] | null {
  if (!phrase || NOT_A_TASK.test(phrase.trim())) return null;
  return parseRefs(phrase);
}

const change = (verb: "complete" | "reopen" | "delete" | "restore", refs: TaskRef[] | null): Intent | null =>
  refs ? { kind: "change", change: { verb }, refs } : null;

function firstOf(patterns: RegExp[], clause: string, verb: "complete" | "reopen" | "delete" | "restore"): Intent | null {
  for (const p of patterns) {
    const found = change(verb, refsIn(clause.match(p)?.[1]));
    if (found) return found;
  }
  return null;
}

function describe(clause: string): Intent | null {
  const cleared = clause.match(CLEAR_DESCRIPTION);
  if (cleared) return withRefs(refsIn(cleared[1]), { verb: "describe", description: "" });
  for (const p of DESCRIBE) {
    const m = clause.match(p);
    const description = m ? cleanTitle(m[2]!) : "";
    if (m && description) return withRefs(refsIn(m[1]), { verb: "describe", description });
  }
  return null;
}

function rename(clause: string): Intent | null {
  for (const p of RENAME) {
    const m = clause.match(p);
    if (!m) continue;
    const title = cleanTitle(m[2]!);
    if (ONLY_DONE.test(title)) return change("complete", refsIn(m[1]));
    if (ONLY_NOT_DONE.test(title)) return change("reopen", refsIn(m[1]));
    const renamed = title ? withRefs(refsIn(m[1]), { verb: "rename", title }) : null;
    if (renamed) return renamed;
  }
  return null;
}

const withRefs = (refs: TaskRef[] | null, c: Change): Intent | null => (refs ? { kind: "change", change: c, refs } : null);

/** "I paid the rent", "we bought groceries": a task reported done in the past tense. */
const REPORTED = /^(?:i|we)(?:'ve| have)?\s+(?:already\s+|just\s+|finally\s+|actually\s+)?([a-z]+)\s+(.+)$/i;

function reported(clause: string): Intent | null {
  const m = clause.match(REPORTED);
  const verb = m && presentOf(m[1]!);
  return verb ? change("complete", refsIn(`${verb} ${m[2]}`)) : null;
}

export function matchChange(clause: string): Intent | null {
  if (BULK_DELETE.test(clause)) return { kind: "bulk", change: { verb: "delete" }, from: "completed" };
  if (BULK_COMPLETE.test(clause)) return { kind: "bulk", change: { verb: "complete" }, from: "pending" };
  if (BULK_RESTORE.test(clause)) return { kind: "bulk", change: { verb: "restore" }, from: "trash" };
  const checked = clause.match(CHECK)?.[1];
  const plain = refsIn(checked)?.filter((r) => !("words" in r));
  return (
    describe(clause) ??
    firstOf(REOPEN, clause, "reopen") ??
    firstOf(COMPLETE, clause, "complete") ??
    rename(clause) ??
    (plain?.length ? change("complete", plain) : null) ??
    firstOf(DELETE, clause, "delete") ??
    firstOf(RESTORE, clause, "restore") ??
    reported(clause)
  );
}
