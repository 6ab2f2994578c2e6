import { describe, expect, it } from "vitest";
import { redactEmails } from "./log";

describe("log lines", () => {
  it("never carry an email address in plain text, but the same address gives the same mark", () => {
    const line = redactEmails("Sign-up attempt for existing email: Alice.Smith+tasks@Example.co.uk");
    expect(line).not.toMatch(/alice|example/i);
    expect(line).toMatch(/^Sign-up attempt for existing email: email#[0-9a-f]{12}$/);
    expect(redactEmails("alice.smith+tasks@example.co.uk")).toBe(line.slice(line.indexOf("email#")));
    expect(redactEmails("no address here, just @mentions and a.b")).toBe("no address here, just @mentions and a.b");
  });
});
