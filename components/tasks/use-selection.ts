"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { inPopup, isTyping } from "@/components/ui/keys";

/**
 * The tasks picked for a bulk change, by number. `order` is the board's order on screen, so a
 * Shift+click or Shift+↑/↓ selects the run between the anchor (the last task picked) and the new one.
 * Ctrl/Cmd+A selects every task shown and Escape clears, outside text fields and popups.
 */
export function useSelection(order: number[]) {
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const anchor = useRef<number | null>(null);

  // Tasks that left the board (deleted, or out of the view) leave the selection.
  const shown = useMemo(() => new Set(order), [order]);
  const current = useMemo(() => new Set([...selected].filter((id) => shown.has(id))), [selected, shown]);

  const toggle = useCallback((id: number) => {
    anchor.current = id;
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);

  /** Selects the run from the anchor to `id` (just `id` without an anchor). */
  const extendTo = useCallback(
    (id: number) => {
      const from = anchor.current !== null ? order.indexOf(anchor.current) : -1;
      const to = order.indexOf(id);
      if (to < 0) return;
      const run = from < 0 ? [id] : order.slice(Math.min(from, to), Math.max(from, to) + 1);
      if (from < 0) anchor.current = id;
      setSelected((s) => new Set([...s, ...run]));
    },
    [order],
  );

  const clear = useCallback(() => {
    anchor.current = null;
    setSelected(new Set());
  }, []);

  const selectAll = useCallback(() => setSelected(new Set(order)), [order]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (isTyping(event.target) || inPopup(event.target)) return;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "a" && order.length > 0) {
        event.preventDefault();
        selectAll();
      } else if (event.key === "Escape" && current.size > 0) {
        event.preventDefault();
        clear();
      }
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [order, current, selectAll, clear]);

  return { selected: current, toggle, extendTo, clear, selectAll };
}

export type Selection = ReturnType<typeof useSelection>;
