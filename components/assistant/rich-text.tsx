"use client";

import { useEffect, useState, type ComponentType } from "react";

type MarkdownComponent = ComponentType<{ text: string }>;
let loaded: MarkdownComponent | null = null;

/** Markdown once its renderer has loaded (on the first reply), plain text until then. */
export function RichText({ text }: { text: string }) {
  const [Markdown, setMarkdown] = useState<MarkdownComponent | null>(() => loaded);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    void import("./markdown").then((m) => {
      loaded = m.default;
      if (live) setMarkdown(() => m.default);
    });
    return () => {
      live = false;
    };
  }, []);
  return Markdown ? <Markdown text={text} /> : <p className="whitespace-pre-wrap">{text}</p>;
}
