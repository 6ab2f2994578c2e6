"use client";

import { AlignLeft, Plus } from "lucide-react";
import { lazy, Suspense, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent, type SyntheticEvent } from "react";
import { activeLists, useLists } from "@/components/lists/lists-context";
import { Button } from "@/components/ui/button";
import { useTime } from "@/components/time/time-context";
import type { ActionError } from "@/lib/http/action";
import { describeDue } from "@/lib/quick-add/format";
import type { QuickAdd, Token } from "@/lib/quick-add/types";
import { todayIn } from "@/lib/quick-add/calendar";
import { DESCRIPTION_MAX, TITLE_MAX } from "@/lib/tasks/limits";
import type { ViewScope } from "@/lib/tasks/views";
import { FieldError } from "./field-error";
import { HighlightMirror, QuickAddChips } from "./quick-add-highlights";
import type { ComboboxProps, TagSuggestionsHandle } from "./tag-suggestions";
import type { TaskDraft } from "./use-tasks";

// The quick-add parser (chrono and its locales) is not part of first paint: it loads on the
// first keystroke, click or paste in the input, and submitting waits for it.
type QuickAddModule = typeof import("@/lib/quick-add");
let parserModule: Promise<QuickAddModule> | undefined;
let checksModule: Promise<typeof import("./draft-check")> | undefined;
// The draft's checks (zod) load with the parser, so the first load carries no zod.
const loadChecks = () => (checksModule ??= import("./draft-check"));
const loadParser = () => {
  void loadChecks();
  return (parserModule ??= import("@/lib/quick-add"));
};
// The #list / @label suggestions load with it.
const loadSuggestions = () => import("./tag-suggestions");
const TagSuggestions = lazy(loadSuggestions);

// The input and its mirror must lay text out identically.
const TEXT_BOX = "h-10 text-[15px] leading-10";

interface Props {
  onAdd: (draft: TaskDraft) => Promise<ActionError | null>;
  /** Today's view: a task whose text names no date is due today. */
  defaultToday?: boolean;
  /** A list's page: new tasks go to that list; a label's page: they get that label. */
  scope?: ViewScope;
  /** Text to start with, shown with its highlights and not yet saved (a share; "" focuses the input). */
  draft?: string;
}

