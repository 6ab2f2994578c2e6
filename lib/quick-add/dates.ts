import { isAnchored, withConnectors } from "./anchor";
import { findDateExpressions } from "./chrono-layer";
import { resolveExpression, type Resolved } from "./resolve";
import { dateForTime, trailingHour } from "./times";
import type { Due, QuickAddContext, Span } from "./types";
import { wallClock } from "./calendar";

export interface FoundDue {
  due: Due | null;
  /** The text the due came from, connectors included: one span, or a date and a time apart. */
  spans: Span[];
}

interface Candidate extends Resolved {
  span: Span;
}

/**
 * Finds the due date in `blank` (the typed text with priority marks and ignored words blanked
 * out, same length). `anywhere` accepts every expression wherever it stands (for a whole due
 * string); otherwise the placement rules of anchor.ts apply. The last dated expression wins; a
 * time standing apart ("Call mom tomorrow about the party at 6pm") joins a date that has none.
 */
export function findDue(blank: string, ctx: QuickAddContext, anywhere = false): FoundDue {
  const wall = wallClock(ctx.now, ctx.timezone);
  const candidates: Candidate[] = [];
  for (const result of findDateExpressions(blank, wall, ctx.locale)) {
    const span = { start: result.index, end: result.index + result.text.length };
    if (/^['’]s\b/.test(blank.slice(span.end))) continue; // "tomorrow's party" names a party, not a due
    const resolved = resolveExpression(result, wall, ctx.now, ctx.timezone);
    if (!resolved) continue;
    const hour = resolved.date !== null && resolved.time === null ? trailingHour(blank.slice(span.end)) : null;
    if (hour) {
      span.end += hour.length;
      resolved.time = hour.time;
    }
    if (!anywhere && !isAnchored(blank, span)) continue;
    candidates.push({ ...resolved, span: withConnectors(blank, span) });
  }
  const dated = candidates.filter((c) => c.date !== null).at(-1);
  const timed = candidates.filter((c) => c.date === null).at(-1);
  if (dated?.date) {
    if (dated.time !== null || !timed) return { due: { date: dated.date, time: dated.time }, spans: [dated.span] };
    const spans = [dated.span, timed.span].sort((a, b) => a.start - b.start);
    return { due: { date: dated.date, time: timed.time }, spans };
  }
  if (timed?.time) return { due: { date: dateForTime(wall, timed.time), time: timed.time }, spans: [timed.span] };
  return { due: null, spans: [] };
}
