"use client";

import { Inbox, Plus, Tag } from "lucide-react";
import Link from "next/link";
import { DropdownMenu } from "radix-ui";
import { ColorDot, labelPath, listPath } from "@/components/lists/color-dot";
import { activeLists, useLists } from "@/components/lists/lists-context";

const menuItem =
  "flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-3 outline-none data-[highlighted]:bg-raised aria-[current=page]:font-semibold aria-[current=page]:text-accent";
const menuHeading = "px-3 pb-1 pt-2 text-xs font-semibold uppercase tracking-wide text-muted";

/** The phone's More menu: the Inbox, each list with its pending count, New list, the labels. Loaded on first opening. */
export default function MoreLists({ current, onNewList }: { current: string; onNewList: () => void }) {
  const { lists, labels } = useLists();
  const shown = activeLists(lists);
  return (
    <>
      <DropdownMenu.Label className={menuHeading}>Lists</DropdownMenu.Label>
      {shown.map((list) => (
        <DropdownMenu.Item key={list.id} asChild>
          <Link href={listPath(list.id)} aria-current={current === listPath(list.id) ? "page" : undefined} className={menuItem}>
            {list.inbox ? <Inbox className="size-4" aria-hidden /> : <ColorDot color={list.color} className="mx-[3px]" />}
            <span className="min-w-0 flex-1 truncate">{list.name}</span>
            {list.pending_count > 0 && (
              <span className="font-mono text-xs text-muted">
                {list.pending_count}
                <span className="sr-only"> pending</span>
              </span>
            )}
          </Link>
        </DropdownMenu.Item>
      ))}
      <DropdownMenu.Item className={menuItem} onSelect={onNewList}>
        <Plus className="size-4" aria-hidden />
        New list…
      </DropdownMenu.Item>
      {labels.length > 0 && (
        <>
          <DropdownMenu.Label className={menuHeading}>Labels</DropdownMenu.Label>
          {labels.map((label) => (
            <DropdownMenu.Item key={label.id} asChild>
              <Link href={labelPath(label.name)} aria-current={current === `/labels/${label.name}` ? "page" : undefined} className={menuItem}>
                <Tag className="size-4" aria-hidden />
                <span className="min-w-0 flex-1 truncate">{label.name}</span>
              </Link>
            </DropdownMenu.Item>
          ))}
        </>
      )}
    </>
  );
}
