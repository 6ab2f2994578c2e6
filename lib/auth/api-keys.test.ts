import { randomUUID } from "node:crypto";
import { count, eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { apikey, rateLimits } from "@/db/schema";
import { createUser, describeWithDatabases } from "@/test/databases";
import { bearerToken, verifyApiKey, verifyApiKeyAndCount } from "./api-keys";
import { createAuth, type Auth } from "./config";
import { parseEnv } from "@/lib/env";

describeWithDatabases(
  "API key verification",
  (getDb) => {
    let auth: Auth;
    beforeAll(() => {
      auth = createAuth(getDb().db, parseEnv({ NODE_ENV: "production", BETTER_AUTH_URL: "http://localhost:3000" }), "s".repeat(32));
    });
    const newKey = async (userId: string) => auth.api.createApiKey({ body: { name: "test", userId } });

    it("accepts a key the plugin created, for its owner, and records when it was used", async () => {
      const userId = await createUser(getDb().db);
      const created = await newKey(userId);
      expect(created.key).toMatch(/^dk_/);
      expect(await verifyApiKey(getDb().db, created.key)).toEqual({ userId, keyId: created.id });
      const [row] = await getDb().db.select().from(apikey).where(eq(apikey.id, created.id));
      expect(row!.key).not.toBe(created.key);
      expect(row!.lastRequest).not.toBeNull();
    });

    it("checks a key and counts the request in one statement, refusing past the limit", async () => {
      const userId = await createUser(getDb().db);
      const created = await newKey(userId);
      const keyRule = { key: `api:test:${randomUUID()}`, max: 2, windowSeconds: 60 };
      const invalidRule = { key: `api-invalid:test:${randomUUID()}`, max: 2, windowSeconds: 60 };
      const results = [];
      for (let i = 0; i < 3; i++) results.push(await verifyApiKeyAndCount(getDb().db, created.key, keyRule, invalidRule));
      expect(results.map((r) => r.caller)).toEqual(Array(3).fill({ userId, keyId: created.id, timezone: null, locale: null }));
      expect(results.map((r) => [r.limit.count, r.limit.allowed])).toEqual([[1, true], [2, true], [3, false]]);
    });

    it("counts made-up keys against the client's address, adding one row however many keys it tries", async () => {
      const db = getDb().db;
      const keyRule = { key: `api:test:${randomUUID()}`, max: 100, windowSeconds: 60 };
      const invalidRule = { key: `api-invalid:test:${randomUUID()}`, max: 3, windowSeconds: 60 };
      const [before] = await db.select({ n: count() }).from(rateLimits);
      const results = [];
      for (let i = 0; i < 5; i++) results.push(await verifyApiKeyAndCount(db, `dk_made_up_${randomUUID()}`, keyRule, invalidRule));
      expect(results.map((r) => r.caller)).toEqual(Array(5).fill(null));
      expect(results.map((r) => r.limit.allowed)).toEqual([true, true, true, false, false]);
      const [after] = await db.select({ n: count() }).from(rateLimits);
      expect(after!.n - before!.n).toBe(1);
    });

    it("refuses unknown, disabled, expired and deleted keys", async () => {
      const db = getDb().db;
      const userId = await createUser(db);
      expect(await verifyApiKey(db, "dk_unknown")).toBeNull();
      expect(await verifyApiKey(db, "not-even-a-docket-key")).toBeNull();
      const disabled = await newKey(userId);
      await db.update(apikey).set({ enabled: false }).where(eq(apikey.id, disabled.id));
      expect(await verifyApiKey(db, disabled.key)).toBeNull();
      const expired = await newKey(userId);
      await db.update(apikey).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(apikey.id, expired.id));
      expect(await verifyApiKey(db, expired.key)).toBeNull();
      expect(await db.select().from(apikey).where(eq(apikey.id, expired.id))).toHaveLength(0);
      const revoked = await newKey(userId);
      await db.delete(apikey).where(eq(apikey.id, revoked.id));
      expect(await verifyApiKey(db, revoked.key)).toBeNull();
    });
  },
  ["pglite", "pg"],
);

it("reads only a Bearer authorization header", () => {
  const req = (authorization?: string) => new Request("http://x", { headers: authorization ? { authorization } : {} });
  expect(bearerToken(req())).toBeUndefined();
  expect(bearerToken(req("Bearer dk_abc"))).toBe("dk_abc");
  expect(bearerToken(req("bearer   dk_abc "))).toBe("dk_abc");
  expect(bearerToken(req("Basic dXNlcg=="))).toBe("");
});
