import { ListChecks } from "lucide-react";
import Link from "next/link";
import { AccountMenu } from "@/components/shell/account-menu";
import { AssistantToggle } from "@/components/home/assistant-toggle";
import { NavLinks } from "@/components/shell/nav-links";
import { TimeProvider } from "@/components/time/time-context";
import { requireUser } from "@/lib/auth/session";
import { DEFAULT_LOCALE, DEFAULT_TIMEZONE } from "@/lib/users/schemas";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <TimeProvider timezone={user.timezone ?? DEFAULT_TIMEZONE} locale={user.locale ?? DEFAULT_LOCALE} now={Date.now()}>
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
          <NavLinks />
          <div className="ml-auto flex items-center gap-2">
            <AssistantToggle />
            <AccountMenu email={user.email} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
    </TimeProvider>
  );
}
