import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parseQuickAdd } from "@/lib/quick-add";
import { HighlightMirror, QuickAddChips } from "./quick-add-highlights";

// Wednesday 25 November 2026, 10:00 in New York.
const ctx = { timezone: "America/New_York", now: new Date("2026-11-25T15:00:00Z") };

describe("HighlightMirror", () => {
  it("marks each recognised token at its place in the typed text, the rest as plain text", () => {
    const text = "Call mom tomorrow 6pm p1";
    const { tokens, priority } = parseQuickAdd(text, ctx);
    const html = renderToStaticMarkup(<HighlightMirror ref={null} text={text} tokens={tokens} priority={priority} className="" />);
    expect(html).toContain('aria-hidden="true"');
    expect(html).toMatch(/^<div[^>]*>Call mom <mark data-token="due"[^>]*>tomorrow 6pm<\/mark> <mark data-token="priority"[^>]*>p1<\/mark> <\/div>$/);
  });

  it("marks nothing once the highlight is kept as text", () => {
    const text = "Watch Tomorrow Never Dies";
    const { tokens } = parseQuickAdd(text, ctx, { ignore: ["tomorrow"] });
    expect(renderToStaticMarkup(<HighlightMirror ref={null} text={text} tokens={tokens} priority={null} className="" />)).not.toContain("<mark");
  });
});

describe("QuickAddChips", () => {
  it("names each chip by its value and the words it would keep as text", () => {
    const html = renderToStaticMarkup(
      <QuickAddChips
        due={{ value: { date: "2026-11-27", time: "18:00" }, label: "Fri 27 Nov, 18:00", texts: ["friday", "at 6pm"] }}
        priority={{ value: 1, texts: ["p1"] }}
        onKeepAsText={() => {}}
      />,
    );
    expect(html).toContain('aria-label="Due Fri 27 Nov, 18:00. Keep “friday” and “at 6pm” as text"');
    expect(html).toContain('aria-label="Priority 1. Keep “p1” as text"');
  });

  it("shows Today's default, not removable, when the text names no date", () => {
    const html = renderToStaticMarkup(<QuickAddChips due={null} priority={null} defaultLabel="Today" onKeepAsText={() => {}} />);
    expect(html).toContain("Today");
    expect(html).not.toContain("<button");
  });
});
