import { afterEach, describe, expect, it } from "vitest";
import { addressKey, clientAddress } from "./client-address";
import { EDGE_TOKEN_ENV, EDGE_TOKEN_HEADER, SOCKET_ADDRESS_HEADER } from "./edge-headers.mjs";

const TOKEN = "a".repeat(43);
const headers = (h: Record<string, string>) => new Headers(h);

describe("the client address", () => {
  afterEach(() => {
    delete process.env[EDGE_TOKEN_ENV];
  });

  it("comes from Docket's own server, and only with the token that server made at start", () => {
    process.env[EDGE_TOKEN_ENV] = TOKEN;
    expect(clientAddress(headers({ [SOCKET_ADDRESS_HEADER]: "::ffff:127.0.0.2", [EDGE_TOKEN_HEADER]: TOKEN }), 0)).toBe("127.0.0.2");
    expect(clientAddress(headers({ [SOCKET_ADDRESS_HEADER]: "203.0.113.9", [EDGE_TOKEN_HEADER]: "b".repeat(43) }), 0)).toBeNull();
    expect(clientAddress(headers({ [SOCKET_ADDRESS_HEADER]: "203.0.113.9" }), 0)).toBeNull();
  });

  it("is unknown under a bare `next start`, whatever the client claims", () => {
    const claimed = headers({ [SOCKET_ADDRESS_HEADER]: "203.0.113.9", [EDGE_TOKEN_HEADER]: "", "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.9" });
    expect(clientAddress(claimed, 0)).toBeNull();
  });

  it("with trusted proxies, is the X-Forwarded-For entry the nearest trusted proxy appended", () => {
    const forwarded = headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2" });
    expect(clientAddress(forwarded, 1)).toBe("10.0.0.2");
    expect(clientAddress(forwarded, 2)).toBe("203.0.113.9");
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.9" }), 2)).toBeNull();
    expect(clientAddress(headers({ "x-forwarded-for": "not-an-address" }), 1)).toBeNull();
    expect(clientAddress(headers({}), 1)).toBeNull();
  });

  it("groups IPv6 clients by /64 and normalises the forms of one address", () => {
    expect(addressKey("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:0db8:0001:0002::9")).toBe("2001:db8:1:2::/64");
    expect(addressKey("[2001:db8::1]")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::ffff:10.1.2.3")).toBe("10.1.2.3");
    expect(addressKey("10.1.2.3:5123")).toBe("10.1.2.3");
    expect(addressKey("999.1.1.1")).toBeNull();
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("hello")).toBeNull();
  });
});
