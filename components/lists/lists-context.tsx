"use client";

import { createContext, useCallback, useContext, useMemo, useRef, useState } from "react";
import { navListsAction } from "@/app/(app)/list-actions";
import type { Label } from "@/lib/labels/schemas";
import type { List } from "@/lib/lists/schemas";

export interface NavLists {
  /** Active and archived lists, in their order, with pending counts. */
  lists: List[];
  labels: Label[];
}

interface ListsContextValue extends NavLists {
  reload: () => void;
  /** Takes the lists and labels read with the due counts (components/shell/due-counts.tsx). */
  replace: (data: NavLists) => void;
  /** Shows a change at once (a created, renamed or archived list) before the server's next answer. */
  setLists: (change: (lists: List[]) => List[]) => void;
  listName: (id: string | undefined) => string | undefined;
}

const ListsContext = createContext<ListsContextValue>({
  lists: [],
  labels: [],
  reload: () => {},
  replace: () => {},
  setLists: () => {},
  listName: () => undefined,
});

/**
 * The user's lists and labels for the navigation, the rows and quick add. The layout renders
 * them once; they are read again with the due counts after every task change, and after list changes.
 */
export function ListsProvider({ initial, children }: { initial: NavLists; children: React.ReactNode }) {
  const [data, setData] = useState(initial);
  const latest = useRef(0);
  const reload = useCallback(() => {
    const call = ++latest.current;
    void navListsAction({})
      .then((result) => {
        if (result.ok && call === latest.current) setData(result.data);
      })
      .catch(() => {});
  }, []);
  const replace = useCallback((next: NavLists) => {
    latest.current++; // an older reload still on its way must not undo this
    setData(next);
  }, []);
  const setLists = useCallback((change: (lists: List[]) => List[]) => setData((d) => ({ ...d, lists: change(d.lists) })), []);
  const value = useMemo(() => {
    const names = new Map(data.lists.map((l) => [l.id, l.name]));
    return { ...data, reload, replace, setLists, listName: (id: string | undefined) => (id ? names.get(id) : undefined) };
  }, [data, reload, replace, setLists]);
  return <ListsContext.Provider value={value}>{children}</ListsContext.Provider>;
}

export const useLists = () => useContext(ListsContext);

/** Lists in the order the navigation shows them: the Inbox first, then the rest by position. */
export const activeLists = (lists: List[]) => lists.filter((l) => !l.archived).sort((a, b) => Number(b.inbox) - Number(a.inbox) || (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
