import type { Metadata } from "next";
import { headers } from "next/headers";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { mailDelivery } from "@/lib/auth/mail";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Reset your password" };

export default async function ForgotPasswordPage() {
  await headers(); // rendered per request: the delivery note reads the environment
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Reset your password</h1>
      <p className="mb-6 text-sm text-muted">Enter your account's email and we'll send a link to choose a new password.</p>
      <ForgotPasswordForm delivery={mailDelivery(env())} />
    </>
  );
}
