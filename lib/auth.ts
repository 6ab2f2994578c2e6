import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { authSecret } from "@/lib/auth-secret";
import { createAuth, type Auth } from "@/lib/auth-config";
import { env } from "@/lib/env";

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
}

/** The signed-in user of this request, or null. */
export async function currentUser(requestHeaders?: Headers): Promise<SessionUser | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders ?? (await headers()) });
  if (!session) return null;
  return { id: session.user.id, email: session.user.email, name: session.user.name };
}

/** The signed-in user, or a redirect to sign-in that comes back to this page afterwards. */
export async function requireUser(): Promise<SessionUser> {
  const h = await headers();
  const user = await currentUser(h);
  if (user) return user;
  const back = h.get("x-docket-path") ?? "/";
  redirect(`/sign-in?callbackURL=${encodeURIComponent(back)}`);
}
