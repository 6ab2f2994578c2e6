import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth/auth-form";
import { currentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/http/safe-redirect";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackURL?: string; reset?: string }> }) {
  const params = await searchParams;
  const callbackURL = safeCallbackPath(params.callbackURL);
  if (await currentUser()) redirect(callbackURL);
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Sign in to Docket</h1>
      <p className="mb-6 text-sm text-muted">Welcome back. Your tasks are waiting.</p>
      {params.reset === "done" && (
        <p role="status" className="mb-4 rounded-md border border-line bg-raised px-3 py-2 text-sm">
          Your password was changed. Sign in with the new one.
        </p>
      )}
      <AuthForm mode="sign-in" callbackURL={callbackURL} />
    </>
  );
}
