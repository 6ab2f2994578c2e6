"use client";

import { useTime } from "@/components/time/time-context";
import { describeDue } from "@/lib/quick-add/format";
import { wallClock } from "@/lib/quick-add/calendar";
import type { Task } from "@/lib/tasks/schemas";

/** A repeating task's completed occurrences, newest first: the date each was due and when it was done. */
export function OccurrenceHistory({ occurrences }: { occurrences: NonNullable<Task["completed_occurrences"]> }) {
  const time = useTime();
  if (occurrences.length === 0) return null;
  return (
    <section aria-label="Completed occurrences" className="space-y-1">
      <h3 className="text-xs font-medium text-muted">Done before</h3>
      <ul className="space-y-0.5 text-sm">
        {occurrences.map((o) => {
          const done = wallClock(new Date(o.completed_at), time.timezone);
          return (
            <li key={`${o.due_date}-${o.completed_at}`} data-occurrence={o.due_date}>
              Due {describeDue({ date: o.due_date, time: null }, time)}
              <span className="text-muted"> · done {describeDue({ date: done.date, time: done.time }, time)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
