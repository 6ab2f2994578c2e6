"use client";

import { Repeat, SkipForward, StopCircle } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useTime } from "@/components/time/time-context";
import type { Task } from "@/lib/tasks/schemas";
import { FieldError } from "./field-error";
import { checkRepeat, REPEAT_HINT, savedPreview } from "./repeat-preview";

interface Props {
  id: string;
  task: Task;
  /** The words in the field; the saved rule's words until changed. */
  words: string;
  onWords: (words: string) => void;
  due: { date: string; time: string };
  /** A server or schema message for the field. */
  error?: string;
  onSkip: () => void;
  onStop: () => void;
}

/** The repeat in words, read live: the rule as Docket understood it and the next 5 dates; Skip and Stop for a repeating task. */
export function RepeatFields({ id, task, words, onWords, due, error, onSkip, onStop }: Props) {
  const time = useTime();
  const unchanged = task.recurrence !== null && task.recurrence !== undefined && words === task.recurrence.text;
  const check = unchanged ? null : checkRepeat(words, due, time);
  const dates = unchanged ? savedPreview(task, time) : check?.kind === "ok" ? check.dates : [];
  const problem = error ?? (check?.kind === "invalid" ? check.message : undefined);

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-muted">
        Repeat
      </label>
      <input
        id={id}
        value={words}
        onChange={(e) => onWords(e.target.value)}
        placeholder="e.g. every weekday at 9am"
        autoComplete="off"
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-status`}
        className="h-9 w-full rounded-md border border-line bg-canvas px-2.5 text-sm aria-[invalid=true]:border-danger"
      />
      <div id={`${id}-status`} aria-live="polite" className="text-sm">
        {problem ? (
          <FieldError id={`${id}-error`} message={problem} />
        ) : check?.kind === "none" ? (
          <p className="text-muted">{task.recurrence ? "Saving stops the repeat." : `Doesn’t repeat. ${REPEAT_HINT}`}</p>
        ) : (
          <div className="rounded-md bg-raised px-2.5 py-2">
            <p className="flex items-center gap-1.5 font-medium">
              <Repeat className="size-3.5 shrink-0" aria-hidden />
              {unchanged ? task.recurrence!.text : check?.kind === "ok" ? check.text : ""}
            </p>
            {dates.length > 0 && (
              <>
                <p className="mt-1 text-xs text-muted">Next {dates.length === 1 ? "date" : `${dates.length} dates`}:</p>
                <ol aria-label="Next dates" className="mt-0.5 flex flex-wrap gap-x-3 gap-y-0.5 text-xs">
                  {dates.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ol>
              </>
            )}
          </div>
        )}
      </div>
      {task.recurrence && (
        <div className="flex flex-wrap gap-2">
          <Button size="sm" className="max-sm:h-11" onClick={onSkip} title="Move this task to its next date without completing it">
            <SkipForward className="size-4" aria-hidden />
            Skip this one
          </Button>
          <Button size="sm" className="max-sm:h-11" onClick={onStop} title="Keep the task, due as it is now, without repeating">
            <StopCircle className="size-4" aria-hidden />
            Stop repeating
          </Button>
        </div>
      )}
    </div>
  );
}
