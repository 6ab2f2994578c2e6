import { NextResponse, type NextRequest } from "next/server";
import { PAGE_PATH_HEADER } from "./lib/http/edge-headers.mjs";

const SESSION_COOKIES = ["better-auth.session_token", "__Secure-better-auth.session_token"];
const SIGNED_IN_PAGES = ["/", "/today", "/upcoming", "/trash", "/settings"];

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

/**
 * Pages only: a CSP nonce per request and the sign-in gate (a quick redirect; every page checks
 * the session again itself, so no header that skips this can reach anything signed in). API
 * routes do their own checks at the boundary (lib/http/boundary.ts).
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (SIGNED_IN_PAGES.includes(pathname) && !SESSION_COOKIES.some((c) => request.cookies.has(c))) {
    const signIn = new URL("/sign-in", request.url);
    if (pathname !== "/" || search) signIn.searchParams.set("callbackURL", pathname + search);
    return NextResponse.redirect(signIn);
  }

  const headers = new Headers(request.headers);
  headers.set(PAGE_PATH_HEADER, pathname + search);
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  // Next reads the nonce from this request header and puts it on its own scripts.
  headers.set("content-security-policy", csp);

  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  // Every page, prefetches and RSC requests included: no request header chooses to skip it.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|icons/|sw.js|offline.html|manifest.webmanifest|share|api/).*)"],
};
