"use client";

import { usePathname } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";
import { navigationAction } from "@/app/(app)/list-actions";
import { ListsProvider, useLists, type NavLists } from "@/components/lists/lists-context";

export interface DueCounts {
  /** Pending, due today or overdue. */
  today: number;
  /** Pending, due in the next 7 days. */
  upcoming: number;
}

const DueCountsContext = createContext<{ counts: DueCounts; reload: () => void }>({ counts: { today: 0, upcoming: 0 }, reload: () => {} });

/**
 * The navigation's counts. The layout renders them once; they are read again after every task
 * change (use-tasks calls reload) and on every navigation, since the layout itself stays.
 */
export function DueCountsProvider({ initial, lists, children }: { initial: DueCounts; lists: NavLists; children: React.ReactNode }) {
  // The lists' pending counts change with the same task changes, so they come and reload together.
  return (
    <ListsProvider initial={lists}>
      <Counts initial={initial}>{children}</Counts>
    </ListsProvider>
  );
}

function Counts({ initial, children }: { initial: DueCounts; children: React.ReactNode }) {
  const [counts, setCounts] = useState(initial);
  const pathname = usePathname();
  const latest = useRef(0);
  const { replace: replaceLists } = useLists();
  const reload = useCallback(() => {
    const call = ++latest.current;
    void navigationAction({})
      .then((result) => {
        if (!result.ok || call !== latest.current) return;
        setCounts(result.data.counts);
        replaceLists({ lists: result.data.lists, labels: result.data.labels });
      })
      .catch(() => {});
  }, [replaceLists]);

  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    reload();
  }, [pathname, reload]);

  return <DueCountsContext.Provider value={{ counts, reload }}>{children}</DueCountsContext.Provider>;
}

export const useDueCounts = () => useContext(DueCountsContext);
