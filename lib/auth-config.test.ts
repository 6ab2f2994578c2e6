import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { describeWithDatabases } from "@/test/databases";
import { CLIENT_IP_HEADER, createAuth, type Auth } from "./auth-config";
import { parseEnv } from "./env";

const BASE = "http://localhost:3000";
const PASSWORD = "correct horse";

describeWithDatabases("sign-up and sign-in rules", (getDb) => {
  let auth: Auth;
  let lastIp = 0;
  // Each caller gets its own trusted client address, so the per-address sign-up bucket starts empty.
  const freshIp = () => `10.0.${Math.floor(++lastIp / 250)}.${lastIp % 250}`;

  beforeAll(() => {
    const env = parseEnv({
      NODE_ENV: "production",
      BETTER_AUTH_URL: BASE,
      RATE_LIMIT_SIGNIN_FAILS_PER_15MIN: "3",
      RATE_LIMIT_SIGNUP_PER_MIN: "2",
    });
    auth = createAuth(getDb().db, env, "x".repeat(32));
  });

  /** A request as the browser sends it; `headers` replaces the trusted client address. */
  const call = (path: string, init: { body?: unknown; headers?: Record<string, string> } = {}) =>
    auth.handler(
      new Request(`${BASE}/api/auth${path}`, {
        method: init.body === undefined ? "GET" : "POST",
        headers: {
          ...(init.body !== undefined && { "content-type": "application/json" }),
          origin: BASE,
          ...(init.headers ?? { [CLIENT_IP_HEADER]: freshIp() }),
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      }),
    );
  const email = () => `${randomUUID()}@example.com`;
  const signUp = (address: string, password = PASSWORD, headers?: Record<string, string>) =>
    call("/sign-up/email", { body: { email: address, password, name: "Test" }, headers });
  const signIn = (address: string, password: string) => call("/sign-in/email", { body: { email: address, password } });
  const sessionCookie = (response: Response) =>
    response.headers.getSetCookie().find((c) => c.startsWith("better-auth.session_token="))?.split(";")[0];

  it("signs up with a session cookie that signs the person in", async () => {
    const address = email();
    const response = await signUp(address);
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("better-auth.session_token="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = await call("/get-session", { headers: { cookie: sessionCookie(response)! } });
    expect((await session.json())?.user).toMatchObject({ email: address });
  });

  it("refuses a taken email and a short password with codes the form can explain", async () => {
    const taken = email();
    expect((await signUp(taken)).status).toBe(200);
    const duplicate = await signUp(taken.toUpperCase());
    expect(duplicate.status).toBe(422);
    expect((await duplicate.json()).code).toMatch(/^USER_ALREADY_EXISTS/);
    const short = await signUp(email(), "short");
    expect(short.status).toBe(400);
    expect((await short.json()).code).toBe("PASSWORD_TOO_SHORT");
  });

  it("signs in with the right password and answers a wrong password and an unknown email the same way", async () => {
    const known = email();
    await signUp(known);
    const signedIn = await signIn(known, PASSWORD);
    expect(signedIn.status).toBe(200);
    expect(sessionCookie(signedIn)).toBeDefined();
    const wrongPassword = await signIn(known, "wrong password");
    const unknownEmail = await signIn(email(), "wrong password");
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    const body = await wrongPassword.json();
    expect(body.message).toBe("Invalid email or password");
    expect(await unknownEmail.json()).toEqual(body);
  });

  it("locks an email after 3 failed sign-ins, even for the right password and in other letter case, and not other emails", async () => {
    const victim = email();
    const other = email();
    await signUp(victim);
    await signUp(other);
    for (let i = 0; i < 3; i++) expect((await signIn(victim, `guess ${i}`)).status).toBe(401);
    for (const attempt of [victim, victim.toUpperCase()]) {
      const locked = await signIn(attempt, PASSWORD);
      expect(locked.status).toBe(429);
      const wait = Number(locked.headers.get("retry-after"));
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(15 * 60);
      expect(await locked.json()).toEqual({
        code: "TOO_MANY_FAILED_SIGN_INS",
        message: expect.stringMatching(/^Too many failed sign-ins for this email\. Try again in \d+ minutes?\.$/),
      });
    }
    expect((await signIn(other, PASSWORD)).status).toBe(200);
  });

  it("checks no more than 3 passwords for an email when guesses arrive all at once", async () => {
    const victim = email();
    await signUp(victim);
    const statuses = (await Promise.all(Array.from({ length: 12 }, (_, i) => signIn(victim, `guess ${i}`)))).map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(9);
    expect((await signIn(victim, PASSWORD)).status).toBe(429);
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    const person = email();
    await signUp(person);
    for (let i = 0; i < 2; i++) expect((await signIn(person, "nope")).status).toBe(401);
    expect((await signIn(person, PASSWORD)).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await signIn(person, "nope")).status).toBe(401);
    expect((await signIn(person, PASSWORD)).status).toBe(200);
  });

  it("limits sign-ups to 2 a minute per client address, each address on its own", async () => {
    const address = { [CLIENT_IP_HEADER]: freshIp() };
    for (let i = 0; i < 2; i++) expect((await signUp(email(), PASSWORD, address)).status).toBe(200);
    const limited = await signUp(email(), PASSWORD, address);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("x-retry-after"))).toBeGreaterThan(0);
    expect((await limited.json()).message).toMatch(/Too many requests/);
    expect((await signUp(email(), PASSWORD, { [CLIENT_IP_HEADER]: freshIp() })).status).toBe(200);
  });

  it("puts every client without a trusted address in one shared sign-up bucket, whatever X-Forwarded-For says", async () => {
    const untrusted = (ip: string) => ({ "x-forwarded-for": ip, "x-real-ip": ip });
    expect((await signUp(email(), PASSWORD, untrusted("203.0.113.9"))).status).toBe(200);
    expect((await signUp(email(), PASSWORD, untrusted("198.51.100.7"))).status).toBe(200);
    expect((await signUp(email(), PASSWORD, untrusted("192.0.2.44"))).status).toBe(429);
    expect((await signUp(email(), PASSWORD, {})).status).toBe(429);
  });
});
