/** A same-site path to go back to after sign-in; anything else (other sites, odd schemes) → "/". */
export function safeCallbackPath(value: string | string[] | undefined | null): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return "/";
  if (path.startsWith("/sign-in") || path.startsWith("/sign-up") || path.startsWith("/api/")) return "/";
  return path;
}
