import "server-only";
import { getAuth } from "@/lib/auth";

/** The token of an `Authorization: Bearer <token>` header; undefined when there is none. */
export function bearerToken(request: Request): string | undefined {
  const header = request.headers.get("authorization");
  if (!header) return undefined;
  const match = header.match(/^Bearer\s+(.+)$/i);
  return match ? match[1]!.trim() : "";
}

export interface KeyCaller {
  userId: string;
  keyId: string;
}

/** The owner of a valid API key; null for an unknown, revoked or expired one. */
export async function verifyApiKey(key: string): Promise<KeyCaller | null> {
  if (!key || key.length > 200) return null;
  try {
    const result = await (await getAuth()).api.verifyApiKey({ body: { key } });
    if (!result.valid || !result.key) return null;
    return { userId: result.key.referenceId, keyId: result.key.id };
  } catch {
    return null; // the plugin throws 401-style errors for bad keys
  }
}
