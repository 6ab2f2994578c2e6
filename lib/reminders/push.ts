import webpush from "web-push";
import type { VapidKeys } from "./vapid";

export interface PushTarget {
  endpoint: string;
  /** The browser's P-256 key and auth secret (base64url), from PushSubscription.toJSON(). */
  p256dh: string;
  auth: string;
}

export type PushOutcome = { sent: true } | { gone: true } | { failed: string; retry: boolean };

const TIMEOUT_MS = 10_000;

/**
 * Encrypts `payload` for one subscription (RFC 8291), signs the request (VAPID) and delivers it
 * to the browser's push service. 404/410 mean the subscription is dead; 429 and 5xx are worth a retry.
 */
export async function sendPush(target: PushTarget, payload: unknown, vapid: VapidKeys, ttlSeconds = 60 * 60): Promise<PushOutcome> {
  // web-push builds the encrypted request; Docket sends it, so any push service URL works.
  const request = webpush.generateRequestDetails({ endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } }, JSON.stringify(payload), {
    vapidDetails: vapid,
    TTL: ttlSeconds,
    contentEncoding: "aes128gcm",
    urgency: "high",
  });
  try {
    const response = await fetch(request.endpoint, {
      method: request.method,
      headers: request.headers as Record<string, string>,
      body: request.body as unknown as BodyInit,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: "error",
    });
    if (response.ok) return { sent: true };
    if (response.status === 404 || response.status === 410) return { gone: true };
    return { failed: `push service answered ${response.status}`, retry: response.status === 429 || response.status >= 500 };
  } catch (error) {
    return { failed: (error as Error).name === "TimeoutError" ? "push service timed out" : "push service unreachable", retry: true };
  }
}
