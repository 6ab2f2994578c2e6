import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[]; error?: string }> }) {
  const { token, error } = await searchParams;
  const value = Array.isArray(token) ? token[0] : token;
  const usable = value && /^[A-Za-z0-9_-]{10,100}$/.test(value) && !error;
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Choose a new password</h1>
      {usable ? (
        <>
          <p className="mb-6 text-sm text-muted">Pick a password you don't use anywhere else.</p>
          <ResetPasswordForm token={value} />
        </>
      ) : (
        <p role="alert" className="text-sm">
          This reset link is incomplete or has expired.{" "}
          <Link href="/forgot-password" className="font-medium text-accent underline-offset-4 hover:underline">
            Ask for a new one
          </Link>
          .
        </p>
      )}
    </>
  );
}
