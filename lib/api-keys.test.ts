import { eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { apikey } from "@/db/schema";
import { createUser, describeWithDatabases } from "@/test/databases";
import { bearerToken, verifyApiKey, verifyApiKeyAndCount } from "./api-keys";
import { createAuth, type Auth } from "./auth-config";
import { parseEnv } from "./env";

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
      const rule = { key: `api:test:${created.id}`, max: 2, windowSeconds: 60 };
      const results = [];
      for (let i = 0; i < 3; i++) results.push(await verifyApiKeyAndCount(getDb().db, created.key, rule));
      expect(results.map((r) => r.caller)).toEqual(Array(3).fill({ userId, keyId: created.id }));
      expect(results.map((r) => [r.limit.count, r.limit.allowed])).toEqual([[1, true], [2, true], [3, false]]);
      const unknown = await verifyApiKeyAndCount(getDb().db, "dk_unknown", { ...rule, key: "api:test:unknown" });
      expect(unknown).toMatchObject({ caller: null, limit: { count: 1, allowed: true } });
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
