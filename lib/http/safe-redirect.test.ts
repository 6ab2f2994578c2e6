import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-redirect";

describe("the path to go back to after sign-in", () => {
  it.each([
    ["/settings?tab=keys", "/settings?tab=keys"],
    ["/trash#top", "/trash#top"],
    ["/%2F%2Fexample.org", "/%2F%2Fexample.org"],
    ["/lists/abc?x=1", "/lists/abc?x=1"],
  ])("keeps a path on the site: %j", (value, expected) => {
    expect(safeCallbackPath(value)).toBe(expected);
  });

  it.each([
    "/\t/example.org",
    "/\n/example.org",
    "/\r\nLocation: https://example.org",
    "//example.org",
    "/\\example.org",
    "\\\\example.org",
    "https://example.org/",
    "javascript:alert(1)",
    "example.org",
    "/sign-in?callbackURL=/",
    "/sign-up",
    "/api/auth/sign-out",
    "",
    "/" + "a".repeat(3000),
  ])("falls back to / for %j", (value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });

  it("takes the first of repeated parameters, and / for none", () => {
    expect(safeCallbackPath(["/trash", "//evil"])).toBe("/trash");
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath(null)).toBe("/");
  });
});
