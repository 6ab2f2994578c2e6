import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "./proxy";

const forwarded = (response: Response, header: string) => response.headers.get(`x-middleware-request-${header}`);

function request(path: string, headers: Record<string, string> = {}) {
  return new NextRequest(`http://localhost:3000${path}`, { headers });
}

describe("proxy", () => {
  it("gives every page a fresh nonce-based CSP that forbids framing", () => {
    const cookie = { cookie: "better-auth.session_token=abc" };
    const first = proxy(request("/", cookie)).headers.get("content-security-policy")!;
    const second = proxy(request("/", cookie)).headers.get("content-security-policy")!;
    expect(first).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(first).toContain("frame-ancestors 'none'");
    expect(first).not.toBe(second);
  });

  it("sends a visitor without a session to sign-in, and back to the page afterwards", () => {
    const response = proxy(request("/trash"));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://localhost:3000/sign-in?callbackURL=%2Ftrash");
  });

  it("writes the page path itself, over any copy the client sent", () => {
    const response = proxy(request("/settings?tab=keys", { cookie: "better-auth.session_token=abc", "x-docket-path": "//evil.example" }));
    expect(forwarded(response, "x-docket-path")).toBe("/settings?tab=keys");
  });

  it("runs for prefetches and RSC requests too: no request header skips it", () => {
    for (const headers of [{}, { "next-router-prefetch": "1" }, { rsc: "1", "next-router-state-tree": "%5B%5D" }, { purpose: "prefetch" }]) {
      expect(unstable_doesMiddlewareMatch({ config, url: "/settings", headers })).toBe(true);
      expect(unstable_doesMiddlewareMatch({ config, url: "/sign-in", headers })).toBe(true);
    }
  });

  it("leaves API routes to the boundary, which checks them itself", () => {
    expect(unstable_doesMiddlewareMatch({ config, url: "/api/v1/tasks" })).toBe(false);
    expect(unstable_doesMiddlewareMatch({ config, url: "/api/auth/sign-in/email" })).toBe(false);
  });
});
