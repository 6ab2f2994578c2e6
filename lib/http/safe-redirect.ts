// Any host will do: only whether a value stays on it matters.
const PROBE_ORIGIN = "http://docket.invalid";
const FORBIDDEN = /[\u0000-\u001f\u007f\\]/;
const NOT_AFTER_SIGN_IN = /^\/(?:sign-in|sign-up|reset-password|forgot-password|api)(?:[/?#]|$)/;

/**
 * A same-origin path to go back to after sign-in. The value is resolved against an origin the way a
 * browser would, and only a path that stays on it is used; control characters, backslashes,
 * schemes and protocol-relative forms ("//x", "/\tx") fall back to "/".
 */
export function safeCallbackPath(value: string | string[] | undefined | null): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || raw.length > 2_000 || FORBIDDEN.test(raw) || !raw.startsWith("/") || raw.startsWith("//")) return "/";
  let url: URL;
  try {
    url = new URL(raw, PROBE_ORIGIN);
  } catch {
    return "/";
  }
  if (url.origin !== PROBE_ORIGIN) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  return NOT_AFTER_SIGN_IN.test(path) ? "/" : path;
}
