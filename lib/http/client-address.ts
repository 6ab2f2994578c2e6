import { timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { EDGE_TOKEN_ENV, EDGE_TOKEN_HEADER, SOCKET_ADDRESS_HEADER } from "./edge-headers.mjs";

export { INTERNAL_HEADER_PREFIX } from "./edge-headers.mjs";

// Docket's own server sets the socket address over any client copy. Route handlers believe it
// only beside the edge token that server makes at each start and no client can know, so a bare
// `next start` never trusts a client's header.
function fromDocketServer(headers: Headers): boolean {
  const expected = process.env[EDGE_TOKEN_ENV];
  const given = headers.get(EDGE_TOKEN_HEADER);
  if (!expected || !given || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/** The `hops`-th X-Forwarded-For entry from the right: the one the nearest trusted proxy saw. */
function forwardedFor(headers: Headers, hops: number): string | null {
  const entries = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return entries.length >= hops ? entries[entries.length - hops]! : null;
}

/**
 * The client's address as a limiter key, or null when nothing trustworthy says it. With
 * TRUST_PROXY, the proxy's X-Forwarded-For entry; otherwise the socket address Docket's own server
 * recorded. IPv6 clients are grouped by /64, the block one household or server usually holds.
 */
export function clientAddress(headers: Headers, trustedHops = env().TRUST_PROXY): string | null {
  const raw = trustedHops > 0 ? forwardedFor(headers, trustedHops) : fromDocketServer(headers) ? headers.get(SOCKET_ADDRESS_HEADER) : null;
  return raw ? addressKey(raw) : null;
}

const IPV4 = /^(\d{1,3})(\.\d{1,3}){3}$/;

/** "::ffff:10.0.0.1" → "10.0.0.1"; "2001:db8:1:2:3:4:5:6" → "2001:db8:1:2::/64"; junk → null. */
export function addressKey(raw: string): string | null {
  let address = raw.trim().toLowerCase();
  if (address.startsWith("[")) address = address.slice(1, address.indexOf("]"));
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  const mapped = address.match(/^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/);
  if (mapped) address = mapped[1]!;
  if (IPV4.test(address)) return address.split(".").every((n) => Number(n) <= 255) ? address : null;
  if (!/^[0-9a-f:]+$/.test(address) || !address.includes(":") || address.length > 39) return null;
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  if (groups.length !== 8 || groups.some((g) => g.length > 4)) return null;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}
