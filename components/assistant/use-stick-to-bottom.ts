"use client";

import { useCallback, useEffect, useRef } from "react";

/** How close to the end (px) still counts as "at the latest message". */
const NEAR_END = 48;

/**
 * Keeps a scroll box at its end while it is there: on first show (a reload, a conversation
 * opened, the sheet opened after being hidden), while a reply streams in and when the box gets
 * shorter (the on-screen keyboard). Scrolling up lets go; scrolling back down holds on again.
 * Only the box scrolls, never the page (unlike scrollIntoView).
 */
export function useStickToBottom() {
  const scrollRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);

  const toEnd = useCallback(() => {
    const box = scrollRef.current;
    if (box) box.scrollTop = box.scrollHeight;
  }, []);

  /** Back to the latest message, and stay there (a message sent, a conversation opened). */
  const stick = useCallback(() => {
    pinned.current = true;
    toEnd();
  }, [toEnd]);

  useEffect(() => {
    const box = scrollRef.current;
    const content = contentRef.current;
    if (!box || !content) return;
    let shownHeight = box.clientHeight;
    toEnd();
    const onScroll = () => {
      // A hidden box (display: none) reports 0: that is not the reader scrolling.
      if (box.clientHeight === 0) return;
      pinned.current = box.scrollHeight - box.scrollTop - box.clientHeight <= NEAR_END;
    };
    const observer = new ResizeObserver(() => {
      const height = box.clientHeight;
      // Shown again after being hidden: it opens at the latest message.
      if (shownHeight === 0 && height > 0) pinned.current = true;
      shownHeight = height;
      if (pinned.current) toEnd();
    });
    observer.observe(box);
    observer.observe(content);
    box.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      observer.disconnect();
      box.removeEventListener("scroll", onScroll);
    };
  }, [toEnd]);

  return { scrollRef, contentRef, stick };
}
