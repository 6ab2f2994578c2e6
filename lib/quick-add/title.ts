import type { Span } from "./types";

const SEPARATORS = /[,;:\-–—/]+$/;
const LEADING_SEPARATORS = /^[,;:\-–—/]+/;

/**
 * The title: the text with the recognised spans taken out. Separators that only joined a span to
 * the rest go with it ("Call mom, tomorrow" → "Call mom"; "Urgent: fix it" → "fix it"); spaces
 * collapse; the user's own words and casing stay as typed. Nothing left → "".
 */
export function titleWithout(text: string, spans: Span[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const pieces: string[] = [];
  let from = 0;
  for (const span of sorted) {
    pieces.push(text.slice(from, span.start));
    from = Math.max(from, span.end);
  }
  pieces.push(text.slice(from));

  let title = "";
  pieces.forEach((raw, i) => {
    let piece = raw.replace(/\s+/g, " ").trim();
    const removedBefore = i > 0;
    const removedAfter = i < pieces.length - 1;
    if (removedAfter) piece = piece.replace(SEPARATORS, "").trimEnd();
    if (removedBefore) piece = piece.replace(LEADING_SEPARATORS, "").trimStart();
    // A connector left hanging by a half-typed date ("Call mom tomorrow at") goes too.
    if (removedBefore && i === pieces.length - 1) piece = piece.replace(/^(at|on|by|due)$/i, "");
    if (removedBefore && title === "") piece = piece.replace(/^[.!?]+/, "").trimStart();
    if (piece === "") return;
    title = title === "" ? piece : /^[.,;:!?)]/.test(piece) ? title + piece : `${title} ${piece}`;
  });
  // Brackets that held only a removed span: "Call mom (tomorrow)".
  return title.replace(/\s*(\(\s*\)|\[\s*\])/g, "").trim();
}
