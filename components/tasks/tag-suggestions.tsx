"use client";

import { clsx } from "clsx";
import { Plus, Tag } from "lucide-react";
import { useEffect, useId, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref, type RefObject } from "react";
import { createListAction } from "@/app/(app)/list-actions";
import { ColorDot } from "@/components/lists/color-dot";
import { activeLists, useLists } from "@/components/lists/lists-context";
import type { Color } from "@/lib/colors";
import type { Label } from "@/lib/labels/schemas";
import { LABEL_NAME_MAX } from "@/lib/labels/limits";
import { LIST_NAME_MAX } from "@/lib/lists/limits";
import type { List } from "@/lib/lists/schemas";
import { tagBeingTyped } from "@/lib/quick-add/tags";

const MAX_OPTIONS = 8;
const NAME_CHAR = /[\p{L}\p{N}_-]/u;

interface TagOption {
  kind: "list" | "label";
  name: string;
  color?: Color;
  /** A list that doesn't exist yet: picking it makes it. A new label needs nothing: saving a task makes it. */
  create?: boolean;
}

/** Names starting with the query first, then those containing it; then an offer to make a new one. */
function tagOptions(kind: TagOption["kind"], query: string, lists: List[], labels: Label[]): TagOption[] {
  const q = query.toLowerCase();
  const named = kind === "list" ? activeLists(lists) : labels;
  const starts = named.filter((n) => n.name.toLowerCase().startsWith(q));
  const contains = named.filter((n) => !n.name.toLowerCase().startsWith(q) && n.name.toLowerCase().includes(q));
  const options: TagOption[] = [...starts, ...contains].slice(0, MAX_OPTIONS).map((n) => ({ kind, name: n.name, color: n.color }));
  const exact = named.some((n) => n.name.toLowerCase() === q);
  const max = kind === "list" ? LIST_NAME_MAX : LABEL_NAME_MAX;
  if (q && !exact && query.length <= max && !/^\d+$/.test(query)) options.push({ kind, name: query, create: true });
  return options;
}

/** What the input needs: its keys while suggestions show, and its combobox attributes. */
export interface TagSuggestionsHandle {
  /** Handles the key when the suggestions are open; true when it did. */
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => boolean;
}
export type ComboboxProps = {
  role: "combobox";
  "aria-autocomplete": "list";
  "aria-expanded": true;
  "aria-controls": string;
  "aria-activedescendant": string;
};

interface Props {
  ref: Ref<TagSuggestionsHandle>;
  text: string;
  /** Where the caret is; -1 when the input doesn't have focus. */
  caret: number;
  setText: (change: (text: string) => string) => void;
  setCaret: (caret: number) => void;
  inputRef: RefObject<HTMLInputElement | null>;
  /** The input is a combobox while suggestions show (as GitHub's @mention inputs are), a plain text box otherwise. */
  onCombobox: (props: ComboboxProps | null) => void;
  /** Says why a new list couldn't be made (a taken name, no connection). */
  onError: (message: string) => void;
}

/**
 * Suggestions for the `#list` or `@label` being typed in quick add, as an ARIA combobox: arrow
 * keys move, Enter or Tab picks, Escape closes. Picking an unknown `#name` makes the list.
 * Loaded with the quick-add parser, on the first keystroke.
 */
export default function TagSuggestions({ ref, text, caret, setText, setCaret, inputRef, onCombobox, onError }: Props) {
  const id = useId();
  const { lists, labels, setLists, reload } = useLists();
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const typing = tagBeingTyped(text, Math.min(caret, text.length));
  const key = typing && `${typing.start}:${typing.query}`;
  const options = typing ? tagOptions(typing.kind, typing.query, lists, labels) : [];
  const open = !!typing && key !== dismissed && options.length > 0;
  const current = Math.min(active, options.length - 1);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    setActive(0);
    setDismissed((closed) => (closed === key ? closed : null)); // typing on opens them again
  }, [key]);
  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${current}"]`)?.scrollIntoView({ block: "nearest" });
  }, [current]);

  async function pick(option: TagOption) {
    if (!typing || creating) return;
    let name = option.name;
    if (option.kind === "list" && option.create) {
      setCreating(true);
      const result = await createListAction({ name }).catch(() => null);
      setCreating(false);
      if (!result?.ok) return onError(result?.error.fields?.name ?? result?.error.message ?? "Couldn't make the list. Check your connection and try again.");
      setLists((all) => [...all, result.data]);
      reload();
      name = result.data.name;
    }
    let end = caret;
    while (end < text.length && NAME_CHAR.test(text[end]!)) end++;
    const inserted = `${option.kind === "list" ? "#" : "@"}${name} `;
    const at = typing.start + inserted.length;
    setText((now) => now.slice(0, typing.start) + inserted + now.slice(end).replace(/^ /, ""));
    setCaret(at);
    requestAnimationFrame(() => {
      inputRef.current?.focus();
      inputRef.current?.setSelectionRange(at, at);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): boolean {
    if (!open) return false;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current + step + options.length) % options.length);
      return true;
    }
    const option = options[current]!;
    // Enter on a name typed out in full adds the task: completing it would change nothing.
    const typedOut = !option.create && option.name.toLowerCase() === typing!.query.toLowerCase();
    if ((event.key === "Enter" && !typedOut) || (event.key === "Tab" && !event.shiftKey)) {
      event.preventDefault();
      void pick(option);
      return true;
    }
    if (event.key === "Escape") {
      event.preventDefault();
      setDismissed(key);
      return true;
    }
    return false;
  }

  const listboxId = `${id}-suggestions`;
  const optionId = (i: number) => `${id}-option-${i}`;
  useImperativeHandle(ref, () => ({ onKeyDown }));
  const activeId = open ? optionId(current) : null;
  useEffect(() => {
    onCombobox(
      activeId
        ? { role: "combobox", "aria-autocomplete": "list", "aria-expanded": true, "aria-controls": listboxId, "aria-activedescendant": activeId }
        : null,
    );
  }, [activeId, listboxId, onCombobox]);
  useEffect(() => () => onCombobox(null), [onCombobox]);

  return (
    open && (
      <ul
        ref={listRef}
        id={listboxId}
        role="listbox"
        aria-label={typing!.kind === "list" ? "Lists" : "Labels"}
        aria-busy={creating || undefined}
        className="absolute inset-x-2 top-[3.25rem] z-30 max-h-72 overflow-y-auto rounded-lg border border-line bg-surface p-1 text-sm shadow-lg sm:left-8 sm:right-auto sm:min-w-64"
      >
        {options.map((option, i) => (
          <li
            key={`${option.kind}:${option.name}:${option.create ?? ""}`}
            id={optionId(i)}
            data-index={i}
            role="option"
            aria-selected={i === current}
            onMouseDown={(e) => e.preventDefault()} // keep the cursor in the input
            onClick={() => void pick(option)}
            onMouseMove={() => i !== current && setActive(i)}
            className={clsx("flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-3 sm:min-h-9", i === current && "bg-raised")}
          >
            {option.create ? (
              <Plus className="size-4 shrink-0 text-muted" aria-hidden />
            ) : option.kind === "list" ? (
              <ColorDot color={option.color!} className="mx-[3px]" />
            ) : (
              <Tag className="size-4 shrink-0 text-muted" aria-hidden />
            )}
            <span className="min-w-0 truncate">
              {option.create ? (option.kind === "list" ? `Create list “${option.name}”` : `New label “${option.name}”`) : option.name}
            </span>
          </li>
        ))}
      </ul>
    )
  );
}
