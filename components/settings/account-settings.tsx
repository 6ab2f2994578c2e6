"use client";

import { useRouter } from "next/navigation";
import { AlertDialog } from "radix-ui";
import { useId, useState, type FormEvent } from "react";
import { toast } from "sonner";
import { deleteAccountAction } from "@/app/(app)/settings/account-actions";
import { Button } from "@/components/ui/button";
import { fieldClass, labelClass } from "@/components/ui/field";
import { authClient } from "@/lib/auth/client";

// Full width and 44 px tall on a phone.
const action = "max-sm:h-11 max-sm:w-full";

function ChangePassword() {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const currentPassword = String(data.get("current") ?? "");
    const newPassword = String(data.get("new") ?? "");
    if (newPassword.length < 8) return setError("The new password must be at least 8 characters.");
    setBusy(true);
    setError(null);
    const { error: failure } = await authClient.changePassword({ currentPassword, newPassword, revokeOtherSessions: true });
    setBusy(false);
    if (failure) {
      return setError(failure.code === "INVALID_PASSWORD" ? "Your current password is not right." : (failure.message ?? "Couldn't change the password."));
    }
    form.reset();
    toast.success("Password changed. Other devices were signed out.");
  }

  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <h3 className="font-medium">Change password</h3>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-current`} className={labelClass}>Current password</label>
          <input id={`${id}-current`} name="current" type="password" autoComplete="current-password" className={fieldClass} />
        </div>
        <div>
          <label htmlFor={`${id}-new`} className={labelClass}>New password</label>
          <input id={`${id}-new`} name="new" type="password" autoComplete="new-password" className={fieldClass} />
        </div>
      </div>
      {error && <p role="alert" className="text-sm text-danger">{error}</p>}
      <Button type="submit" disabled={busy} className={action}>Change password</Button>
    </form>
  );
}

function DeleteAccount({ email }: { email: string }) {
  const id = useId();
  const router = useRouter();
  const [typed, setTyped] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const matches = typed.trim().toLowerCase() === email.toLowerCase();

  async function remove(event: FormEvent) {
    event.preventDefault();
    if (!matches) return setError("Type your account's email exactly to confirm.");
    if (!password) return setError("Enter your password to confirm.");
    const result = await deleteAccountAction({ email: typed, password }).catch(() => null);
    if (!result?.ok) return setError(result?.error.message ?? "Couldn't delete the account. Try again.");
    router.replace("/sign-up");
    router.refresh();
  }

  return (
    <div className="space-y-2">
      <h3 className="font-medium text-danger">Delete account</h3>
      <p className="text-sm text-muted">Deletes your account with all its tasks, conversations and API keys. This can't be undone.</p>
      <AlertDialog.Root onOpenChange={() => { setTyped(""); setPassword(""); setError(null); }}>
        <AlertDialog.Trigger asChild>
          <Button variant="danger" className={action}>Delete account…</Button>
        </AlertDialog.Trigger>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="fixed inset-0 z-50 bg-black/40" />
          <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl border border-line bg-surface p-5 shadow-xl sm:p-6">
            <form onSubmit={remove} noValidate>
              <AlertDialog.Title className="text-lg font-semibold">Delete your account?</AlertDialog.Title>
              <AlertDialog.Description className="mt-2 text-sm text-muted">
                Everything in Docket that is yours will be deleted for good. Type <strong className="text-ink">{email}</strong> to confirm.
              </AlertDialog.Description>
              <label htmlFor={`${id}-email`} className={`${labelClass} mt-4`}>Your email</label>
              <input id={`${id}-email`} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" className={fieldClass} />
              <label htmlFor={`${id}-password`} className={`${labelClass} mt-3`}>Your password</label>
              <input
                id={`${id}-password`}
                type="password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                autoComplete="current-password"
                className={fieldClass}
              />
              {error && <p role="alert" className="mt-2 text-sm text-danger">{error}</p>}
              <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
                <AlertDialog.Cancel asChild>
                  <Button className="max-sm:h-11">Cancel</Button>
                </AlertDialog.Cancel>
                <Button type="submit" variant="danger" disabled={!matches || !password} className="max-sm:h-11">Delete my account</Button>
              </div>
            </form>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </div>
  );
}

export function AccountSettings({ email }: { email: string }) {
  async function signOutOthers() {
    const { error } = await authClient.revokeOtherSessions();
    if (error) toast.error("Couldn't sign out other sessions. Try again.");
    else toast.success("Signed out everywhere else.");
  }
  return (
    <section aria-labelledby="account-title" className="space-y-6">
      <div>
        <h2 id="account-title" className="text-lg font-semibold">Account</h2>
        <p className="text-sm text-muted">Signed in as {email}.</p>
      </div>
      <div className="space-y-6 rounded-xl border border-line bg-surface p-4">
        <ChangePassword />
        <div className="space-y-2 border-t border-line pt-4">
          <h3 className="font-medium">Sessions</h3>
          <p className="text-sm text-muted">Sign out of Docket on every other browser and device.</p>
          <Button onClick={signOutOthers} className={action}>Sign out other sessions</Button>
        </div>
        <div className="border-t border-line pt-4">
          <DeleteAccount email={email} />
        </div>
      </div>
    </section>
  );
}
