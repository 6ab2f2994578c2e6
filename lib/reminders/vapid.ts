import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import webpush from "web-push";
import type { Env } from "@/lib/env";

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  subject: string;
}

/**
 * The keys push messages are signed with: from VAPID_PUBLIC_KEY/VAPID_PRIVATE_KEY when set; in
 * embedded (PGlite) mode, generated once into DATA_DIR like the auth secret; otherwise none (a
 * database server means several instances, which must share keys: push stays off until set).
 */
export function vapidKeys(e: Env): VapidKeys | null {
  if (e.VAPID_PUBLIC_KEY && e.VAPID_PRIVATE_KEY) return { publicKey: e.VAPID_PUBLIC_KEY, privateKey: e.VAPID_PRIVATE_KEY, subject: e.VAPID_SUBJECT };
  if (e.DATABASE_URL) return null;
  const file = path.resolve(e.DATA_DIR, "vapid.json");
  try {
    return { ...(JSON.parse(readFileSync(file, "utf8")) as Omit<VapidKeys, "subject">), subject: e.VAPID_SUBJECT };
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const keys = webpush.generateVAPIDKeys();
    // "wx": if another process wrote them first, read theirs instead of overwriting.
    try {
      writeFileSync(file, JSON.stringify(keys), { flag: "wx", mode: 0o600 });
      return { ...keys, subject: e.VAPID_SUBJECT };
    } catch {
      return { ...(JSON.parse(readFileSync(file, "utf8")) as Omit<VapidKeys, "subject">), subject: e.VAPID_SUBJECT };
    }
  }
}
