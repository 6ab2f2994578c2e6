/** What words like "today" and "3/12" mean: the user's zone, their locale and the moment of typing. */
export interface QuickAddContext {
  /** IANA zone name, e.g. "Europe/Berlin". */
  timezone: string;
  now: Date;
  /** BCP 47 tag; decides whether 3/12 is 12 March or 3 December. Default "en-US". */
  locale?: string;
}

/** A floating due: a wall-clock date, and time, in the user's profile zone. */
export interface Due {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM (24 h), or null for an all-day task */
  time: string | null;
}

/** 1 highest … 4 none (the default). */
export type Priority = 1 | 2 | 3 | 4;

/** A recognised piece of the typed text, for highlighting; `text` is exactly as typed. */
export interface Token {
  kind: "due" | "priority" | "recurrence" | "reminder" | "list" | "label";
  start: number;
  end: number;
  text: string;
}

/** "every weekday at 9am" in the typed text: the words as typed (what a write sends) and the rule in the product's words. */
export interface QuickAddRepeat {
  words: string;
  label: string;
}

export interface QuickAdd {
  title: string;
  due: Due | null;
  priority: Priority | null;
  recurrence: QuickAddRepeat | null;
  /** "Remind me to …" with a due date: remind at the due time (09:00 for an all-day task). */
  remind: boolean;
  tokens: Token[];
  /** With the `tags` option: the `#list` named (the last one wins), and the `@labels`, each once. */
  list?: string | null;
  labels?: string[];
}

/** A stretch of the text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}
