import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth/auth-form";
import { currentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/http/safe-redirect";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackURL?: string }> }) {
  const callbackURL = safeCallbackPath((await searchParams).callbackURL);
  if (await currentUser()) redirect(callbackURL);
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Create your account</h1>
      <p className="mb-6 text-sm text-muted">Keep your tasks in one calm list.</p>
      <AuthForm mode="sign-up" callbackURL={callbackURL} />
    </>
  );
}
