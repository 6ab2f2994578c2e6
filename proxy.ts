import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["better-auth.session_token", "__Secure-better-auth.session_token"];
const SIGNED_IN_PAGES = ["/", "/trash", "/settings"];

function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV !== "production";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function clientIp(request: NextRequest): string | undefined {
  if (process.env.TRUST_PROXY !== "true" && process.env.TRUST_PROXY !== "1") return undefined;
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || undefined;
}

/** Per request: a CSP nonce, a request id, the trusted client IP, and the sign-in gate. */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPage = !pathname.startsWith("/api/");

  if (isPage && SIGNED_IN_PAGES.includes(pathname) && !SESSION_COOKIES.some((c) => request.cookies.has(c))) {
    const signIn = new URL("/sign-in", request.url);
    if (pathname !== "/" || search) signIn.searchParams.set("callbackURL", pathname + search);
    return NextResponse.redirect(signIn);
  }

  const headers = new Headers(request.headers);
  const requestId = crypto.randomUUID();
  headers.set("x-request-id", requestId);
  headers.set("x-docket-path", pathname + search);
  headers.delete("x-docket-client-ip");
  const ip = clientIp(request);
  if (ip) headers.set("x-docket-client-ip", ip);

  let csp: string | undefined;
  if (isPage) {
    const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
    csp = contentSecurityPolicy(nonce);
    headers.set("x-nonce", nonce);
    // Next reads the nonce from this request header and puts it on its own scripts.
    headers.set("content-security-policy", csp);
  }

  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  if (csp) response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages (CSP, sign-in gate) and Better Auth (trusted client IP). The JSON API, chat and
      // MCP routes need neither and make their own request ids.
      source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|api/(?!auth/)).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
