"use client";

import { createContext, useContext, useEffect, useMemo, useState } from "react";
import type { QuickAddContext } from "@/lib/quick-add/types";
import { todayIn } from "@/lib/quick-add/calendar";

// Every "today" on screen is the user's profile zone (DESIGN §8), never the browser's. The server
// passes the zone, the locale and its clock; the first render uses the server's clock so the
// labels it rendered hydrate unchanged, then the browser's clock takes over, minute by minute.

const TimeContext = createContext<QuickAddContext>({ timezone: "UTC", locale: "en-US", now: new Date(0) });

export function TimeProvider({ timezone, locale, now, children }: { timezone: string; locale: string; now: number; children: React.ReactNode }) {
  const [clock, setClock] = useState(now);
  useEffect(() => {
    setClock(Date.now());
    const timer = setInterval(() => setClock(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const value = useMemo(() => ({ timezone, locale, now: new Date(clock) }), [timezone, locale, clock]);
  return <TimeContext.Provider value={value}>{children}</TimeContext.Provider>;
}

/** The user's zone, locale and now: the context quick add and the due labels read. */
export const useTime = () => useContext(TimeContext);

/** Today's date (YYYY-MM-DD) in the user's profile zone. */
export function useToday(): string {
  const { timezone, now } = useTime();
  return todayIn(timezone, now);
}
