"use client";

import { clsx } from "clsx";
import { Popover } from "radix-ui";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { fieldClass, labelClass } from "@/components/ui/field";
import { labelNameSchema } from "@/lib/labels/schemas";
import type { ShownTask } from "./use-tasks";

interface Props {
  trigger: ReactNode;
  /** The user's label names. */
  labels: string[];
  chosen: ShownTask[];
  /** Adds the label to every chosen task, or (remove) takes it off them all. */
  onPick: (name: string, remove: boolean) => void;
}

const has = (task: ShownTask, name: string) => (task.labels ?? []).some((l) => l.toLowerCase() === name.toLowerCase());

/**
 * Labels for the selection: a label all the chosen tasks have comes off them all; any other goes on
 * them all. A name typed here that no label has yet makes one.
 */
export function LabelPicker({ trigger, labels, chosen, onPick }: Props) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();

  function pick(label: string, remove: boolean) {
    setOpen(false);
    setName("");
    onPick(label, remove);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = labelNameSchema.safeParse(name);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Give a label name");
      return;
    }
    pick(parsed.data, false);
  }

  return (
    <Popover.Root open={open} onOpenChange={(next) => (setOpen(next), setError(null))}>
      <Popover.Trigger asChild>{trigger}</Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          side="top"
          sideOffset={8}
          aria-label="Label the selected tasks"
          className="z-50 w-[min(20rem,calc(100vw-1.5rem))] rounded-lg border border-line bg-surface p-3 text-sm shadow-lg"
        >
          <form onSubmit={submit} noValidate>
            <label htmlFor={inputId} className={labelClass}>
              Add a label
            </label>
            <div className="flex gap-2">
              <input
                id={inputId}
                value={name}
                onChange={(e) => (setName(e.target.value), setError(null))}
                placeholder="errands"
                autoComplete="off"
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                className={fieldClass}
              />
              <Button type="submit" variant="primary" className="h-11 shrink-0">
                Add
              </Button>
            </div>
            {error && (
              <p id={errorId} className="mt-1.5 text-xs text-danger">
                {error}
              </p>
            )}
          </form>
          {labels.length > 0 && (
            <ul aria-label="Your labels" className="mt-3 flex flex-wrap gap-1.5">
              {labels.map((label) => {
                const onAll = chosen.length > 0 && chosen.every((t) => has(t, label));
                return (
                  <li key={label}>
                    <button
                      type="button"
                      aria-pressed={onAll}
                      title={onAll ? `Remove @${label} from them all` : `Add @${label} to them all`}
                      onClick={() => pick(label, onAll)}
                      className={clsx(
                        "min-h-8 rounded-full border px-2.5 text-xs max-sm:min-h-11",
                        onAll ? "border-accent bg-accent/10 text-ink" : "border-line text-muted hover:text-ink",
                      )}
                    >
                      @{label}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
