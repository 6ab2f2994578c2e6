"use client";

import { clsx } from "clsx";
import { CalendarDays, ListTodo, Settings, Sun, Trash2 } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
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
export function CountBadge({ n }: { n: number }) {
  if (n === 0) return null;
  return (
    <>
      <span className="rounded-full bg-accent/15 px-1.5 font-mono text-[11px] leading-4 text-ink">{n > 99 ? "99+" : n}</span>
      <span className="sr-only"> due</span>
    </>
  );
}

/** The header's navigation, from 768 px up (the tab bar below). */
export function NavLinks() {
  const pathname = usePathname();
  const { counts } = useDueCounts();
  const links = [...VIEW_LINKS, ...OTHER_LINKS];
  return (
    <nav aria-label="Main" className="hidden items-center gap-1 md:flex">
      {links.map((link) => {
        const { href, label, Icon } = link;
        const current = pathname === href;
        return (
          <Link
            key={href}
            href={href}
            aria-current={current ? "page" : undefined}
            className={clsx(
              "inline-flex h-8 items-center gap-1.5 rounded-md px-2.5 text-sm font-medium transition-colors",
              current ? "bg-raised text-ink" : "text-muted hover:bg-raised hover:text-ink",
            )}
          >
            <Icon className="size-4" aria-hidden />
            {label}
            {"count" in link && <CountBadge n={counts[link.count]} />}
          </Link>
        );
      })}
    </nav>
  );
}
