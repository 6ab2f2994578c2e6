"use client";

import { AlignLeft, Plus } from "lucide-react";
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import type { ActionError } from "@/lib/http/action";
import { fieldErrors } from "@/lib/errors";
import { DESCRIPTION_MAX, newTaskSchema, TITLE_MAX } from "@/lib/tasks/schemas";
import { FieldError } from "./field-error";

export function NewTaskForm({ onAdd }: { onAdd: (title: string, description: string) => Promise<ActionError | null> }) {
  const id = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [showDescription, setShowDescription] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});

  // "/" or "n" anywhere outside a field jumps to the new-task input.
  useEffect(() => {
    function onKey(event: globalThis.KeyboardEvent) {
      const target = event.target as HTMLElement;
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      if (target.closest("input, textarea, select, [contenteditable=true], [role=dialog], [role=menu]")) return;
      if (event.key === "/" || event.key === "n") {
        event.preventDefault();
        titleRef.current?.focus();
      }
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    const parsed = newTaskSchema.safeParse({ title, description });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    // Clear at once so the next task can be typed; put the text back if the server refuses it.
    const sent = { title, description };
    setTitle("");
    setDescription("");
    setShowDescription(false);
    titleRef.current?.focus();
    const error = await onAdd(sent.title, sent.description);
    if (error) {
      setTitle((current) => current || sent.title);
      setDescription((current) => current || sent.description);
      if (sent.description) setShowDescription(true);
      setErrors(error.fields ?? { title: error.message });
    }
  }

  function onTitleKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Escape" && (title || description)) {
      setTitle("");
      setDescription("");
      setErrors({});
    }
  }

  const titleErrorId = `${id}-title-error`;
  const descriptionErrorId = `${id}-description-error`;
  return (
    <form onSubmit={submit} className="rounded-xl border border-line bg-surface p-2 shadow-sm focus-within:border-accent" noValidate>
      <div className="flex items-center gap-2">
        <Plus className="ml-2 size-4 shrink-0 text-muted" aria-hidden />
        <label htmlFor={`${id}-title`} className="sr-only">
          New task
        </label>
        <input
          ref={titleRef}
          id={`${id}-title`}
          value={title}
          onChange={(e) => {
            setTitle(e.target.value);
            if (errors.title) setErrors(({ title: _, ...rest }) => rest);
          }}
          onKeyDown={onTitleKey}
          placeholder="Add a task and press Enter"
          autoComplete="off"
          autoFocus
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? titleErrorId : undefined}
          className="h-10 min-w-0 flex-1 bg-transparent text-[15px] placeholder:text-muted focus-visible:outline-none"
          maxLength={TITLE_MAX * 5}
        />
        <Button
          variant="ghost"
          size="sm"
          aria-expanded={showDescription}
          aria-controls={`${id}-description`}
          onClick={() => setShowDescription((v) => !v)}
        >
          <AlignLeft className="size-4" aria-hidden />
          <span className="sr-only sm:not-sr-only">{showDescription ? "Hide description" : "Add description"}</span>
        </Button>
        <Button type="submit" variant="primary" size="sm">
          Add
        </Button>
      </div>
      <div className="px-8">
        <FieldError id={titleErrorId} message={errors.title} />
      </div>
      <div id={`${id}-description`} hidden={!showDescription} className="px-8 pb-1 pt-1">
        <label htmlFor={`${id}-description-input`} className="mb-1 block text-xs font-medium text-muted">
          Description
        </label>
        <textarea
          id={`${id}-description-input`}
          value={description}
          onChange={(e) => {
            setDescription(e.target.value);
            if (errors.description) setErrors(({ description: _, ...rest }) => rest);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) void submit();
          }}
          rows={2}
          placeholder="Optional details (Ctrl+Enter to add)"
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={errors.description ? descriptionErrorId : undefined}
          className="w-full resize-y rounded-md border border-line bg-canvas px-2.5 py-1.5 text-sm"
        />
        <FieldError id={descriptionErrorId} message={errors.description} />
        {description.length > DESCRIPTION_MAX * 0.9 && (
          <p className="text-xs text-muted">
            {description.length.toLocaleString("en-US")} / {DESCRIPTION_MAX.toLocaleString("en-US")}
          </p>
        )}
      </div>
    </form>
  );
}
