import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { describeWithDatabases } from "@/test/databases";
import { parseEnv } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER, createAuth, type Auth } from "./config";

const BASE = "http://localhost:3000";
const PASSWORD = "correct horse";
// With 3 failures per (email, address), an address may fail 30 times across accounts.
const ADDRESS_MAX = 30;

describeWithDatabases("sign-up and sign-in rules", (getDb) => {
  let auth: Auth;
  let lastIp = 0;
  // Each caller gets its own verified client address, so buckets start empty.
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

  /** A request as the /api/auth boundary hands it to Better Auth, from `address` (null: unknown). */
  const call = (path: string, init: { body?: unknown; address?: string | null; headers?: Record<string, string> } = {}) => {
    const address = init.address === undefined ? freshIp() : init.address;
    return auth.handler(
      new Request(`${BASE}/api/auth${path}`, {
        method: init.body === undefined ? "GET" : "POST",
        headers: {
          ...(init.body !== undefined && { "content-type": "application/json" }),
          origin: BASE,
          ...(address && { [CLIENT_ADDRESS_HEADER]: address }),
          ...init.headers,
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      }),
    );
  };
  const email = () => `${randomUUID()}@example.com`;
  const signUp = (who: string, password = PASSWORD, address?: string | null) =>
    call("/sign-up/email", { body: { email: who, password, name: "Test" }, address: address === undefined ? freshIp() : address });
  const signIn = (who: string, password: string, address: string | null) => call("/sign-in/email", { body: { email: who, password }, address });
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
    const from = freshIp();
    await signUp(known);
    const signedIn = await signIn(known, PASSWORD, from);
    expect(signedIn.status).toBe(200);
    expect(sessionCookie(signedIn)).toBeDefined();
    const wrongPassword = await signIn(known, "wrong password", from);
    const unknownEmail = await signIn(email(), "wrong password", from);
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    const body = await wrongPassword.json();
    expect(body.message).toBe("Invalid email or password");
    expect(await unknownEmail.json()).toEqual(body);
  });

  it("stops a guesser after 3 failures for an email, while the owner signs in from another address", async () => {
    const victim = email();
    await signUp(victim);
    const guesser = freshIp();
    for (let i = 0; i < 3; i++) expect((await signIn(victim, `guess ${i}`, guesser)).status).toBe(401);
    for (const attempt of [victim, victim.toUpperCase()]) {
      const locked = await signIn(attempt, PASSWORD, guesser);
      expect(locked.status).toBe(429);
      const wait = Number(locked.headers.get("retry-after"));
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(15 * 60);
      expect(await locked.json()).toMatchObject({
        code: "TOO_MANY_ATTEMPTS",
        message: expect.stringMatching(/^Too many failed sign-ins\. Try again in \d+ minutes?\.$/),
      });
    }
    expect((await signIn(victim, PASSWORD, freshIp())).status).toBe(200);
  });

  it("checks no more than 3 passwords for an email and address when guesses arrive all at once", async () => {
    const victim = email();
    await signUp(victim);
    const guesser = freshIp();
    const statuses = (await Promise.all(Array.from({ length: 12 }, (_, i) => signIn(victim, `guess ${i}`, guesser)))).map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(9);
    expect((await signIn(victim, PASSWORD, guesser)).status).toBe(429);
  });

  it("stops one address guessing across many accounts, and only that address", async () => {
    const owner = email();
    await signUp(owner);
    const sprayer = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < ADDRESS_MAX + 2; i++) statuses.push((await signIn(email(), "guess", sprayer)).status);
    expect(statuses.slice(0, ADDRESS_MAX).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(ADDRESS_MAX)).toEqual([429, 429]);
    expect((await signIn(owner, PASSWORD, sprayer)).status).toBe(429);
    expect((await signIn(owner, PASSWORD, freshIp())).status).toBe(200);
  }, 120_000); // 33 password checks, each a deliberately slow hash

  it("without a known address, limits guesses per email and never shares one bucket between accounts", async () => {
    const victim = email();
    const bystander = email();
    await signUp(victim);
    await signUp(bystander);
    for (let i = 0; i < 3; i++) expect((await signIn(victim, `guess ${i}`, null)).status).toBe(401);
    expect((await signIn(victim, PASSWORD, null)).status).toBe(429);
    for (let i = 0; i < 5; i++) expect((await signIn(email(), "guess", null)).status).toBe(401);
    expect((await signIn(bystander, PASSWORD, null)).status).toBe(200);
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    const person = email();
    const from = freshIp();
    await signUp(person);
    for (let i = 0; i < 2; i++) expect((await signIn(person, "nope", from)).status).toBe(401);
    expect((await signIn(person, PASSWORD, from)).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await signIn(person, "nope", from)).status).toBe(401);
    expect((await signIn(person, PASSWORD, from)).status).toBe(200);
  });

  it("limits sign-ups to 2 a minute per client address, each address on its own", async () => {
    const address = freshIp();
    for (let i = 0; i < 2; i++) expect((await signUp(email(), PASSWORD, address)).status).toBe(200);
    const limited = await signUp(email(), PASSWORD, address);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await limited.json()).message).toMatch(/^Too many sign-ups from your network\. Try again in \d+ (?:seconds?|minutes?)\.$/);
    expect((await signUp(email(), PASSWORD, freshIp())).status).toBe(200);
  });

  it("never reads the address from X-Forwarded-For or X-Real-IP: only the boundary's verified header counts", async () => {
    const spoofed = (ip: string) => call("/sign-up/email", {
      body: { email: email(), password: PASSWORD, name: "A" },
      address: null,
      headers: { "x-forwarded-for": ip, "x-real-ip": ip },
    });
    // Unknown addresses share the sign-up bucket (a bare `next start` without TRUST_PROXY).
    expect((await spoofed("203.0.113.9")).status).toBe(200);
    expect((await spoofed("198.51.100.7")).status).toBe(200);
    expect((await spoofed("192.0.2.44")).status).toBe(429);
  });

  it("asks for the current password to create an API key, counting wrong ones like sign-ins", async () => {
    const owner = email();
    const from = freshIp();
    const cookie = sessionCookie(await signUp(owner))!;
    const create = (password?: string) =>
      call("/api-key/create", { body: { name: "script", ...(password !== undefined && { password }) }, address: from, headers: { cookie } });
    const missing = await create();
    expect(missing.status).toBe(400);
    expect((await missing.json()).code).toBe("PASSWORD_REQUIRED");
    for (let i = 0; i < 3; i++) {
      const wrong = await create(`wrong ${i}`);
      expect(wrong.status).toBe(400);
      expect((await wrong.json()).code).toBe("INVALID_PASSWORD");
    }
    expect((await create(PASSWORD)).status).toBe(429);
    const created = await call("/api-key/create", { body: { name: "script", password: PASSWORD }, address: freshIp(), headers: { cookie } });
    expect(created.status).toBe(200);
    expect((await created.json()).key).toMatch(/^dk_/);
  });
});
