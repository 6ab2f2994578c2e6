"use client";

import { useEffect, useState } from "react";
import { searchTasksAction } from "@/app/(app)/palette-actions";

/** Typing pauses this long before a search goes to the server. */
const DEBOUNCE_MS = 200;

type Found = Extract<Awaited<ReturnType<typeof searchTasksAction>>, { ok: true }>["data"];

type Search = { state: "idle" | "loading" | "error"; tasks: Found } | { state: "done"; tasks: Found };

/** Tasks matching the query, searched on the server once typing pauses; an answer to an older query is dropped. */
export function usePaletteSearch(query: string): Search {
  const [search, setSearch] = useState<Search>({ state: "idle", tasks: [] });
  const q = query.trim();

  useEffect(() => {
    if (!q) {
      setSearch({ state: "idle", tasks: [] });
      return;
    }
    let current = true;
    setSearch((s) => ({ state: "loading", tasks: s.tasks }));
    const timer = setTimeout(async () => {
      const result = await searchTasksAction({ query: q }).catch(() => null);
      if (!current) return;
      setSearch(result?.ok ? { state: "done", tasks: result.data } : { state: "error", tasks: [] });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q]);

  return search;
}
