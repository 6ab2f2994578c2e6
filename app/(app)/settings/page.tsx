import type { Metadata } from "next";
import { headers } from "next/headers";
import { AccountSettings } from "@/components/settings/account-settings";
import { ApiKeys, type ShownKey } from "@/components/settings/api-keys";
import { getAuth, requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  const { apiKeys } = await (await getAuth()).api.listApiKeys({ headers: await headers() });
  const keys: ShownKey[] = apiKeys.map((k) => ({
    id: k.id,
    name: k.name ?? "Unnamed key",
    start: k.start ?? k.prefix ?? "dk_",
    createdAt: new Date(k.createdAt).toISOString(),
    lastUsedAt: k.lastRequest ? new Date(k.lastRequest).toISOString() : null,
    expiresAt: k.expiresAt ? new Date(k.expiresAt).toISOString() : null,
  }));
  return (
    <div className="mx-auto max-w-3xl space-y-10">
      <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
      <ApiKeys initialKeys={keys} />
      <AccountSettings email={user.email} />
    </div>
  );
}
