"use client";

import { Check, Copy, KeyRound } from "lucide-react";
import { useId, useState, type FormEvent } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { fieldClass, labelClass } from "@/components/ui/field";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { authClient } from "@/lib/auth/client";

export interface ShownKey {
  id: string;
  name: string;
  start: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}

const EXPIRY = [
  { label: "7 days", seconds: 7 * 86_400 },
  { label: "30 days", seconds: 30 * 86_400 },
  { label: "90 days", seconds: 90 * 86_400 },
  { label: "1 year", seconds: 365 * 86_400 },
  { label: "Never", seconds: null },
] as const;
// A key that never expires outlives the script it was made for: 90 days unless chosen otherwise.
const DEFAULT_EXPIRY = String(EXPIRY.findIndex((e) => e.label === "90 days"));

const date = (iso: string | null, never = "Never") =>
  iso ? new Intl.DateTimeFormat(undefined, { dateStyle: "medium" }).format(new Date(iso)) : never;

export function ApiKeys({ initialKeys }: { initialKeys: ShownKey[] }) {
  const id = useId();
  const [keys, setKeys] = useState(initialKeys);
  const [name, setName] = useState("");
  const [expiry, setExpiry] = useState(DEFAULT_EXPIRY);
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [copied, setCopied] = useState(false);

  async function create(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError("Give the key a name, such as “Laptop script”.");
    if (trimmed.length > 32) return setError("Key names are at most 32 characters.");
    if (!password) return setError("Enter your current password to create a key.");
    setBusy(true);
    setError(null);
    // The plugin's schema drops `password`; Docket's hook reads it from the raw body.
    const { data, error: failure } = await authClient.apiKey.create({
      name: trimmed,
      expiresIn: EXPIRY[Number(expiry)]!.seconds,
      ...({ password } as object),
    });
    setBusy(false);
    if (failure || !data) return setError(failure?.message ?? "Couldn't create the key. Try again.");
    setPassword("");
    setCreated({ name: trimmed, key: data.key });
    setCopied(false);
    setName("");
    setKeys((list) => [
      {
        id: data.id,
        name: trimmed,
        start: data.start ?? "dk_",
        createdAt: new Date(data.createdAt).toISOString(),
        lastUsedAt: null,
        expiresAt: data.expiresAt ? new Date(data.expiresAt).toISOString() : null,
      },
      ...list,
    ]);
  }

  async function revoke(key: ShownKey) {
    setKeys((list) => list.filter((k) => k.id !== key.id));
    const { error: failure } = await authClient.apiKey.delete({ keyId: key.id });
    if (failure) {
      setKeys((list) => [key, ...list]);
      toast.error(`Couldn't revoke “${key.name}”. Try again.`);
    } else toast(`Revoked “${key.name}”. It stops working at once.`);
  }

  const revokeButton = (k: ShownKey, className?: string) => (
    <ConfirmDialog
      trigger={<Button size="sm" variant="ghost" className={className} aria-label={`Revoke “${k.name}”`}>Revoke</Button>}
      title={`Revoke “${k.name}”?`}
      description="Anything using this key stops working at once. This can't be undone."
      confirmLabel="Revoke key"
      onConfirm={() => void revoke(k)}
    />
  );

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      toast.error("Copying isn't allowed here: select the key and copy it yourself.");
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4">
      <div>
        <h2 id={`${id}-title`} className="text-lg font-semibold">API keys</h2>
        <p className="text-sm text-muted">
          Keys let scripts use the JSON API and MCP clients reach your tasks, as you. Send one as <code>Authorization: Bearer dk_…</code>.
        </p>
      </div>

      {/* One column on a phone, two from 640 px, one row from 1024 px. */}
      <form
        onSubmit={create}
        className="grid gap-3 rounded-xl border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-[minmax(0,1fr)_auto_minmax(0,1fr)_auto] lg:items-end"
        noValidate
      >
        <div className="sm:col-span-2 lg:col-span-1">
          <label htmlFor={`${id}-name`} className={labelClass}>
            Key name
          </label>
          <input
            id={`${id}-name`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={64}
            placeholder="Laptop script"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className={fieldClass}
          />
        </div>
        <div>
          <label htmlFor={`${id}-expiry`} className={labelClass}>
            Expires
          </label>
          <select id={`${id}-expiry`} value={expiry} onChange={(e) => setExpiry(e.target.value)} className={fieldClass}>
            {EXPIRY.map((e, i) => (
              <option key={e.label} value={i}>
                {e.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-password`} className={labelClass}>
            Your password
          </label>
          <input
            id={`${id}-password`}
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
            maxLength={128}
            className={fieldClass}
          />
        </div>
        <Button type="submit" variant="primary" disabled={busy} className="max-sm:h-11 sm:col-span-2 sm:justify-self-start lg:col-span-1 lg:h-11">
          <KeyRound className="size-4" aria-hidden /> Create key
        </Button>
        {error && (
          <p id={`${id}-error`} role="alert" className="text-sm text-danger sm:col-span-full">
            {error}
          </p>
        )}
      </form>

      {created && (
        <div role="status" className="space-y-2 rounded-xl border border-success/40 bg-success/10 p-4 text-sm">
          <p className="font-medium">Copy “{created.name}” now: it won't be shown again.</p>
          <div className="flex flex-wrap items-center gap-2">
            <code aria-label="New API key" className="min-w-0 flex-1 basis-48 select-all break-all rounded-md border border-line bg-surface px-2 py-1.5 font-mono text-xs">
              {created.key}
            </code>
            <Button size="sm" className="max-sm:h-11 max-sm:px-4" onClick={() => copy(created.key)}>
              {copied ? <Check className="size-4" aria-hidden /> : <Copy className="size-4" aria-hidden />}
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
        </div>
      )}

      {keys.length === 0 ? (
        <p className="rounded-xl border border-dashed border-line px-4 py-6 text-center text-sm text-muted">No API keys yet.</p>
      ) : (
        <>
          {/* On a phone each key is a card: a six-column table would be wider than the screen. */}
          <ul aria-label="Your API keys" className="space-y-2 sm:hidden">
            {keys.map((k) => (
              <li key={k.id} className="rounded-xl border border-line bg-surface p-4">
                <div className="flex items-start justify-between gap-3">
                  <div className="min-w-0">
                    <p className="break-words font-medium">{k.name}</p>
                    <p className="font-mono text-xs text-muted">{k.start}…</p>
                  </div>
                  {revokeButton(k, "h-11")}
                </div>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
                  <dt className="text-muted">Created</dt>
                  <dd>{date(k.createdAt)}</dd>
                  <dt className="text-muted">Last used</dt>
                  <dd>{date(k.lastUsedAt, "Not yet")}</dd>
                  <dt className="text-muted">Expires</dt>
                  <dd>{date(k.expiresAt)}</dd>
                </dl>
              </li>
            ))}
          </ul>
          <div className="hidden overflow-x-auto rounded-xl border border-line bg-surface sm:block">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Your API keys</caption>
              <thead className="text-xs uppercase tracking-wide text-muted">
                <tr className="border-b border-line">
                  <th scope="col" className="px-4 py-2 font-medium">Name</th>
                  <th scope="col" className="px-4 py-2 font-medium">Key</th>
                  <th scope="col" className="px-4 py-2 font-medium">Created</th>
                  <th scope="col" className="px-4 py-2 font-medium">Last used</th>
                  <th scope="col" className="px-4 py-2 font-medium">Expires</th>
                  <th scope="col" className="px-4 py-2"><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {keys.map((k) => (
                  <tr key={k.id} className="border-b border-line last:border-0">
                    <td className="px-4 py-2 font-medium">{k.name}</td>
                    <td className="px-4 py-2 font-mono text-xs text-muted">{k.start}…</td>
                    <td className="px-4 py-2">{date(k.createdAt)}</td>
                    <td className="px-4 py-2">{date(k.lastUsedAt, "Not yet")}</td>
                    <td className="px-4 py-2">{date(k.expiresAt)}</td>
                    <td className="px-4 py-2 text-right">
                      {revokeButton(k)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
