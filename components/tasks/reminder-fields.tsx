"use client";

import { BellPlus, X } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useTime, useToday } from "@/components/time/time-context";
import { dueInstant, isValidDate, isValidTime } from "@/lib/quick-add/zone";
import { BEFORE_MINUTES_MAX, REMINDERS_MAX } from "@/lib/tasks/reminder-limits";
import { FieldError } from "./field-error";
import { reminderWords, sameReminder, UNITS, type ReminderDraft } from "./reminder-words";

interface Props {
  id: string;
  reminders: ReminderDraft[];
  onChange: (reminders: ReminderDraft[]) => void;
  /** Reminders before the due time need a due date. */
  hasDue: boolean;
  error?: string;
  /** Set here to read the reminder being added, so Save keeps one that was filled in but not yet added. */
  pending?: React.RefObject<(() => PendingReminder) | null>;
}

/** The reminder being added: none, one to keep, or why it can't be. */
export type PendingReminder = null | { next: ReminderDraft } | { problem: string };

type Kind = "due" | "before" | "at";
const field = "h-9 rounded-md border border-line bg-canvas px-2 text-sm max-sm:h-11";

/** Up to 5 reminders: at the due time, some minutes, hours or days before it, or at a date and time. */
export function ReminderFields({ id, reminders, onChange, hasDue, error, pending }: Props) {
  const time = useTime();
  const [chosen, setKind] = useState<Kind>("before");
  // Without a due date only an exact time can work.
  const kind = hasDue ? chosen : "at";
  const [amount, setAmount] = useState("30");
  const [unit, setUnit] = useState<(typeof UNITS)[number]["unit"]>("minutes");
  const today = useToday();
  const [at, setAt] = useState({ date: today, time: "09:00" });
  const [problem, setProblem] = useState<string | null>(null);
  // The choices open on demand, so the editor stays short and quick to tab through.
  const [adding, setAdding] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const full = reminders.length >= REMINDERS_MAX;

  function close() {
    setAdding(false);
    setProblem(null);
    requestAnimationFrame(() => opener.current?.focus());
  }

  function read(): { next: ReminderDraft } | { problem: string } {
    if (kind !== "at" && !hasDue) return { problem: "Set a due date first, or remind at a date and time." };
    if (kind === "due") return { next: { before_minutes: 0 } };
    if (kind === "before") {
      const n = Number(amount);
      const minutes = n * UNITS.find((u) => u.unit === unit)!.minutes;
      if (!Number.isInteger(n) || n < 1) return { problem: "Give a whole number of at least 1." };
      if (minutes > BEFORE_MINUTES_MAX) return { problem: "A reminder can be at most 4 weeks before." };
      return { next: { before_minutes: minutes } };
    }
    if (!isValidDate(at.date) || !isValidTime(at.time)) return { problem: "Pick a date and a time for the reminder." };
    return { next: { at: dueInstant(at, time.timezone)!.toISOString() } };
  }

  function add() {
    const found = read();
    if ("problem" in found) return setProblem(found.problem);
    if (reminders.some((r) => sameReminder(r, found.next))) return setProblem("That reminder is already set.");
    onChange([...reminders, found.next]);
    close();
  }

  // After every render, so Save reads what is on screen now.
  useEffect(() => {
    if (!pending) return;
    pending.current = () => {
      if (!adding || full) return null;
      const found = read();
      if ("next" in found && reminders.some((r) => sameReminder(r, found.next))) return null;
      return found;
    };
  });

  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 text-xs font-medium text-muted">Reminders</legend>
      {reminders.length > 0 ? (
        <ul aria-label="Reminders" className="space-y-1">
          {reminders.map((r, i) => {
            const words = reminderWords(r, time);
            return (
              <li key={`${words}-${i}`} className="flex items-center justify-between gap-2 rounded-md bg-raised py-0.5 pl-2.5 text-sm">
                <span>{words}</span>
                <Button size="icon" variant="ghost" className="max-sm:size-11" aria-label={`Remove reminder: ${words}`} onClick={() => onChange(reminders.filter((_, j) => j !== i))}>
                  <X className="size-4" aria-hidden />
                </Button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-sm text-muted">No reminders.</p>
      )}
      {full ? (
        <p className="text-sm text-muted">A task has at most {REMINDERS_MAX} reminders: remove one to add another.</p>
      ) : !adding ? (
        <Button ref={opener} size="sm" className="max-sm:h-11" onClick={() => setAdding(true)}>
          <BellPlus className="size-4" aria-hidden />
          Add a reminder
        </Button>
      ) : (
        <div className="flex flex-wrap items-end gap-2" role="group" aria-label="New reminder">
          <div>
            <label htmlFor={`${id}-kind`} className="sr-only">
              Kind of reminder
            </label>
            <select id={`${id}-kind`} autoFocus value={kind} onChange={(e) => setKind(e.target.value as Kind)} className={field}>
              <option value="due" disabled={!hasDue}>
                At the due time
              </option>
              <option value="before" disabled={!hasDue}>
                Before the due time
              </option>
              <option value="at">At a date and time</option>
            </select>
          </div>
          {kind === "before" && (
            <>
              <div>
                <label htmlFor={`${id}-amount`} className="sr-only">
                  How many
                </label>
                <input
                  id={`${id}-amount`}
                  type="number"
                  min={1}
                  inputMode="numeric"
                  value={amount}
                  onChange={(e) => setAmount(e.target.value)}
                  onKeyDown={(e) => {
                    // Enter adds this reminder rather than saving the whole task.
                    if (e.key === "Enter") {
                      e.preventDefault();
                      add();
                    }
                  }}
                  className={`${field} w-20`}
                />
              </div>
              <div>
                <label htmlFor={`${id}-unit`} className="sr-only">
                  Unit
                </label>
                <select id={`${id}-unit`} value={unit} onChange={(e) => setUnit(e.target.value as typeof unit)} className={field}>
                  {UNITS.map((u) => (
                    <option key={u.unit} value={u.unit}>
                      {u.unit} before
                    </option>
                  ))}
                </select>
              </div>
            </>
          )}
          {kind === "at" && (
            <>
              <div>
                <label htmlFor={`${id}-date`} className="sr-only">
                  Remind on
                </label>
                <input id={`${id}-date`} type="date" value={at.date} onChange={(e) => setAt({ ...at, date: e.target.value })} className={field} />
              </div>
              <div>
                <label htmlFor={`${id}-time`} className="sr-only">
                  Remind at
                </label>
                <input id={`${id}-time`} type="time" value={at.time} onChange={(e) => setAt({ ...at, time: e.target.value })} className={field} />
              </div>
            </>
          )}
          <Button size="sm" className="max-sm:h-11" onClick={add}>
            Add reminder
          </Button>
          <Button size="sm" variant="ghost" className="max-sm:h-11" onClick={close}>
            Discard
          </Button>
        </div>
      )}
      {!hasDue && <p className="text-xs text-muted">Reminders before the due time need a due date.</p>}
      <FieldError id={`${id}-error`} message={problem ?? error} />
    </fieldset>
  );
}
