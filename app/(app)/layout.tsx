import { ListChecks } from "lucide-react";
import Link from "next/link";
import { AssistantToggle } from "@/components/home/assistant-toggle";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { PaletteLauncher } from "@/components/palette/palette-launcher";
import { AccountMenu } from "@/components/shell/account-menu";
import { DueCountsProvider } from "@/components/shell/due-counts";
import { NavLinks } from "@/components/shell/nav-links";
import { TabBar } from "@/components/shell/tab-bar";
import { AdoptBrowserSettings } from "@/components/time/adopt-browser-settings";
import { TimeProvider } from "@/components/time/time-context";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/session";
import { labelService } from "@/lib/labels/service";
import { listService } from "@/lib/lists/service";
import { taskService } from "@/lib/tasks/service";
import { DEFAULT_LOCALE, DEFAULT_TIMEZONE } from "@/lib/users/schemas";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const db = await getDb();
  const [counts, lists, labels] = await Promise.all([
    taskService(db).dueCounts(user.id),
    listService(db).listLists(user.id, { status: "all" }),
    labelService(db).listLabels(user.id),
  ]);
  return (
    <TimeProvider timezone={user.timezone ?? DEFAULT_TIMEZONE} locale={user.locale ?? DEFAULT_LOCALE} now={Date.now()}>
      <DueCountsProvider initial={counts} lists={{ lists, labels }}>
        {(!user.timezone || !user.locale) && <AdoptBrowserSettings />}
        <div className="min-h-dvh">
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50 focus:rounded-md focus:bg-surface focus:px-3 focus:py-2"
          >
            Skip to content
          </a>
          <header className="sticky top-0 z-40 border-b border-line bg-canvas/85 backdrop-blur">
            <div className="mx-auto flex h-14 max-w-6xl items-center gap-4 px-4">
              <Link href="/" className="flex items-center gap-2 font-semibold">
                <ListChecks className="size-5 text-accent" aria-hidden />
                Docket
              </Link>
              <div className="ml-auto flex items-center gap-2">
                <PaletteLauncher />
                <AssistantToggle />
                <NotificationBell />
                <AccountMenu email={user.email} />
              </div>
            </div>
          </header>
          <div className="mx-auto max-w-6xl px-4 md:grid md:grid-cols-[12rem_minmax(0,1fr)] md:gap-6">
            <NavLinks />
            <main id="main" className="min-w-0 pb-[calc(6rem+env(safe-area-inset-bottom))] pt-6 md:pb-6">
              {children}
            </main>
          </div>
          <TabBar />
        </div>
      </DueCountsProvider>
    </TimeProvider>
  );
}
