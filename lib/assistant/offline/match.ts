import type { TaskSummary } from "./steps";
import { isTypoOf, typoDistance } from "./typos";

/**
 * Finding a task named by words: every task is scored against the words over its title (and,
 * less, its description) with simple stems, prefixes and typos. One clear winner is acted on;
 * close candidates are asked about; nothing above the bar is "no match".
 */

const STOP = new Set(
  ("the a an my to for about task tasks todo todos one ones of with on at in that this it and or i me " +
    "called named titled re regarding something anything thing things stuff item items entry").split(" "),
);

/** A word without its plural, "-ing" or "-ed" ending: "meetings" → "meet", "plants" → "plant". */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.includes("'")) w = w.replaceAll("'", "");
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith("es") && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  return w;
}

interface Token {
  raw: string;
  stem: string;
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
const ASCII_WORD = /[a-z0-9]+(?:'[a-z0-9]+)*/g;
const ASCII = /^[\x00-\x7f]*$/;

export function tokens(text: string): Token[] {
  const out: Token[] = [];
  const lower = text.toLowerCase();
  for (const raw of lower.match(ASCII.test(lower) ? ASCII_WORD : WORD) ?? []) if (!STOP.has(raw)) out.push({ raw, stem: stem(raw) });
  return out;
}

function similarity(a: Token, b: Token): number {
  if (a.stem === b.stem || a.raw === b.raw) return 1;
  // A prefix and a typo both keep the first letter: most pairs stop here.
  if (a.raw[0] !== b.raw[0]) return 0;
  const [short, long] = a.stem.length <= b.stem.length ? [a.stem, b.stem] : [b.stem, a.stem];
  if (short.length >= 4 && long.startsWith(short)) return 0.75;
  if (Math.abs(a.raw.length - b.raw.length) > 2 && Math.abs(a.stem.length - b.stem.length) > 2) return 0;
  const raw = isTypoOf(a.raw, b.raw) ? typoDistance(a.raw, b.raw) : Infinity;
  const stemmed = isTypoOf(a.stem, b.stem) ? typoDistance(a.stem, b.stem) : Infinity;
  const d = Math.min(raw, stemmed);
  return d <= 1 ? 0.8 : d <= 2 ? 0.65 : 0;
}

const best = (q: Token, have: Token[]) => have.reduce((m, h) => Math.max(m, similarity(q, h)), 0);

/** Anything with a number, a title and maybe a description can be ranked. */
export type Rankable = TaskSummary & { description?: string };

export interface Ranked<T extends Rankable = Rankable> {
  task: T;
  score: number;
}

/** Tasks scored against `words`, best first; only tasks that match at all. */
export function rankTasks<T extends Rankable>(words: string, tasks: T[]): Ranked<T>[] {
  const wanted = tokens(words);
  if (wanted.length === 0) return [];
  const phrase = wanted.map((t) => t.stem).join(" ");
  const ranked: Ranked<T>[] = [];
  for (const task of tasks) {
    const title = tokens(task.title);
    let description: Token[] | undefined;
    let sum = 0;
    for (const q of wanted) {
      const inTitle = best(q, title);
      // The description counts for less, so it is read only when the title isn't a full match.
      if (inTitle < 1 && task.description) description ??= tokens(task.description);
      sum += Math.max(inTitle, description ? 0.7 * best(q, description) : 0);
    }
    const covered = sum / wanted.length;
    if (covered <= 0) continue;
    const titleCovered = title.length ? title.filter((t) => wanted.some((q) => similarity(q, t) > 0)).length / title.length : 0;
    const exact = title.map((t) => t.stem).join(" ") === phrase ? 0.2 : 0;
    ranked.push({ task, score: covered * 0.9 + titleCovered * 0.1 + exact });
  }
  return ranked.sort((a, b) => b.score - a.score || a.task.task_id - b.task.task_id);
}

/** Good enough to count as "matching": most of the words found. */
export const MATCH_BAR = 0.55;
const CLEAR_LEAD = 0.2;

/** Some of the words found: worth asking "did you mean…?", never acting on unasked. */
const MAYBE_BAR = 0.35;

export type Choice<T> = { winner: T } | { maybe: T } | { close: T[] } | { none: true };

function closeTo<T extends Rankable>(ranked: Ranked<T>[]): T[] {
  const top = ranked[0]!.score;
  return ranked.filter((r) => top - r.score < CLEAR_LEAD).slice(0, 6).map((r) => r.task).sort((a, b) => a.task_id - b.task_id);
}

/** One clear winner, one likely task, a few close candidates (in number order), or none. */
export function pickTask<T extends Rankable>(ranked: Ranked<T>[]): Choice<T> {
  const good = ranked.filter((r) => r.score >= MATCH_BAR);
  const [top, second] = good.length > 0 ? good : ranked.filter((r) => r.score >= MAYBE_BAR);
  if (!top) return { none: true };
  const clear = !second || top.score - second.score >= CLEAR_LEAD;
  if (good.length === 0) return clear ? { maybe: top.task } : { close: closeTo(ranked) };
  return clear ? { winner: top.task } : { close: closeTo(good) };
}

/** Every ranked task that matches well, in number order (for searches). */
export const matchingTasks = <T extends Rankable>(ranked: Ranked<T>[]): T[] =>
  ranked
    .filter((r) => r.score >= MATCH_BAR)
    .map((r) => r.task)
    .sort((a, b) => a.task_id - b.task_id);

/** A short, safe list_tasks query for a second look past the first page: a prefix of the longest word. */
export function searchPrefix(words: string): string {
  const longest = tokens(words).sort((a, b) => b.raw.length - a.raw.length)[0]?.raw ?? words;
  return longest.slice(0, Math.min(4, longest.length));
}
