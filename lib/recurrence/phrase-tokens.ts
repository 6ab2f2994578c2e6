import { Temporal } from "temporal-polyfill";
import { MONTH_WORDS, NUMBER_WORDS } from "./words";

/** A word of the input with its place, so the words read can be cut out of a title. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// ISO dates and clock times stay whole; other punctuation only separates words, except "!",
// which matters right after "every".
const TOKEN = /\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|[\p{L}\p{N}]+|!/gu;

export function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
}

/** What a reader found and the index of the first token after it. */
export interface Read<T> {
  value: T;
  next: number;
}

/** A count written in digits or words ("3", "three"), within [1, max]. */
export function readNumber(t: readonly Token[], k: number, max: number): Read<number> | null {
  const w = t[k]?.text;
  if (w === undefined) return null;
  const n = /^\d{1,4}$/.test(w) ? Number(w) : NUMBER_WORDS.get(w);
  return n !== undefined && n >= 1 && n <= max ? { value: n, next: k + 1 } : null;
}

/** A day of the month: "15th", "1st", or a bare "15" when `bare` allows it. */
export function readDayNumber(t: readonly Token[], k: number, bare: boolean): Read<number> | null {
  const m = /^(\d{1,2})(st|nd|rd|th)?$/.exec(t[k]?.text ?? "");
  if (!m || (!m[2] && !bare)) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= 31 ? { value: n, next: k + 1 } : null;
}

const at = (t: readonly Token[], k: number) => t[k]?.text;

/**
 * A clock time: "9am", "9 am", "9:30 pm", "9 a.m.", "18:00", "noon", "midnight"; a bare hour
 * ("at 9") only after "at", where it cannot be a count. Returns "HH:MM".
 */
export function readTime(t: readonly Token[], k: number): Read<string> | null {
  const hasAt = at(t, k) === "at";
  let i = hasAt ? k + 1 : k;
  const w = at(t, i);
  if (w === undefined) return null;
  if (w === "noon" || w === "midnight") return { value: w === "noon" ? "12:00" : "00:00", next: i + 1 };
  const m = /^(\d{1,2})(?::(\d{2}))?(am|pm)?$/.exec(w);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  let meridiem = m[3];
  i += 1;
  if (!meridiem && (at(t, i) === "am" || at(t, i) === "pm")) meridiem = at(t, i++);
  else if (!meridiem && (at(t, i) === "a" || at(t, i) === "p") && at(t, i + 1) === "m") {
    meridiem = `${at(t, i)}m`;
    i += 2;
  }
  if (!meridiem && m[2] === undefined && !hasAt) return null;
  if (minute > 59) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === "pm" ? 12 : 0);
  } else if (hour > 23) {
    return null;
  }
  return { value: `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`, next: i };
}

/** A month and day: "dec 3", "december 3rd", "3 dec", "3rd of december", "the 3rd of december". */
export function readMonthDay(t: readonly Token[], k: number): Read<{ month: number; day: number }> | null {
  const month = MONTH_WORDS.get(at(t, k) ?? "");
  if (month !== undefined) {
    const day = readDayNumber(t, k + 1, true);
    return day && fits(month, day.value) ? { value: { month, day: day.value }, next: day.next } : null;
  }
  const from = at(t, k) === "the" ? k + 1 : k;
  const day = readDayNumber(t, from, from === k);
  if (!day) return null;
  const of = at(t, day.next) === "of" ? day.next + 1 : day.next;
  const named = MONTH_WORDS.get(at(t, of) ?? "");
  return named !== undefined && fits(named, day.value) ? { value: { month: named, day: day.value }, next: of + 1 } : null;
}

// 29 February fits: it exists in leap years.
const fits = (month: number, day: number) => day <= Temporal.PlainYearMonth.from({ year: 2000, month }).daysInMonth;

/**
 * A date for "until …": ISO ("2027-01-31"), or a month and day with an optional year. Without
 * a year it is the next such date that is not before `today`.
 */
export function readDate(t: readonly Token[], k: number, today: Temporal.PlainDate): Read<Temporal.PlainDate> | null {
  const w = at(t, k);
  if (w && /^\d{4}-\d{2}-\d{2}$/.test(w)) {
    try {
      return { value: Temporal.PlainDate.from(w, { overflow: "reject" }), next: k + 1 };
    } catch {
      return null;
    }
  }
  const md = readMonthDay(t, k);
  if (!md) return null;
  const { month, day } = md.value;
  const year = /^\d{4}$/.test(at(t, md.next) ?? "") ? Number(at(t, md.next)) : null;
  if (year !== null) {
    try {
      return { value: Temporal.PlainDate.from({ year, month, day }, { overflow: "reject" }), next: md.next + 1 };
    } catch {
      return null;
    }
  }
  // Bounded: 29 February turns up within 8 years.
  for (let y = today.year; y <= today.year + 8; y++) {
    const date = Temporal.PlainDate.from({ year: y, month, day }, { overflow: "constrain" });
    if (date.day === day && Temporal.PlainDate.compare(date, today) >= 0) return { value: date, next: md.next };
  }
  return null;
}
