"use client";

import { clsx } from "clsx";
import { Archive, CalendarDays, Inbox, ListTodo, Plus, Settings, Sun, Tag, Trash2 } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { activeLists, useLists } from "@/components/lists/lists-context";
import { ColorDot, labelPath, listPath } from "@/components/lists/color-dot";
import { useListDialog } from "@/components/lists/use-list-dialog";
import { useDueCounts, type DueCounts } from "./due-counts";

export const VIEW_LINKS = [
  { href: "/today", label: "Today", Icon: Sun, count: "today" },
  { href: "/upcoming", label: "Upcoming", Icon: CalendarDays, count: "upcoming" },
  { href: "/", label: "Tasks", Icon: ListTodo },
] as const satisfies { href: string; label: string; Icon: typeof Sun; count?: keyof DueCounts }[];

const OTHER_LINKS = [
  { href: "/trash", label: "Trash", Icon: Trash2 },
  { href: "/settings", label: "Settings", Icon: Settings },
];

/** A count beside a link, read with it as "Today 3 due"; nothing when zero. */
export function CountBadge({ n, what = "due" }: { n: number; what?: string }) {
  if (n === 0) return null;
  return (
    <>
      <span className="ml-auto rounded-full bg-accent/15 px-1.5 font-mono text-[11px] leading-4 text-ink">{n > 99 ? "99+" : n}</span>
      <span className="sr-only"> {what}</span>
    </>
  );
}

/** The pathname as typed names read (a label's name may be percent-encoded in it). */
export function useCurrentPath(): string {
  const pathname = usePathname();
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

const linkClass = (current: boolean) =>
  clsx(
    "flex h-9 min-w-0 items-center gap-2 rounded-md px-2.5 text-sm font-medium transition-colors",
    current ? "bg-raised text-ink" : "text-muted hover:bg-raised hover:text-ink",
  );
const headingClass = "mt-4 flex items-center justify-between px-2.5 text-xs font-semibold uppercase tracking-wide text-muted";

function NavItem({ href, current, children }: { href: string; current: string; children: React.ReactNode }) {
  const here = current === href || current === decodeURIComponent(href);
  return (
    <li>
      <Link href={href} aria-current={here ? "page" : undefined} className={linkClass(here)}>
        {children}
      </Link>
    </li>
  );
}

/** The side navigation from 768 px up (the tab bar below): Inbox, the views, the lists with counts, the labels. */
export function NavLinks() {
  const current = useCurrentPath();
  const { counts } = useDueCounts();
  const { lists, labels } = useLists();
  const { openNew, dialog } = useListDialog();
  const shown = activeLists(lists);
  const inbox = shown.find((l) => l.inbox);
  const archived = lists.filter((l) => l.archived);
  return (
    <nav aria-label="Main" className="sticky top-14 hidden max-h-[calc(100dvh-3.5rem)] overflow-y-auto py-6 md:block">
      <ul className="space-y-0.5">
        {inbox && (
          <NavItem href={listPath(inbox.id)} current={current}>
            <Inbox className="size-4 shrink-0" aria-hidden />
            Inbox
            <CountBadge n={inbox.pending_count} what="pending" />
          </NavItem>
        )}
        {VIEW_LINKS.map((link) => (
          <NavItem key={link.href} href={link.href} current={current}>
            <link.Icon className="size-4 shrink-0" aria-hidden />
            {link.label}
            {"count" in link && <CountBadge n={counts[link.count]} />}
          </NavItem>
        ))}
      </ul>
      <div className={headingClass}>
        <h2>Lists</h2>
        <button
          type="button"
          onClick={openNew}
          aria-label="New list"
          title="New list"
          className="inline-flex size-7 items-center justify-center rounded-md text-muted hover:bg-raised hover:text-ink"
        >
          <Plus className="size-4" aria-hidden />
        </button>
      </div>
      <ul aria-label="Lists" className="mt-1 space-y-0.5">
        {shown
          .filter((l) => !l.inbox)
          .map((list) => (
            <NavItem key={list.id} href={listPath(list.id)} current={current}>
              <ColorDot color={list.color} className="mx-[3px]" />
              <span className="truncate">{list.name}</span>
              <CountBadge n={list.pending_count} what="pending" />
            </NavItem>
          ))}
        {shown.length <= 1 && <li className="px-2.5 py-1 text-xs text-muted">No lists yet. Use + to make one.</li>}
      </ul>
      {archived.length > 0 && (
        <details className="mt-1">
          <summary className="flex h-9 cursor-pointer items-center gap-2 rounded-md px-2.5 text-sm text-muted hover:bg-raised hover:text-ink">
            <Archive className="size-4" aria-hidden />
            Archived ({archived.length})
          </summary>
          <ul aria-label="Archived lists" className="space-y-0.5">
            {archived.map((list) => (
              <NavItem key={list.id} href={listPath(list.id)} current={current}>
                <ColorDot color={list.color} className="mx-[3px]" />
                <span className="truncate">{list.name}</span>
              </NavItem>
            ))}
          </ul>
        </details>
      )}
      {labels.length > 0 && (
        <>
          <h2 className={headingClass}>Labels</h2>
          <ul aria-label="Labels" className="mt-1 space-y-0.5">
            {labels.map((label) => (
              <NavItem key={label.id} href={labelPath(label.name)} current={current}>
                <Tag className="size-4 shrink-0" aria-hidden />
                <span className="truncate">{label.name}</span>
              </NavItem>
            ))}
          </ul>
        </>
      )}
      <ul className="mt-4 space-y-0.5 border-t border-line pt-3">
        {OTHER_LINKS.map(({ href, label, Icon }) => (
          <NavItem key={href} href={href} current={current}>
            <Icon className="size-4 shrink-0" aria-hidden />
            {label}
          </NavItem>
        ))}
      </ul>
      {dialog}
    </nav>
  );
}
