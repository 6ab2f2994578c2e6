import type { ListedTask } from "./steps";
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

export function stem(word: string): string {
  let w = word.toLowerCase().replace(/'s$/, "").replace(/'/g, "");
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  return w;
}

interface Token {
  raw: string;
  stem: string;
}

export function tokens(text: string): Token[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ""))
    .filter((w) => w.length > 0 && !STOP.has(w))
    .map((raw) => ({ raw, stem: stem(raw) }));
}

function similarity(a: Token, b: Token): number {
  if (a.stem === b.stem || a.raw === b.raw) return 1;
  const [short, long] = a.stem.length <= b.stem.length ? [a.stem, b.stem] : [b.stem, a.stem];
  if (short.length >= 4 && long.startsWith(short)) return 0.75;
  if (isTypoOf(a.raw, b.raw) || isTypoOf(a.stem, b.stem)) {
    return Math.min(typoDistance(a.raw, b.raw), typoDistance(a.stem, b.stem)) <= 1 ? 0.8 : 0.65;
  }
  return 0;
}

const best = (q: Token, have: Token[]) => have.reduce((m, h) => Math.max(m, similarity(q, h)), 0);

export interface Ranked {
  task: ListedTask;
  score: number;
}

/** Tasks scored against `words`, best first; only tasks that match at all. */
export function rankTasks(words: string, tasks: ListedTask[]): Ranked[] {
  const wanted = tokens(words);
  if (wanted.length === 0) return [];
  const phrase = wanted.map((t) => t.stem).join(" ");
  const ranked: Ranked[] = [];
  for (const task of tasks) {
    const title = tokens(task.title);
    const description = tokens(task.description ?? "");
    const covered = wanted.reduce((sum, q) => sum + Math.max(best(q, title), 0.7 * best(q, description)), 0) / wanted.length;
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

export type Pick = { winner: ListedTask } | { maybe: ListedTask } | { close: ListedTask[] } | { none: true };

function closeTo(ranked: Ranked[]): ListedTask[] {
  const top = ranked[0]!.score;
  return ranked.filter((r) => top - r.score < CLEAR_LEAD).slice(0, 6).map((r) => r.task).sort((a, b) => a.task_id - b.task_id);
}

/** One clear winner, one likely task, a few close candidates (in number order), or none. */
export function pickTask(ranked: Ranked[]): Pick {
  const good = ranked.filter((r) => r.score >= MATCH_BAR);
  const [top, second] = good.length > 0 ? good : ranked.filter((r) => r.score >= MAYBE_BAR);
  if (!top) return { none: true };
  const clear = !second || top.score - second.score >= CLEAR_LEAD;
  if (good.length === 0) return clear ? { maybe: top.task } : { close: closeTo(ranked) };
  return clear ? { winner: top.task } : { close: closeTo(good) };
}

/** Every task matching the words, in number order (for searches). */
export const matchingTasks = (words: string, tasks: ListedTask[]): ListedTask[] =>
  rankTasks(words, tasks)
    .filter((r) => r.score >= MATCH_BAR)
    .map((r) => r.task)
    .sort((a, b) => a.task_id - b.task_id);

/** A short, safe list_tasks query for a second look past the first page: a prefix of the longest word. */
export function searchPrefix(words: string): string {
  const longest = tokens(words).sort((a, b) => b.raw.length - a.raw.length)[0]?.raw ?? words;
  return longest.slice(0, Math.min(4, longest.length));
}
