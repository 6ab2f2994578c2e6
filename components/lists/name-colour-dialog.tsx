"use client";

import { clsx } from "clsx";
import { useId, useState, type FormEvent } from "react";
import { FieldError } from "@/components/tasks/field-error";
import { Button } from "@/components/ui/button";
import { FormDialog } from "@/components/ui/form-dialog";
import { fieldClass, labelClass } from "@/components/ui/field";
import { COLORS, DEFAULT_COLOR, type Color } from "@/lib/palette";
import type { ActionError } from "@/lib/http/action";
import { SWATCH } from "./color-dot";

export interface NameColourDialogProps {
  title: string;
  submitLabel: string;
  initial?: { name: string; color: Color };
  /** The Inbox keeps its name: only its colour changes. */
  nameLocked?: boolean;
  maxLength: number;
  /** Saves; answers the error to show, or null when done (the caller closes the dialog). */
  onSubmit: (value: { name: string; color: Color }) => Promise<ActionError | null>;
  onClose: () => void;
}

const failed = "Couldn't reach Docket. Check your connection and try again.";

/** A name and a colour from the palette: a new list, or renaming and recolouring a list or label. Loaded on first use. */
export default function NameColourDialog({ title, submitLabel, initial, nameLocked, maxLength, onSubmit, onClose }: NameColourDialogProps) {
  const id = useId();
  const [name, setName] = useState(initial?.name ?? "");
  const [color, setColor] = useState<Color>(initial?.color ?? DEFAULT_COLOR);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  // Opened without a Radix trigger (it loads on first use): focus goes back to what opened it.
  const [opener] = useState(() => document.activeElement as HTMLElement | null);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setErrors({ name: "Give it a name, like “Travel”" });
    if (initial && name.trim() === initial.name && color === initial.color) return onClose();
    setSaving(true);
    const error = await onSubmit({ name: name.trim(), color }).catch((): ActionError => ({ code: "internal", message: failed }));
    setSaving(false);
    if (error) setErrors(error.fields?.name || error.fields?.color ? error.fields : { name: error.message });
  }

  return (
    <FormDialog title={title} onClose={onClose} returnFocus={() => opener?.isConnected && opener.focus()} width="md">
      <form onSubmit={save} className="space-y-4" noValidate>
        <div>
          <label htmlFor={`${id}-name`} className={labelClass}>
            Name
          </label>
          <input
            id={`${id}-name`}
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setErrors({});
            }}
            autoFocus
            disabled={nameLocked}
            maxLength={maxLength}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? `${id}-name-error` : undefined}
            className={fieldClass}
          />
          <FieldError id={`${id}-name-error`} message={errors.name} />
        </div>
        <fieldset>
          <legend className={labelClass}>Colour</legend>
          <div className="flex flex-wrap gap-1">
            {COLORS.map((c) => (
              <label key={c} className="relative inline-flex size-11 cursor-pointer items-center justify-center rounded-full hover:bg-raised sm:size-9">
                <input type="radio" name={`${id}-color`} value={c} checked={color === c} onChange={() => setColor(c)} className="peer sr-only" />
                <span className="sr-only">{c[0]!.toUpperCase() + c.slice(1)}</span>
                <span
                  aria-hidden
                  className={clsx(
                    "size-6 rounded-full ring-offset-2 ring-offset-surface peer-checked:ring-2 peer-checked:ring-ink peer-focus-visible:outline-2 peer-focus-visible:outline-accent",
                    SWATCH[c],
                  )}
                />
              </label>
            ))}
          </div>
          <FieldError id={`${id}-color-error`} message={errors.color} />
        </fieldset>
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button className="max-sm:h-11" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" className="max-sm:h-11" disabled={saving}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </FormDialog>
  );
}
