"use client";

import { useLayoutEffect, type RefObject } from "react";

/**
 * While `active`, sets `--vv-top` and `--vv-height` on the element to the visual viewport: the part
 * of the page the person can see. When the on-screen keyboard opens, iOS Safari and Chrome on
 * Android shrink the visual viewport (and may scroll it) but not the layout viewport, so a
 * `position: fixed; bottom: 0` composer would sit behind the keyboard; a sheet placed at
 * `top: var(--vv-top)` with `height: var(--vv-height)` keeps its bottom edge on the keyboard's top.
 * Without `visualViewport` the variables stay unset and the CSS fallbacks (0, 100dvh) apply.
 */
export function useVisualViewport(ref: RefObject<HTMLElement | null>, active: boolean): void {
  useLayoutEffect(() => {
    const element = ref.current;
    // Read at each activation, so a viewport that appears later (or a test's stand-in) is used.
    const viewport = window.visualViewport;
    if (!active || !element || !viewport) return;
    const fit = () => {
      element.style.setProperty("--vv-top", `${Math.max(0, viewport.offsetTop)}px`);
      element.style.setProperty("--vv-height", `${viewport.height}px`);
    };
    fit();
    viewport.addEventListener("resize", fit);
    viewport.addEventListener("scroll", fit);
    return () => {
      viewport.removeEventListener("resize", fit);
      viewport.removeEventListener("scroll", fit);
      element.style.removeProperty("--vv-top");
      element.style.removeProperty("--vv-height");
    };
  }, [ref, active]);
}
