import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { describeWithDatabases } from "@/test/databases";
import { CLIENT_ADDRESS_HEADER, createAuth, type Auth } from "./config";
import type { MailMessage } from "./mail";

const BASE = "http://localhost:3000";
const PASSWORD = "correct horse";

describeWithDatabases(
  "password reset",
  (getDb) => {
    let auth: Auth;
    const sent: MailMessage[] = [];
    let lastIp = 0;
    const freshIp = () => `10.9.${Math.floor(++lastIp / 250)}.${lastIp % 250}`;

    beforeAll(() => {
      const env = parseEnv({ NODE_ENV: "production", BETTER_AUTH_URL: BASE });
      auth = createAuth(getDb().db, env, "r".repeat(32), async (message) => void sent.push(message));
    });

    const post = (path: string, body: unknown, address = freshIp(), cookie?: string) =>
      auth.handler(
        new Request(`${BASE}/api/auth${path}`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: BASE, [CLIENT_ADDRESS_HEADER]: address, ...(cookie && { cookie }) },
          body: JSON.stringify(body),
        }),
      );
    const email = () => `${randomUUID()}@example.com`;
    const mailTo = async (to: string) => {
      for (let i = 0; i < 50 && !sent.some((m) => m.to === to); i++) await new Promise((r) => setTimeout(r, 20));
      return sent.filter((m) => m.to === to);
    };
    const tokenIn = (message: MailMessage) => new URL(message.text.match(/https?:\/\/\S+/)![0]).searchParams.get("token")!;

    it("mails a link on the app's own address, and answers the same for an email with no account", async () => {
      const owner = email();
      await post("/sign-up/email", { email: owner, password: PASSWORD, name: "Owner" });
      const known = await post("/request-password-reset", { email: owner, redirectTo: "/reset-password" });
      const nobody = email();
      const unknown = await post("/request-password-reset", { email: nobody, redirectTo: "/reset-password" });
      expect(known.status).toBe(200);
      expect(await known.json()).toEqual(await unknown.json());
      const [message] = await mailTo(owner);
      expect(message!.subject).toBe("Reset your Docket password");
      expect(message!.text).toContain(`${BASE}/reset-password?token=`);
      expect(sent.filter((m) => m.to === nobody)).toEqual([]);
    });

    it("sets the new password once, signs out other sessions, and refuses the link a second time", async () => {
      const owner = email();
      const signedUp = await post("/sign-up/email", { email: owner, password: PASSWORD, name: "Owner" });
      const oldSession = signedUp.headers.getSetCookie().find((c) => c.startsWith("better-auth.session_token="))!.split(";")[0]!;
      await post("/request-password-reset", { email: owner, redirectTo: "/reset-password" });
      const token = tokenIn((await mailTo(owner))[0]!);
      expect((await post("/reset-password", { token, newPassword: "brand new horse" })).status).toBe(200);
      expect((await post("/sign-in/email", { email: owner, password: "brand new horse" })).status).toBe(200);
      expect((await post("/sign-in/email", { email: owner, password: PASSWORD })).status).toBe(401);
      const again = await post("/reset-password", { token, newPassword: "another horse" });
      expect(again.status).toBe(400);
      expect((await again.json()).code).toBe("INVALID_TOKEN");
      const session = await auth.handler(new Request(`${BASE}/api/auth/get-session`, { headers: { cookie: oldSession } }));
      expect(await session.json()).toBeNull();
    });

    it("limits reset requests to 3 an hour per email and 10 per address", async () => {
      const owner = email();
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await post("/request-password-reset", { email: owner, redirectTo: "/reset-password" })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const address = freshIp();
      const fromOne: number[] = [];
      for (let i = 0; i < 11; i++) fromOne.push((await post("/request-password-reset", { email: email(), redirectTo: "/reset-password" }, address)).status);
      expect(fromOne.slice(0, 10).every((s) => s === 200)).toBe(true);
      expect(fromOne[10]).toBe(429);
    });
  },
  ["pglite", "pg"],
);

it("never builds a reset link from the request's Host in production", async () => {
  const { openTestDatabase } = await import("@/test/databases");
  const t = await openTestDatabase("pglite");
  try {
    const sent: MailMessage[] = [];
    const auth = createAuth(t.db, parseEnv({ NODE_ENV: "production" }), "r".repeat(32), async (m) => void sent.push(m));
    const owner = `${randomUUID()}@example.com`;
    const call = (path: string, body: unknown) =>
      auth.handler(new Request(`https://evil.example/api/auth${path}`, { method: "POST", headers: { "content-type": "application/json", [CLIENT_ADDRESS_HEADER]: "10.8.0.1" }, body: JSON.stringify(body) }));
    await call("/sign-up/email", { email: owner, password: PASSWORD, name: "Owner" });
    await call("/request-password-reset", { email: owner });
    await new Promise((r) => setTimeout(r, 200));
    expect(sent.filter((m) => m.text.includes("evil.example"))).toEqual([]);
  } finally {
    await t.close();
  }
});
