"use client";

import { Loader2 } from "lucide-react";
import Link from "next/link";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { fieldClass } from "@/components/ui/field";
import { authClient } from "@/lib/auth/client";

const DELIVERY_NOTE = {
  smtp: "Check your inbox (and the spam folder).",
  log: "This Docket has no email server configured, so the link was written to the server's log: ask whoever runs it, or look there yourself.",
  none: "This Docket can't send email yet: ask whoever runs it to configure SMTP_URL.",
};

/** Asks for a reset link; the answer is the same whether or not the email has an account. */
export function ForgotPasswordForm({ delivery }: { delivery: keyof typeof DELIVERY_NOTE }) {
  const id = useId();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return setError("Enter a valid email address, like name@example.com.");
    setBusy(true);
    setError(null);
    const { error: failure } = await authClient.requestPasswordReset({ email, redirectTo: "/reset-password" });
    setBusy(false);
    if (failure) {
      return setError(failure.status === 429 && failure.message ? failure.message : "We couldn't send the link. Check your connection and try again.");
    }
    setSentTo(email);
  }

  if (sentTo) {
    return (
      <div role="status" className="space-y-3 text-sm">
        <p>
          If an account exists for <strong>{sentTo}</strong>, a link to choose a new password is on its way. It works for one hour.
        </p>
        <p className="text-muted">{DELIVERY_NOTE[delivery]}</p>
        <Link href="/sign-in" className="font-medium text-accent underline-offset-4 hover:underline">
          Back to sign in
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div className="space-y-1.5">
        <label htmlFor={`${id}-email`} className="block text-sm font-medium">
          Email
        </label>
        <input id={`${id}-email`} name="email" type="email" autoComplete="email" required autoFocus className={fieldClass} />
      </div>
      {error && (
        <p role="alert" className="rounded-md border border-danger/30 bg-danger/10 px-3 py-2 text-sm text-danger">
          {error}
        </p>
      )}
      <Button type="submit" variant="primary" className="h-11 w-full" disabled={busy}>
        {busy && <Loader2 className="size-4 animate-spin" aria-hidden />}
        Send reset link
      </Button>
      <p className="text-center text-sm text-muted">
        Remembered it?{" "}
        <Link href="/sign-in" className="font-medium text-accent underline-offset-4 hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
