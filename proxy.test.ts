import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { proxy } from "./proxy";

const forwarded = (response: Response, header: string) => response.headers.get(`x-middleware-request-${header}`);

function request(path: string, headers: Record<string, string> = {}) {
  return new NextRequest(`http://localhost:3000${path}`, { headers });
}

describe("proxy", () => {
  afterEach(() => {
    delete process.env.TRUST_PROXY;
  });

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

  it("ignores X-Forwarded-For and a client's own client-IP header unless TRUST_PROXY=true", () => {
    const headers = { "x-forwarded-for": "203.0.113.5, 10.0.0.1", "x-docket-client-ip": "1.2.3.4" };
    const untrusted = proxy(request("/api/auth/sign-up/email", headers));
    expect(forwarded(untrusted, "x-docket-client-ip")).toBeNull();
    process.env.TRUST_PROXY = "true";
    const trusted = proxy(request("/api/auth/sign-up/email", headers));
    expect(forwarded(trusted, "x-docket-client-ip")).toBe("203.0.113.5");
  });

  it("tags each request with an id the logs and the response share", () => {
    const response = proxy(request("/api/health"));
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(forwarded(response, "x-request-id")).toBe(id);
  });
});
