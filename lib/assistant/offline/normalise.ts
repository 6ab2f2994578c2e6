/**
 * Step one of the offline language layer: one message becomes its clauses, each in the user's
 * own casing with the decoration taken off (curly quotes, spacing, end punctuation, "hey",
 * "um", "could you please…", "…thanks"). Nothing here knows about tasks.
 */

const QUOTES: [RegExp, string][] = [
  [/[’‘‛`´]/g, "'"],
  [/[“”„‟«»]/g, '"'],
  [/[\u200b\u00a0\s]+/g, " "],
];
/** Chat shorthand for words requests are made of ("can u show", "how many r done"). */
const SHORTHAND = /(?<=^|\s)(u|r|ur)(?=$|[\s?!.,])/gi;
const SPELLED: Record<string, string> = { u: "you", r: "are", ur: "your" };

/** Words people put before the request: greetings, hesitation, politeness. */
const LEADING = new RegExp(
  "^(?:" +
    [
      "(?:hey|hi|hello) there|hey|hi|hello|yo|hiya|ok(?:ay)?(?: so)?|alright|so|um+|uh+|hm+|er+m?|oh|ah|oops|whoops|oh no|actually|also|and|now|then|next|docket|assistant",
      "would you mind|do you mind|would you be able to|are you able to|is it possible to",
      "(?:can|could|would|will) (?:you|u|ya)(?: please| pls| kindly| maybe| just| also)?(?: go ahead and)?",
      "i'?d like you to|i would like you to|i want you to|i need you to|i'?d love (?:it )?if you(?: could)?|go ahead and|help me",
      "please|pls|plz|kindly|just|quickly",
      "(?:i'?d|i would) like to|i want to|i wanna|let'?s|lets|let me|can i|could i|may i",
      "tell me",
    ].join("|") +
    ")(?:[\\s,!.:;-]+|$)" +
    // Acknowledgements lead in only when punctuation follows: "great, now…", not "great job".
    "|^(?:great|cool|nice|perfect|awesome|thanks|thank you|got it|right|good|sweet)[,!.:;-]+\\s*",
  "i",
);

/** What "I want to …" may lead into: only a request to the assistant loses its lead-in. */
const REQUEST_VERB =
  /^(?:add|create|make|put|note|delete|remove|get rid|see|view|show|list|look|find|search|check|complete|finish|mark|tick|cross|rename|change|update|edit|restore|recover|bring|undo|reopen|uncheck|know|count|clear)\b/i;
const WANT_LEAD = /^(?:(?:i'?d|i would) like to|i want to|i wanna|let'?s|lets|let me|can i|could i|may i)\s+/i;

/** Words people put after the request. */
const TRAILING =
  /(?:[\s,]+(?:please|pls|plz|thanks|thank you|thx|ty|for me|if you can|if you could|if possible|now|ok|okay|mate|buddy|docket|asap|right now|real quick|:\)|:-\)|;\))|\s*[.!?…]+|\s*[\p{Extended_Pictographic}\uFE0F]+)$/iu;

function tidy(text: string): string {
  let out = text;
  for (const [from, to] of QUOTES) out = out.replace(from, to);
  return out.replace(SHORTHAND, (word) => SPELLED[word.toLowerCase()] ?? word).trim();
}

/** One clause without its lead-in and trailing courtesy; the clause itself when nothing would remain. */
export function stripDecoration(clause: string): string {
  let text = clause.trim();
  for (let i = 0; i < 8; i++) {
    const before = text;
    const trailing = text.replace(TRAILING, "").trim();
    if (trailing) text = trailing;
    const lead = text.match(LEADING);
    if (lead) {
      const rest = text.slice(lead[0].length).trim();
      const wants = WANT_LEAD.test(lead[0] + " ");
      if (rest && (!wants || REQUEST_VERB.test(rest))) text = rest;
    }
    if (text === before) break;
  }
  return text.replace(/^[\s,:;-]+|[\s,:;-]+$/g, "");
}

/** Sentence and clause breaks: ";", a sentence end, "then". Quoted text is never split. */
const BREAK = /\s*;\s*|(?<=[a-z0-9)'"][.!?])\s+(?=\S)|,?\s+(?:and then|then|and also|also)\s+(?=\S)|,\s+(?=(?:what|how|can you|could you|where|which|who)\b)|\s+and\s+(?=(?:what'?s|what is|what are|whats|how many|which tasks)\b)/gi;

const LONG = 300;
const ABBREVIATION = /\b(?:dr|mr|mrs|ms|st|vs|etc|e\.g|i\.e|approx|no)\.$/i;

/** The clauses of a tidied message (see `tidyMessage`). A clause break inside quotes does not count. */
export function clausesOf(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const m of text.matchAll(BREAK)) {
    const at = m.index ?? 0;
    const quotesBefore = (text.slice(0, at).match(/"/g) ?? []).length;
    if (quotesBefore % 2 === 1 || ABBREVIATION.test(text.slice(start, at + 1))) continue;
    pieces.push(text.slice(start, at));
    start = at + m[0].length;
  }
  pieces.push(text.slice(start));
  // A long piece is pasted text, not a request: left as it is (and never scanned twice).
  const clauses = pieces.map((p) => (p.length > LONG ? p.trim() : stripDecoration(p))).filter((c) => c.length > 0);
  return clauses.length > 0 || text.length > LONG ? clauses : [stripDecoration(text)].filter(Boolean);
}

/** The message on one line with plain quotes and spaces: what `clausesOf` splits. */
export const tidyMessage = (message: string) => tidy(message);
