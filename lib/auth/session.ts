import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { createAuth, type Auth } from "@/lib/auth/config";
import { authSecret } from "@/lib/auth/secret";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { PAGE_PATH_HEADER } from "@/lib/http/edge-headers.mjs";
import { passwordGuard } from "./password-guard";

const store = globalThis as unknown as { __docketAuth?: Promise<Auth> };

/** The process's Better Auth instance, built once the database is open. */
export function getAuth(): Promise<Auth> {
  store.__docketAuth ??= getDb().then((db) => createAuth(db, env(), authSecret(env())));
  return store.__docketAuth;
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  /** Null until the browser or the user sets them. */
  timezone: string | null;
  locale: string | null;
}

type AuthSession = NonNullable<Awaited<ReturnType<Auth["api"]["getSession"]>>>;
const toSessionUser = ({ user }: AuthSession): SessionUser => ({
  id: user.id,
  email: user.email,
  name: user.name,
  timezone: (user as { timezone?: string | null }).timezone ?? null,
  locale: (user as { locale?: string | null }).locale ?? null,
});

// One session lookup per request, however many layouts, pages and actions ask.
const sessionUser = cache(async (): Promise<SessionUser | null> => {
  // headers() first: during `next build` it stops prerendering before the database is opened.
  const requestHeaders = await headers();
  const session = await (await getAuth()).api.getSession({ headers: requestHeaders });
  return session ? toSessionUser(session) : null;
});

/** The signed-in user of this request (or of the given request headers), or null. */
export async function currentUser(requestHeaders?: Headers): Promise<SessionUser | null> {
  if (!requestHeaders) return sessionUser();
  const session = await (await getAuth()).api.getSession({ headers: requestHeaders });
  return session ? toSessionUser(session) : null;
}

/** The signed-in user, or a redirect to sign-in that comes back to this page afterwards. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (user) return user;
  const back = (await headers()).get(PAGE_PATH_HEADER) ?? "/";
  redirect(`/sign-in?callbackURL=${encodeURIComponent(back)}`);
}

/** The signed-in user's current password, checked and counted like a sign-in; wrong → invalid_input. */
export async function confirmCurrentPassword(user: { id: string; email: string }, password: string, address: string | null): Promise<void> {
  const context = await (await getAuth()).$context;
  const right = await passwordGuard(await getDb(), env()).checkCurrentPassword(context, user, password, address);
  if (!right) throw new AppError("invalid_input", "That password is not right.", { password: "That password is not right" });
}
