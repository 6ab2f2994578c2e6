import { and, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { Db } from "@/db/client";
import { tasks } from "@/db/schema";

/**
 * Task search, the same for GET /api/v1/tasks?q= and the assistant's list_tasks `query`.
 *
 * A task matches when every word of the query is in its title or description, as a substring
 * (case-insensitive; %, _ and \ are plain characters) or, for words of 5 letters or more, with a
 * typo (pg_trgm word similarity ≥ 0.5: "dentsit" finds "Dentist appointment"), or when the whole
 * query matches as English full text (stems: "meetings" finds "meeting"; not for a query of only
 * one- and two-letter words, which match as substrings alone). Both are answered by
 * indexes (migration 0005): a trigram GIN and a full-text GIN over title || ' ' || description.
 *
 * Results are ranked (searchRank): first the tasks whose title has every word as spelled, shorter
 * titles first (the title is about nothing else); then those with every word spelled somewhere,
 * by the share of words in the title; then near misses (typos), by how close the title is to the
 * query — word_similarity(query, title), the query within the title, plus similarity(query,
 * title) — and the share of words found as spelled. So a title that is the query ranks above a
 * title that contains it, above a description that mentions it, above a near miss. Ties go by
 * task number. Trigram similarity is only computed for near misses, so a broad query ("the")
 * costs little per task; the full-text vector lives only in the index.
 */

export const SEARCH_WORDS_MAX = 8;
/** Shorter words must be spelled right: trigrams of a short word match too much ("cat" → "call"). */
export const FUZZY_WORD_MIN = 5;
/** pg_trgm's word similarity a typo needs; its default, 0.6, misses a swapped pair of letters in a 7-letter word. */
export const WORD_SIMILARITY = 0.5;

/** One word of a query: its ILIKE pattern, itself when it is long enough to match with a typo, and whether it is too short for trigrams. */
export interface SearchWord {
  pattern: string;
  fuzzy?: string;
  short?: true;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
export const likePattern = (query: string) => `%${escapeLike(query)}%`;
const letters = (word: string) => [...word].filter((c) => /[\p{L}\p{N}]/u.test(c)).length;

/** The words of a query (at most SEARCH_WORDS_MAX, repeats dropped), each as it will be matched. */
export function searchWords(query: string): SearchWord[] {
  const words = [...new Set(query.trim().split(/\s+/).filter(Boolean).map((w) => w.toLowerCase()))].slice(0, SEARCH_WORDS_MAX);
  return words.map((word) => ({
    pattern: likePattern(word),
    ...(letters(word) >= FUZZY_WORD_MIN && { fuzzy: word }),
    ...(letters(word) < 3 && { short: true as const }),
  }));
}

// The exact expressions the indexes are built on.
const text = sql`(${tasks.title} || ' ' || ${tasks.description})`;
const document = sql`to_tsvector('english', ${tasks.title} || ' ' || ${tasks.description})`;

type Value = string | SQLWrapper;

/**
 * The match condition: every word (as a substring or with a typo), or the whole query as full text.
 * A query of only one- and two-letter words matches as substrings alone: it is not selective, so
 * it is checked row by row, where a full-text vector would be computed for every task.
 */
export function searchMatch(query: Value, words: { pattern: Value; fuzzy?: Value; short?: boolean }[]): SQL {
  // `text %> word` is `word <% text` in the form the trigram index answers.
  const each = words.map((w) => (w.fuzzy === undefined ? sql`${text} ilike ${w.pattern}` : sql`(${text} ilike ${w.pattern} or ${text} %> ${w.fuzzy})`));
  const allWords = and(...each) ?? sql`false`;
  if (words.every((w) => w.short)) return sql`(${allWords})`;
  return sql`((${allWords}) or ${document} @@ websearch_to_tsquery('english', ${query}))`;
}

/**
 * Relevance (see above): every word spelled in the title scores over 3 (shorter titles higher),
 * every word spelled somewhere 2 to 3, a near miss under 2. A query of only one- and two-letter
 * words has no trigrams to compare and matches most tasks: it ranks by the share of its words in
 * the title.
 */
export function searchRank(query: Value, words: { pattern: Value; short?: boolean }[]): SQL {
  const share = (within: SQL) =>
    sql`(${sql.join(
      words.map((w) => sql`(${within} ilike ${w.pattern})::int`),
      sql` + `,
    )})::float / ${words.length}`;
  if (words.every((w) => w.short)) return share(sql`${tasks.title}`);
  const spelledIn = (within: SQL) => and(...words.map((w) => sql`${within} ilike ${w.pattern}`));
  // Near misses stay below 2: their share is under 1 (a word is missing as spelled), so the sum is under 3.
  return sql`(case when ${spelledIn(sql`${tasks.title}`)} then 3 + 1.0 / (1 + char_length(${tasks.title}))
    when ${spelledIn(text)} then 2 + ${share(sql`${tasks.title}`)}
    else (word_similarity(${query}, ${tasks.title}) + similarity(${query}, ${tasks.title}) + ${share(text)}) / 1.5 end)`;
}

/**
 * Runs search statements with the word-similarity threshold they need. SET LOCAL lasts until the
 * transaction ends, so the connection goes back to the pool as it came.
 */
export function withSearchSettings<T>(db: Db, run: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY)}, true)`);
    return run(tx as unknown as Db);
  });
}
