"use client";

import { Loader2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { authClient } from "@/lib/auth/client";
import { PasswordInput } from "./password-input";

/** Sets a new password with the token from the emailed link; other sessions are signed out. */
export function ResetPasswordForm({ token }: { token: string }) {
  const id = useId();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const newPassword = String(new FormData(event.currentTarget).get("password") ?? "");
    if (newPassword.length < 8) return setError("Password must be at least 8 characters.");
    if (newPassword.length > 128) return setError("Password must be 128 characters or fewer.");
    setBusy(true);
    setError(null);
    const { error: failure } = await authClient.resetPassword({ newPassword, token });
    setBusy(false);
    if (failure) {
      return setError(
        failure.code === "INVALID_TOKEN"
          ? "This link has expired or was already used. Ask for a new one below."
          : "We couldn't change the password. Check your connection and try again.",
      );
    }
    router.replace("/sign-in?reset=done");
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div className="space-y-1.5">
        <label htmlFor={`${id}-password`} className="block text-sm font-medium">
          New password
        </label>
        <PasswordInput id={`${id}-password`} name="password" autoComplete="new-password" required minLength={8} aria-describedby={`${id}-hint`} autoFocus />
        <p id={`${id}-hint`} className="text-xs text-muted">
          At least 8 characters. Other devices will be signed out.
        </p>
      </div>
      {error && (
        <p role="alert" className="rounded-md border border-danger/30 bg-danger/10 px-3 py-2 text-sm text-danger">
          {error}
        </p>
      )}
      <Button type="submit" variant="primary" className="h-11 w-full" disabled={busy}>
        {busy && <Loader2 className="size-4 animate-spin" aria-hidden />}
        Set new password
      </Button>
      <p className="text-center text-sm text-muted">
        <Link href="/forgot-password" className="font-medium text-accent underline-offset-4 hover:underline">
          Get a new link
        </Link>
      </p>
    </form>
  );
}
