"use client";

import { clsx } from "clsx";
import { Bell, CalendarDays, Flag, Repeat, Tag, TriangleAlert, X } from "lucide-react";
import { ColorDot } from "@/components/lists/color-dot";
import type { List } from "@/lib/lists/schemas";
import type { Due, Priority, Token } from "@/lib/quick-add/types";

const MARK_COLOURS = {
  due: "bg-accent/20",
  recurrence: "bg-accent/20",
  reminder: "bg-accent/20",
  list: "bg-success/20",
  label: "bg-flag-3/20",
  1: "bg-flag-1/20",
  2: "bg-flag-2/20",
  3: "bg-flag-3/20",
  4: "bg-raised",
} as const;

interface MirrorProps {
  ref: React.Ref<HTMLDivElement>;
  text: string;
  tokens: Token[];
  priority: Priority | null;
  className: string;
}

/**
 * The mirror behind the transparent-background input: the same text, invisible, with the
 * recognised tokens' backgrounds coloured. It scrolls with the input (the form syncs scrollLeft).
 */
export function HighlightMirror({ ref, text, tokens, priority, className }: MirrorProps) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const token of tokens) {
    if (token.start < at) continue;
    parts.push(text.slice(at, token.start));
    const colour = MARK_COLOURS[token.kind === "priority" ? (priority ?? 4) : token.kind];
    parts.push(
      <mark key={token.start} data-token={token.kind} className={clsx("rounded-sm text-transparent", colour)}>
        {token.text}
      </mark>,
    );
    at = token.end;
  }
  parts.push(text.slice(at));
  return (
    <div ref={ref} aria-hidden className={clsx("pointer-events-none absolute inset-0 overflow-hidden whitespace-pre text-transparent", className)}>
      {parts}{" "}
    </div>
  );
}

interface ChipsProps {
  due: { value: Due; label: string; texts: string[] } | null;
  priority: { value: Priority; texts: string[] } | null;
  repeat?: { label: string; texts: string[] } | null;
  remind?: { texts: string[] } | null;
  /** The `#list` named: the list, or null when none has that name yet. */
  list?: { list: List | null; name: string; texts: string[] } | null;
  labels?: string[];
  /** Shown (not removable) when nothing says when: Today's default. */
  defaultLabel?: string;
  onKeepAsText: (kind: Token["kind"]) => void;
}

const FLAG_TEXT = { 1: "text-flag-1", 2: "text-flag-2", 3: "text-flag-3", 4: "text-muted" } as const;
const chip = "inline-flex h-7 items-center gap-1 rounded-full border px-2.5 text-xs font-medium";
const ACCENT_CHIP = "border-accent/40 bg-accent/10 text-ink hover:bg-accent/20";

interface KeepChipProps {
  /** What the words resolved to, read first: "Due Fri 27 Nov". */
  meaning: string;
  texts: string[];
  onKeep: () => void;
  className: string;
  children: React.ReactNode;
}

/** One recognised piece; a click turns its words back into plain text. */
function KeepChip({ meaning, texts, onKeep, className, children }: KeepChipProps) {
  const quoted = texts.map((t) => `“${t}”`).join(" and ");
  return (
    <button type="button" onClick={onKeep} title="Keep as text (Esc)" aria-label={`${meaning}. Keep ${quoted} as text`} className={clsx(chip, className)}>
      {children}
      <X className="size-3 text-muted" aria-hidden />
    </button>
  );
}

/** What the highlights resolve to; each chip turns its highlight back into plain text. */
export function QuickAddChips({ due, priority, repeat, remind, list, labels = [], defaultLabel, onKeepAsText }: ChipsProps) {
  if (!due && !priority && !repeat && !remind && !list && labels.length === 0 && !defaultLabel) return null;
  return (
    <div className="flex flex-wrap items-center gap-1.5 px-8 pb-1 pt-1">
      {due ? (
        <KeepChip meaning={`Due ${due.label}`} texts={due.texts} onKeep={() => onKeepAsText("due")} className={ACCENT_CHIP}>
          <CalendarDays className="size-3.5 text-accent" aria-hidden />
          {due.label}
        </KeepChip>
      ) : (
        defaultLabel && (
          <span className={clsx(chip, "border-dashed border-line text-muted")}>
            <CalendarDays className="size-3.5" aria-hidden />
            {defaultLabel}
          </span>
        )
      )}
      {repeat && (
        <KeepChip meaning={`Repeats ${repeat.label}`} texts={repeat.texts} onKeep={() => onKeepAsText("recurrence")} className={ACCENT_CHIP}>
          <Repeat className="size-3.5 text-accent" aria-hidden />
          {repeat.label}
        </KeepChip>
      )}
      {remind && (
        <KeepChip meaning="Reminder at the due time" texts={remind.texts} onKeep={() => onKeepAsText("reminder")} className={ACCENT_CHIP}>
          <Bell className="size-3.5 text-accent" aria-hidden />
          Reminder
        </KeepChip>
      )}
      {priority && (
        <KeepChip
          meaning={`Priority ${priority.value}`}
          texts={priority.texts}
          onKeep={() => onKeepAsText("priority")}
          className="border-line bg-surface text-ink hover:bg-raised"
        >
          <Flag className={clsx("size-3.5", FLAG_TEXT[priority.value])} fill="currentColor" aria-hidden />
          P{priority.value}
        </KeepChip>
      )}
      {list && (
        <KeepChip
          meaning={list.list ? `List ${list.list.name}` : `No list called ${list.name} yet`}
          texts={list.texts}
          onKeep={() => onKeepAsText("list")}
          className={list.list ? "border-line bg-surface text-ink hover:bg-raised" : "border-danger/50 text-danger hover:bg-raised"}
        >
          {list.list ? <ColorDot color={list.list.color} /> : <TriangleAlert className="size-3.5" aria-hidden />}
          {list.list ? list.list.name : `No list “${list.name}”`}
        </KeepChip>
      )}
      {labels.length > 0 && (
        <KeepChip
          meaning={`Label${labels.length > 1 ? "s" : ""} ${labels.join(", ")}`}
          texts={labels.map((l) => `@${l}`)}
          onKeep={() => onKeepAsText("label")}
          className="border-line bg-surface text-ink hover:bg-raised"
        >
          <Tag className="size-3.5 text-flag-3" aria-hidden />
          {labels.join(", ")}
        </KeepChip>
      )}
    </div>
  );
}
