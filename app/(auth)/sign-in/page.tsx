import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth/auth-form";
import { currentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/http/safe-redirect";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackURL?: string }> }) {
  const callbackURL = safeCallbackPath((await searchParams).callbackURL);
  if (await currentUser()) redirect(callbackURL);
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Sign in to Docket</h1>
      <p className="mb-6 text-sm text-muted">Welcome back. Your tasks are waiting.</p>
      <AuthForm mode="sign-in" callbackURL={callbackURL} />
    </>
  );
}
