"use client";

import { Loader2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { fieldClass } from "@/components/ui/field";
import { browserSettings } from "@/components/time/adopt-browser-settings";
import { authClient } from "@/lib/auth/client";
import { PasswordInput } from "./password-input";

type Mode = "sign-in" | "sign-up";

interface AuthError {
  code?: string;
  status?: number;
  message?: string;
}

function describe(mode: Mode, error: AuthError): string {
  if (error.status === 429) {
    // Docket's limits say how long to wait ("… Try again in 12 minutes.").
    return error.code === "TOO_MANY_ATTEMPTS" && error.message ? error.message : "Too many attempts. Wait a minute, then try again.";
  }
  switch (error.code) {
    case "USER_ALREADY_EXISTS":
    case "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL":
      return "An account with this email already exists. Sign in instead, or use another email.";
    case "PASSWORD_TOO_SHORT":
      return "Password must be at least 8 characters.";
    case "PASSWORD_TOO_LONG":
      return "Password must be 128 characters or fewer.";
    case "INVALID_EMAIL":
    case "VALIDATION_ERROR":
      return "Enter a valid email address, like name@example.com.";
    case "INVALID_EMAIL_OR_PASSWORD":
      return "Wrong email or password. Check both and try again.";
  }
  return mode === "sign-in"
    ? "We couldn't sign you in. Check your connection and try again."
    : "We couldn't create your account. Check your connection and try again.";
}

/**
 * Sign-up with the browser's zone and language (Better Auth additional fields), so "today" is the
 * user's from the first task. A zone the server does not know must not block the account: then
 * it is created without them (the app adopts what it can after sign-in).
 */
async function createAccount(email: string, password: string) {
  const account = { email, password, name: email.split("@")[0] ?? email };
  const settings = browserSettings();
  const first = await authClient.signUp.email({ ...account, ...(settings as object) });
  const refusedSettings = first.error?.code === "VALIDATION_ERROR" && /timezone|locale/i.test(first.error.message ?? "");
  return refusedSettings ? authClient.signUp.email(account) : first;
}

export function AuthForm({ mode, callbackURL }: { mode: Mode; callbackURL: string }) {
  const router = useRouter();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const signUp = mode === "sign-up";

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      setError("Enter a valid email address, like name@example.com.");
      return;
    }
    if (!password) {
      setError("Enter your password.");
      return;
    }
    if (signUp && password.length < 8) {
      setError("Password must be at least 8 characters.");
      return;
    }
    setBusy(true);
    setError(null);
    const result = signUp ? await createAccount(email, password) : await authClient.signIn.email({ email, password });
    if (result.error) {
      setBusy(false);
      setError(describe(mode, result.error));
      return;
    }
    router.replace(callbackURL);
    router.refresh();
  }

  const errorId = `${id}-error`;
  const other = signUp ? "/sign-in" : "/sign-up";
  const otherHref = callbackURL === "/" ? other : `${other}?callbackURL=${encodeURIComponent(callbackURL)}`;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-describedby={error ? errorId : undefined}>
      <div className="space-y-1.5">
        <label htmlFor={`${id}-email`} className="block text-sm font-medium">
          Email
        </label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="email"
          required
          autoFocus
          className={fieldClass}
        />
      </div>
      <div className="space-y-1.5">
        <div className="flex items-baseline justify-between">
          <label htmlFor={`${id}-password`} className="block text-sm font-medium">
            Password
          </label>
          {!signUp && (
            <Link href="/forgot-password" className="text-sm text-accent underline-offset-4 hover:underline">
              Forgot password?
            </Link>
          )}
        </div>
        <PasswordInput
          id={`${id}-password`}
          name="password"
          autoComplete={signUp ? "new-password" : "current-password"}
          required
          minLength={signUp ? 8 : undefined}
          aria-describedby={signUp ? `${id}-password-hint` : undefined}
        />
        {signUp && (
          <p id={`${id}-password-hint`} className="text-xs text-muted">
            At least 8 characters.
          </p>
        )}
      </div>
      {error && (
        <p id={errorId} role="alert" className="rounded-md border border-danger/30 bg-danger/10 px-3 py-2 text-sm text-danger">
          {error}
        </p>
      )}
      <Button type="submit" variant="primary" className="h-11 w-full" disabled={busy}>
        {busy && <Loader2 className="size-4 animate-spin" aria-hidden />}
        {signUp ? "Create account" : "Sign in"}
      </Button>
      <p className="text-center text-sm text-muted">
        {signUp ? "Already have an account? " : "New to Docket? "}
        <Link href={otherHref} className="font-medium text-accent underline-offset-4 hover:underline">
          {signUp ? "Sign in" : "Create an account"}
        </Link>
      </p>
    </form>
  );
}
