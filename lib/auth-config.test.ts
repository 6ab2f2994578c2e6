import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, expect, it } from "vitest";
import { describeWithDatabases } from "@/test/databases";
import { CLIENT_IP_HEADER, createAuth, type Auth } from "./auth-config";
import { parseEnv } from "./env";

const BASE = "http://localhost:3000";

describeWithDatabases(
  "sign-up and sign-in rules",
  (getDb) => {
    let auth: Auth;
    let ip: string;

    beforeAll(() => {
      const env = parseEnv({
        NODE_ENV: "production",
        BETTER_AUTH_URL: BASE,
        RATE_LIMIT_SIGNIN_FAILS_PER_15MIN: "3",
        RATE_LIMIT_SIGNUP_PER_MIN: "3",
      });
      auth = createAuth(getDb().db, env, "s".repeat(32));
    });
    // Each test gets its own client address so the per-IP sign-up bucket starts empty.
    beforeEach(() => {
      ip = `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    });

    const post = (path: string, body: unknown, headers: Record<string, string> = { [CLIENT_IP_HEADER]: ip }) =>
      auth.handler(
        new Request(`${BASE}/api/auth${path}`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: BASE, ...headers },
          body: JSON.stringify(body),
        }),
      );
    const email = () => `${randomUUID()}@example.com`;
    const signUp = (e: string, password = "correct horse") => post("/sign-up/email", { email: e, password, name: "Test" });
    const signIn = (e: string, password: string) => post("/sign-in/email", { email: e, password });

    it("signs up with a session cookie", async () => {
      const response = await signUp(email());
      expect(response.status).toBe(200);
      expect(response.headers.get("set-cookie")).toMatch(/better-auth\.session_token=/);
    });

    it("refuses a taken email and a short password with codes the form can explain", async () => {
      const taken = email();
      await signUp(taken);
      const duplicate = await signUp(taken);
      expect(duplicate.status).toBe(422);
      expect((await duplicate.json()).code).toMatch(/^USER_ALREADY_EXISTS/);
      const short = await signUp(email(), "short");
      expect(short.status).toBe(400);
      expect((await short.json()).code).toBe("PASSWORD_TOO_SHORT");
    });

    it("answers a wrong password and an unknown email the same way", async () => {
      const known = email();
      await signUp(known);
      const wrongPassword = await signIn(known, "wrong password");
      const unknownEmail = await signIn(email(), "wrong password");
      expect(wrongPassword.status).toBe(401);
      expect(unknownEmail.status).toBe(401);
      expect(await wrongPassword.json()).toEqual(await unknownEmail.json());
    });

    it("locks an email after 3 failed sign-ins, even for the right password, and not other emails", async () => {
      const victim = email();
      const other = email();
      await signUp(victim);
      await signUp(other);
      for (let i = 0; i < 3; i++) expect((await signIn(victim, `guess ${i}`)).status).toBe(401);
      const locked = await signIn(victim, "correct horse");
      expect(locked.status).toBe(429);
      expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await locked.json()).message).toMatch(/Too many failed sign-ins for this email\. Try again in \d+ minutes?\./);
      expect((await signIn(other, "correct horse")).status).toBe(200);
    });

    it("forgets earlier failures after a successful sign-in", async () => {
      const user = email();
      await signUp(user);
      for (let i = 0; i < 2; i++) await signIn(user, "nope");
      expect((await signIn(user, "correct horse")).status).toBe(200);
      for (let i = 0; i < 2; i++) expect((await signIn(user, "nope")).status).toBe(401);
      expect((await signIn(user, "correct horse")).status).toBe(200);
    });

    it("limits sign-ups per client address, each address on its own", async () => {
      for (let i = 0; i < 3; i++) expect((await signUp(email())).status).toBe(200);
      const limited = await signUp(email());
      expect(limited.status).toBe(429);
      expect((await signUp(email(), "correct horse")).status).toBe(429);
      ip = "10.255.0.1";
      expect((await signUp(email())).status).toBe(200);
    });

    it("puts every client without a trusted address in one shared sign-up bucket", async () => {
      const anonymous = { "x-forwarded-for": "203.0.113.9" }; // not trusted: no client-ip header
      for (let i = 0; i < 3; i++) expect((await post("/sign-up/email", { email: email(), password: "correct horse", name: "A" }, anonymous)).status).toBe(200);
      const spoofed = { "x-forwarded-for": "198.51.100.7" };
      expect((await post("/sign-up/email", { email: email(), password: "correct horse", name: "B" }, spoofed)).status).toBe(429);
    });
  },
  ["pglite", "pg"],
);
