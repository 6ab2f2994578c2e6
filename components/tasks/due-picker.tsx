"use client";

import { clsx } from "clsx";
import { describeDue } from "@/lib/quick-add/format";
import { addDaysToDate, weekdayOf } from "@/lib/quick-add/calendar";

const field = "h-9 rounded-md border border-line bg-canvas px-2.5 text-sm disabled:opacity-50";

interface Props {
  id: string;
  /** The user's today (YYYY-MM-DD, profile zone). */
  today: string;
  date: string;
  time: string;
  onChange: (due: { date: string; time: string }) => void;
}

/**
 * The due date and time: a native date input (keyboard-friendly everywhere), quick choices, and
 * a time that exists only with a date — clearing the date clears it.
 */
export function DuePicker({ id, today, date, time, onChange }: Props) {
  const quick = [
    { label: "Today", date: today },
    { label: "Tomorrow", date: addDaysToDate(today, 1) },
    // Next week is next Monday, as in quick add.
    { label: "Next week", date: addDaysToDate(today, 8 - weekdayOf(today)) },
    { label: "No date", date: "" },
  ];
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 text-xs font-medium text-muted">Due</legend>
      <div className="flex flex-wrap gap-1.5" role="group" aria-label="Quick dates">
        {quick.map((q) => (
          <button
            key={q.label}
            type="button"
            aria-pressed={date === q.date}
            title={q.date ? describeDue({ date: q.date, time: null }) : "Remove the date"}
            onClick={() => onChange({ date: q.date, time: q.date ? time : "" })}
            className={clsx(
              "h-8 rounded-full border px-3 text-sm",
              date === q.date ? "border-accent bg-accent text-accent-ink" : "border-line bg-surface text-ink hover:bg-raised",
            )}
          >
            {q.label}
          </button>
        ))}
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={`${id}-date`} className="mb-1 block text-xs font-medium text-muted">
            Due date
          </label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            onChange={(e) => onChange({ date: e.target.value, time: e.target.value ? time : "" })}
            className={clsx(field, "w-40")}
          />
        </div>
        <div>
          <label htmlFor={`${id}-time`} className="mb-1 block text-xs font-medium text-muted">
            Time
          </label>
          <input
            id={`${id}-time`}
            type="time"
            value={time}
            disabled={!date}
            onChange={(e) => onChange({ date, time: e.target.value })}
            aria-describedby={date ? undefined : `${id}-time-hint`}
            className={clsx(field, "w-32")}
          />
        </div>
        {date && (
          <p className="pb-2 text-sm text-muted" aria-live="polite">
            {describeDue({ date, time: time || null })}
          </p>
        )}
      </div>
      {!date && (
        <p id={`${id}-time-hint`} className="text-xs text-muted">
          Pick a date to set a time.
        </p>
      )}
    </fieldset>
  );
}
