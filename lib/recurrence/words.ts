/** English names shared by the phrase reader and the describer, so both agree on one spelling. */

export const WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];

export const WEEKDAY_NAMES: Record<WeekdayCode, string> = {
  MO: "Monday",
  TU: "Tuesday",
  WE: "Wednesday",
  TH: "Thursday",
  FR: "Friday",
  SA: "Saturday",
  SU: "Sunday",
};

/** Spellings people type for each day, plural included ("mondays"). */
export const WEEKDAY_WORDS: ReadonlyMap<string, WeekdayCode> = new Map(
  (
    [
      ["MO", ["mon", "monday"]],
      ["TU", ["tue", "tues", "tuesday"]],
      ["WE", ["wed", "weds", "wednesday"]],
      ["TH", ["thu", "thur", "thurs", "thursday"]],
      ["FR", ["fri", "friday"]],
      ["SA", ["sat", "saturday"]],
      ["SU", ["sun", "sunday"]],
    ] as const
  ).flatMap(([code, words]) => words.flatMap((w) => [[w, code] as const, [`${w}s`, code] as const])),
);

export const WORKWEEK: readonly WeekdayCode[] = ["MO", "TU", "WE", "TH", "FR"];
export const WEEKEND: readonly WeekdayCode[] = ["SA", "SU"];

export const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** Month number (1–12) by name or its first three letters ("sept" too). */
export const MONTH_WORDS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((name, i) => [name.toLowerCase(), i + 1] as const),
  ...MONTH_NAMES.map((name, i) => [name.slice(0, 3).toLowerCase(), i + 1] as const),
  ["sept", 9],
]);

export const monthShortName = (month: number): string => MONTH_NAMES[month - 1]!.slice(0, 3);

/** Ordinal words for "the first Monday"; -1 is "last". */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ["first", 1], ["1st", 1],
  ["second", 2], ["2nd", 2],
  ["third", 3], ["3rd", 3],
  ["fourth", 4], ["4th", 4],
  ["fifth", 5], ["5th", 5],
  ["last", -1],
]);

const ORDINAL_NAMES: Record<number, string> = { 1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", [-1]: "last", [-2]: "second-to-last" };

/** "first", "last"…, or "3rd-from-last"-style digits past the named ones. */
export function ordinalName(n: number): string {
  return ORDINAL_NAMES[n] ?? (n > 0 ? dayOrdinal(n) : `${dayOrdinal(-n)}-to-last`);
}

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"].map(
    (w, i) => [w, i + 1] as const,
  ),
);

/** 1 → "1st", 12 → "12th", 22 → "22nd". */
export function dayOrdinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
}

/** "A", "A and B", "A, B and C". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
