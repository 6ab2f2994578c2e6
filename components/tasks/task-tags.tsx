"use client";

import { Check, FolderInput } from "lucide-react";
import Link from "next/link";
import { DropdownMenu } from "radix-ui";
import { ColorDot, labelPath } from "@/components/lists/color-dot";
import { activeLists, useLists } from "@/components/lists/lists-context";
import { Button } from "@/components/ui/button";
import type { Task } from "@/lib/tasks/schemas";

/** The task's list, for views that show several lists; the Inbox, where tasks go by default, goes unsaid. */
export function TaskListName({ listId }: { listId: string | undefined }) {
  const { lists } = useLists();
  const list = lists.find((l) => l.id === listId);
  if (!list || list.inbox) return null;
  return (
    <span data-list={list.name} className="inline-flex min-w-0 items-center gap-1 text-muted">
      <ColorDot color={list.color} />
      <span className="sr-only">In list </span>
      <span className="truncate">{list.name}</span>
    </span>
  );
}

/** The task's labels in their colours, each a link to its label view. */
export function TaskLabels({ labels }: { labels: string[] | undefined }) {
  const { labels: known } = useLists();
  if (!labels?.length) return null;
  return (
    <>
      {labels.map((name) => {
        const color = known.find((l) => l.name.toLowerCase() === name.toLowerCase())?.color;
        return (
          <Link
            key={name}
            href={labelPath(name)}
            className="inline-flex items-center gap-1 rounded-full bg-raised px-1.5 leading-5 text-muted hover:text-ink"
            aria-label={`Label ${name}`}
          >
            {color && color !== "gray" && <ColorDot color={color} className="size-2" />}@{name}
          </Link>
        );
      })}
    </>
  );
}

/** "Move to…": the row's menu of lists (the current one ticked). */
export function MoveToMenu({ task, label, onMove }: { task: Task & { saving?: boolean }; label: string; onMove: (task: Task, listId: string) => void }) {
  const { lists } = useLists();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <Button variant="ghost" size="icon" aria-label={`Move ${label} to another list`} title="Move to…" disabled={task.saving || !task.list_id}>
          <FolderInput className="size-4" aria-hidden />
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={4} className="z-50 max-h-80 min-w-48 overflow-y-auto rounded-lg border border-line bg-surface p-1 text-sm shadow-lg">
          <DropdownMenu.Label className="px-3 py-1.5 text-xs font-semibold text-muted">Move to…</DropdownMenu.Label>
          <DropdownMenu.RadioGroup value={task.list_id} onValueChange={(id) => onMove(task, id)}>
            {activeLists(lists).map((list) => (
              <DropdownMenu.RadioItem
                key={list.id}
                value={list.id}
                className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-3 outline-none data-[highlighted]:bg-raised sm:min-h-9"
              >
                <ColorDot color={list.color} />
                <span className="min-w-0 flex-1 truncate">{list.name}</span>
                <DropdownMenu.ItemIndicator>
                  <Check className="size-4" aria-hidden />
                </DropdownMenu.ItemIndicator>
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
