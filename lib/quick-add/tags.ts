import { LABEL_NAME_MAX } from "@/lib/labels/limits";
import { LIST_NAME_MAX } from "@/lib/lists/limits";
import type { Span } from "./types";

/** `#list` or `@label` as typed; `name` without its mark (a known list's name as stored). */
export interface FoundTag extends Span {
  kind: "list" | "label";
  name: string;
}

const NAME_CHAR = /[\p{L}\p{N}_-]/u;
const WORD = /^[\p{L}\p{N}_-]+/u;
const MARKS = { "#": "list", "@": "label" } as const;

/** A mark counts at the start or after a space, so "me@example.com" and "C#" stay text. */
const standsAlone = (text: string, at: number) => at === 0 || /\s|[(,;]/.test(text[at - 1]!);

/** The known list named right after index `from` (longest first, ignoring case), ending at a word edge. */
function knownListAt(text: string, from: number, lists: string[]): string | null {
  const rest = text.slice(from).toLowerCase();
  const byLength = [...lists].sort((a, b) => b.length - a.length);
  for (const name of byLength) {
    if (!rest.startsWith(name.toLowerCase())) continue;
    const next = text[from + name.length];
    if (next === undefined || !NAME_CHAR.test(next)) return name;
  }
  return null;
}

/**
 * `#list` and `@label` words. After `#`, a known list's name matches whole (spaces and all, so
 * "#Travel plans" works); otherwise a word of letters, digits, - and _ names a list that may not
 * exist yet (all digits stays text: "issue #42"). After `@`, a label name (letters, digits, -, _).
 */
export function findTags(text: string, lists: string[]): FoundTag[] {
  const found: FoundTag[] = [];
  for (let at = 0; at < text.length; at++) {
    const mark = text[at] as keyof typeof MARKS;
    if (!(mark in MARKS) || !standsAlone(text, at)) continue;
    const kind = MARKS[mark];
    const known = kind === "list" ? knownListAt(text, at + 1, lists) : null;
    const word = known ?? WORD.exec(text.slice(at + 1))?.[0];
    if (!word) continue;
    const max = kind === "list" ? LIST_NAME_MAX : LABEL_NAME_MAX;
    if (!known && (word.length > max || /^\d+$/.test(word))) continue;
    found.push({ kind, name: word, start: at, end: at + 1 + word.length });
    at += word.length;
  }
  return found;
}

/** The `#…` or `@…` being typed where the caret is, for suggestions; null when the caret is elsewhere. */
export function tagBeingTyped(text: string, caret: number): { kind: FoundTag["kind"]; start: number; query: string } | null {
  for (let at = caret - 1; at >= 0; at--) {
    const char = text[at]!;
    if (char in MARKS) return standsAlone(text, at) ? { kind: MARKS[char as keyof typeof MARKS], start: at, query: text.slice(at + 1, caret) } : null;
    if (!NAME_CHAR.test(char)) return null;
  }
  return null;
}
