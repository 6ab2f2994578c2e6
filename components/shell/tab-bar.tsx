"use client";

import { clsx } from "clsx";
import { Ellipsis, Settings, Sparkles, Trash2 } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { DropdownMenu } from "radix-ui";
import { lazy, Suspense } from "react";
import { assistantTriggerProps, useToggleAssistant } from "@/components/home/assistant-toggle";
import { useListDialog } from "@/components/lists/use-list-dialog";
import { useDueCounts } from "./due-counts";
import { useCurrentPath, VIEW_LINKS } from "./nav-links";

const tab =
  "flex min-h-14 min-w-0 flex-1 flex-col items-center justify-center gap-0.5 px-1 text-[11px] font-medium outline-offset-[-2px] transition-colors";

function Badge({ n }: { n: number }) {
  if (n === 0) return null;
  return (
    <span aria-hidden className="absolute -right-2.5 -top-1.5 min-w-4 rounded-full bg-accent px-1 text-center font-mono text-[10px] leading-4 text-accent-ink">
      {n > 99 ? "99+" : n}
    </span>
  );
}

const menuHeading = "px-3 pb-1 pt-2 text-xs font-semibold uppercase tracking-wide text-muted";
const loadMoreLists = () => import("./more-lists");
const MoreLists = lazy(loadMoreLists);

/** Below 768 px: the views, the assistant and the rest one tap away, at the bottom of the screen. */
export function TabBar() {
  const pathname = usePathname();
  const current = useCurrentPath();
  const { openNew, dialog } = useListDialog();
  const inMore = current === "/trash" || current === "/settings" || current.startsWith("/lists/") || current.startsWith("/labels/");
  const { counts } = useDueCounts();
  const toggleAssistant = useToggleAssistant();
  const item = (current: boolean) => clsx(tab, current ? "text-accent" : "text-muted hover:text-ink");
  return (
    <nav
      aria-label="Tabs"
      className="fixed inset-x-0 bottom-0 z-30 border-t border-line bg-canvas/95 pb-[env(safe-area-inset-bottom)] backdrop-blur md:hidden"
    >
      <ul className="mx-auto flex max-w-lg">
        {VIEW_LINKS.map((link) => (
          <li key={link.href} className="flex min-w-0 flex-1">
            <Link
              href={link.href}
              aria-current={pathname === link.href ? "page" : undefined}
              className={item(pathname === link.href)}
            >
              <span className="relative">
                <link.Icon className="size-5" aria-hidden />
                {"count" in link && <Badge n={counts[link.count]} />}
              </span>
              {link.label}
              {"count" in link && counts[link.count] > 0 && <span className="sr-only"> {counts[link.count]} due</span>}
            </Link>
          </li>
        ))}
        <li className="flex min-w-0 flex-1">
          <button type="button" onClick={toggleAssistant} className={item(false)} {...assistantTriggerProps}>
            <Sparkles className="size-5" aria-hidden />
            Assistant
          </button>
        </li>
        <li className="flex min-w-0 flex-1">
          <DropdownMenu.Root>
            <DropdownMenu.Trigger className={item(inMore)} onPointerDown={loadMoreLists} onFocus={loadMoreLists}>
              <Ellipsis className="size-5" aria-hidden />
              More
            </DropdownMenu.Trigger>
            <DropdownMenu.Portal>
              <DropdownMenu.Content
                side="top"
                align="end"
                sideOffset={6}
                collisionPadding={8}
                className="z-50 max-h-[min(70dvh,36rem)] w-[calc(100vw-1rem)] max-w-sm overflow-y-auto rounded-xl border border-line bg-surface p-1 text-sm shadow-lg"
              >
                {/* The lists live here on a phone; they load with the first opening. */}
                <Suspense fallback={<p className={menuHeading}>Lists…</p>}>
                  <MoreLists current={current} onNewList={() => setTimeout(openNew, 0)} />
                </Suspense>
                <DropdownMenu.Separator className="my-1 h-px bg-line" />
                {[
                  { href: "/trash", label: "Trash", Icon: Trash2 },
                  { href: "/settings", label: "Settings", Icon: Settings },
                ].map(({ href, label, Icon }) => (
                  <DropdownMenu.Item key={href} asChild>
                    <Link href={href} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-3 outline-none data-[highlighted]:bg-raised">
                      <Icon className="size-4" aria-hidden />
                      {label}
                    </Link>
                  </DropdownMenu.Item>
                ))}
              </DropdownMenu.Content>
            </DropdownMenu.Portal>
          </DropdownMenu.Root>
          {dialog}
        </li>
      </ul>
    </nav>
  );
}
