import type { Priority, Span } from "./types";

/** Priority words: urgent/highest → 1, high → 2, medium/normal → 3, low/none → 4. */
const PRIORITY_WORDS: Record<string, Priority> = {
  urgent: 1, highest: 1, top: 1,
  high: 2,
  medium: 3, normal: 3,
  low: 4, lowest: 4, none: 4,
};

/**
 * A whole string naming a priority: "p1"…"p4", "1"…"4", "!1"…"!4", a priority word, or a phrase
 * such as "high priority" / "priority high". Anything else → null.
 */
export function parsePriority(text: string): Priority | null {
  const words = text.trim().toLowerCase().replace(/\s+/g, " ").replace(/^priority:?\s*|\s*priority$/g, "");
  const digit = /^[p!]?([1-4])$/.exec(words)?.[1];
  if (digit) return Number(digit) as Priority;
  return PRIORITY_WORDS[words] ?? null;
}

export interface FoundPriority extends Span {
  priority: Priority;
}

/** "p1" or "!1" standing as its own word, anywhere in the text. */
const MARK = /(?<=^|[\s(,;])(?:p|!)([1-4])(?=$|[\s).,;:!?])/gi;

export function findPriorityMarks(text: string): FoundPriority[] {
  return [...text.matchAll(MARK)].map((m) => ({ start: m.index, end: m.index + m[0].length, priority: Number(m[1]) as Priority }));
}

const WORD = "(?:urgent|highest|top|high|medium|normal|lowest|low)";
const PHRASE = String.raw`(?:urgent|${WORD}\s+priority|priority:?\s+${WORD}|priority:?\s+p?[1-4])`;
/** A trailing phrase: "Fix the server urgent", "Triage inbox - low priority". */
const TRAILING = new RegExp(String.raw`(?<=^|[\s,;:(\-–—])${PHRASE}(?=[\s.!,;:)\-–—]*$)`, "i");
/**
 * A leading phrase needs a separator after it ("Urgent: fix the server", "High priority - call
 * bank"), so that "Urgent care appointment" keeps its title.
 */
const LEADING = new RegExp(String.raw`^\s*${PHRASE}(?=\s*[:\-–—,!])`, "i");

/** A priority phrase at the start or end of the text (priority marks and dates already blanked), or null. */
export function findPriorityPhrase(text: string): FoundPriority | null {
  const match = TRAILING.exec(text) ?? LEADING.exec(text);
  if (!match) return null;
  const start = match.index + (match[0].length - match[0].trimStart().length);
  const priority = parsePriority(match[0]);
  if (priority === null) return null;
  return { start, end: match.index + match[0].length, priority };
}