export function NewTaskForm({ onAdd, defaultToday = false, scope, draft }: Props) {
  const id = useId();
  const time = useTime();
  const titleRef = useRef<HTMLInputElement>(null);
  const mirrorRef = useRef<HTMLDivElement>(null);
  const [text, setText] = useState(draft ?? "");
  const [description, setDescription] = useState("");
  const [showDescription, setShowDescription] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  /** Highlights turned back into plain text: their texts, passed to the parser as `ignore`. */
  const [ignore, setIgnore] = useState<string[]>([]);
  const [parser, setParser] = useState<QuickAddModule | null>(null);
  const { lists } = useLists();
  const listNames = useMemo(() => activeLists(lists).map((l) => l.name), [lists]);
  const suggestions = useRef<TagSuggestionsHandle>(null);
  const [caret, setCaret] = useState(-1);
  const [combobox, setCombobox] = useState<ComboboxProps | null>(null);
  const trackCaret = (event: SyntheticEvent<HTMLInputElement>) => setCaret(event.currentTarget.selectionStart ?? event.currentTarget.value.length);

  const ensureParser = () => {
    if (parser) return;
    void loadSuggestions();
    void loadParser().then((module) => setParser(() => module));
  };

  // A draft from the URL is shown once: the URL forgets it, so a reload doesn't bring it back.
  useEffect(() => {
    if (draft === undefined) return;
    titleRef.current?.focus();
    void loadParser().then((module) => setParser(() => module));
    const url = new URL(window.location.href);
    url.searchParams.delete("add");
    url.searchParams.delete("new");
    window.history.replaceState(window.history.state, "", url);
  }, [draft]);

  // "n" anywhere outside a field jumps to the new-task input ("/" opens the command palette).
  useEffect(() => {
    function onKey(event: globalThis.KeyboardEvent) {
      const target = event.target as HTMLElement;
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      if (target.closest("input, textarea, select, [contenteditable=true], [role=dialog], [role=menu]")) return;
      if (event.key === "n") {
        event.preventDefault();
        titleRef.current?.focus();
        void loadParser();
      }
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const parsed: QuickAdd | null = useMemo(
    () => (parser && text.trim() ? parser.parseQuickAdd(text, time, { ignore, tags: { lists: listNames } }) : null),
    [parser, text, time, ignore, listNames],
  );
  const tokens = parsed?.tokens ?? [];

  // The mirror follows the input's horizontal scroll, so the highlights stay under their words.
  const syncScroll = () => {
    if (mirrorRef.current && titleRef.current) mirrorRef.current.scrollLeft = titleRef.current.scrollLeft;
  };
  useLayoutEffect(syncScroll);

  function keepAsText(which: Token["kind"] | Token) {
    const texts = typeof which === "string" ? tokens.filter((t) => t.kind === which).map((t) => t.text) : [which.text];
    setIgnore((list) => [...list, ...texts]);
    titleRef.current?.focus();
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    const [quickAdd, { checkDraft }] = await Promise.all([loadParser(), loadChecks()]);
    // The same parse as the highlights on screen, so what was shown is what is saved.
    const result = text.trim() ? quickAdd.parseQuickAdd(text, time, { ignore, tags: { lists: listNames } }) : null;
    const due = result?.due ?? (defaultToday ? { date: todayIn(time.timezone, time.now), time: null } : null);
    const named = result?.list ? activeLists(lists).find((l) => l.name.toLowerCase() === result.list!.toLowerCase()) : undefined;
    if (result?.list && !named) {
      setErrors({ title: `There's no list “${result.list}”. Choose “Create list” in the suggestions, or press Esc to keep “#${result.list}” as text.` });
      return;
    }
    const listId = named?.id ?? scope?.list_id;
    const labels = [...(result?.labels ?? []), ...(scope?.label && !result?.labels?.some((l) => l.toLowerCase() === scope.label!.toLowerCase()) ? [scope.label] : [])];
    const draft: TaskDraft = {
      title: result ? result.title : text,
      description,
      ...(due && { due_date: due.date }),
      ...(due?.time && { due_time: due.time }),
      ...(result?.priority && { priority: result.priority }),
      ...(result?.recurrence && { recurrence: result.recurrence.words }),
      ...(result?.remind && { reminders: [{ before_minutes: 0 }] }),
      ...(listId && { list_id: listId }),
      ...(labels.length > 0 && { labels }),
    };
    const fields = checkDraft(draft);
    if (fields) {
      if (result && result.tokens.length > 0 && !result.title.trim()) {
        fields.title = "Say what to do as well as when, or press Esc to keep the words as the title";
      }
      setErrors(fields);
      return;
    }
    setErrors({});
    // Clear at once so the next task can be typed; put the text back if the server refuses it.
    const sent = { text, description, ignore };
    setText("");
    setDescription("");
    setIgnore([]);
    setShowDescription(false);
    titleRef.current?.focus();
    const error = await onAdd(draft);
    if (error) {
      setText((current) => current || sent.text);
      setIgnore((current) => (current.length ? current : sent.ignore));
      setDescription((current) => current || sent.description);
      if (sent.description) setShowDescription(true);
      setErrors(error.fields ?? { title: error.message });
    }
  }

  function onTitleKey(event: KeyboardEvent<HTMLInputElement>) {
    ensureParser();
    if (suggestions.current?.onKeyDown(event)) return;
    if (event.key !== "Escape") return;
    // Escape turns the last highlight back into text; with none left, it clears the form.
    const last = tokens.at(-1);
    if (last) {
      event.preventDefault();
      keepAsText(last);
    } else if (text || description) {
      setText("");
      setDescription("");
      setIgnore([]);
      setErrors({});
    }
  }

  const dueChip = parsed?.due
    ? { value: parsed.due, label: describeDue(parsed.due, time), texts: tokens.filter((t) => t.kind === "due").map((t) => t.text) }
    : null;
  const priorityChip = parsed?.priority
    ? { value: parsed.priority, texts: tokens.filter((t) => t.kind === "priority").map((t) => t.text) }
    : null;
  const repeatChip = parsed?.recurrence
    ? { label: parsed.recurrence.label, texts: tokens.filter((t) => t.kind === "recurrence").map((t) => t.text) }
    : null;
  const listChip = parsed?.list
    ? {
        list: activeLists(lists).find((l) => l.name.toLowerCase() === parsed.list!.toLowerCase()) ?? null,
        name: parsed.list,
        texts: tokens.filter((t) => t.kind === "list").map((t) => t.text),
      }
    : null;
  const labelNames = parsed?.labels ?? [];
  const remindChip = parsed?.remind ? { texts: tokens.filter((t) => t.kind === "reminder").map((t) => t.text) } : null;
  const recognised = [
    dueChip && `due ${dueChip.label}`,
    repeatChip && `repeats ${repeatChip.label}`,
    remindChip && "a reminder at the due time",
    priorityChip && `priority ${priorityChip.value}`,
    listChip && (listChip.list ? `list ${listChip.list.name}` : `no list called ${listChip.name} yet`),
    labelNames.length > 0 && `label${labelNames.length > 1 ? "s" : ""} ${labelNames.join(", ")}`,
  ]
    .filter(Boolean)
    .join(", ");

  const titleErrorId = `${id}-title-error`;
  const summaryId = `${id}-recognised`;
  return (
    <form onSubmit={submit} className="relative rounded-xl border border-line bg-surface p-2 shadow-sm focus-within:border-accent" noValidate>
      <div className="flex items-center gap-2">
        <Plus className="ml-2 size-4 shrink-0 text-muted" aria-hidden />
        <label htmlFor={`${id}-title`} className="sr-only">
          New task
        </label>
        <div className="relative min-w-0 flex-1">
          <HighlightMirror ref={mirrorRef} text={text} tokens={tokens} priority={parsed?.priority ?? null} className={TEXT_BOX} />
          <input
            ref={titleRef}
            id={`${id}-title`}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              trackCaret(e);
              ensureParser();
              if (errors.title) setErrors(({ title: _, ...rest }) => rest);
            }}
            onKeyDown={onTitleKey}
            onPointerDown={ensureParser}
            onScroll={syncScroll}
            onSelect={(e) => {
              syncScroll();
              trackCaret(e);
            }}
            onBlur={() => setCaret(-1)}
            {...combobox}
            placeholder={defaultToday ? "Add a task for today, or say when" : "Add a task, like “Call mom tomorrow 6pm p1”"}
            autoComplete="off"
            autoFocus
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={[errors.title && titleErrorId, recognised && summaryId].filter(Boolean).join(" ") || undefined}
            className={`relative block w-full bg-transparent placeholder:text-muted focus-visible:outline-none ${TEXT_BOX}`}
            maxLength={TITLE_MAX * 5}
          />
        </div>
        {parser && (
          <Suspense fallback={null}>
            <TagSuggestions
              ref={suggestions}
              text={text}
              caret={caret}
              setText={setText}
              setCaret={setCaret}
              inputRef={titleRef}
              onCombobox={setCombobox}
              onError={(message) => setErrors((e) => ({ ...e, title: message }))}
            />
          </Suspense>
        )}
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
      <QuickAddChips
        due={dueChip}
        repeat={repeatChip}
        remind={remindChip}
        list={listChip}
        labels={labelNames}
        priority={priorityChip}
        defaultLabel={defaultToday && text.trim() ? "Today" : undefined}
        onKeepAsText={keepAsText}
      />
      <p id={summaryId} className="sr-only" aria-live="polite">
        {recognised && `Recognised ${recognised}. Escape keeps the last one as text.`}
      </p>
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
          aria-describedby={errors.description ? `${id}-description-error` : undefined}
          className="w-full resize-y rounded-md border border-line bg-canvas px-2.5 py-1.5 text-sm"
        />
        <FieldError id={`${id}-description-error`} message={errors.description} />
        {description.length > DESCRIPTION_MAX * 0.9 && (
          <p className="text-xs text-muted">
            {description.length.toLocaleString("en-US")} / {DESCRIPTION_MAX.toLocaleString("en-US")}
          </p>
        )}
      </div>
    </form>
  );
}
