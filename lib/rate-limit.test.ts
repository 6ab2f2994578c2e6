import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeEach, expect, it } from "vitest";
import { rateLimits } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { describeWithDatabases } from "@/test/databases";
import { rateLimiter, type RateLimiter } from "./rate-limit";

describeWithDatabases(
  "database rate limiter",
  (getDb) => {
    let limiter: RateLimiter;
    let key: string;
    beforeEach(() => {
      limiter = rateLimiter(getDb().db);
      key = `test:${randomUUID()}`;
    });

    it("allows up to the limit in a window, then refuses with a wait inside the window", async () => {
      const rule = { key, max: 3, windowSeconds: 60 };
      const results = [];
      for (let i = 0; i < 4; i++) results.push(await limiter.hit(rule));
      expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
      expect(results[3]!.count).toBe(4);
      expect(results[3]!.retryAfterSeconds).toBeGreaterThan(0);
      expect(results[3]!.retryAfterSeconds).toBeLessThanOrEqual(60);
    });

    it("counts each key on its own", async () => {
      await limiter.hit({ key, max: 1, windowSeconds: 60 });
      expect((await limiter.hit({ key, max: 1, windowSeconds: 60 })).allowed).toBe(false);
      expect((await limiter.hit({ key: `${key}:other`, max: 1, windowSeconds: 60 })).allowed).toBe(true);
    });

    it("starts a new window once the old one has passed", async () => {
      const rule = { key, max: 1, windowSeconds: 60 };
      await limiter.hit(rule);
      expect((await limiter.hit(rule)).allowed).toBe(false);
      await getDb()
        .db.update(rateLimits)
        .set({ windowStart: sql`now() - interval '61 seconds'` })
        .where(sql`${rateLimits.key} = ${key}`);
      expect(await limiter.hit(rule)).toMatchObject({ allowed: true, count: 1 });
    });

    it("opens a fresh window by itself once a 1-second window has passed", async () => {
      const rule = { key, max: 1, windowSeconds: 1 };
      expect((await limiter.hit(rule)).allowed).toBe(true);
      const refused = await limiter.hit(rule);
      expect(refused).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      expect(await limiter.hit(rule)).toMatchObject({ allowed: true, count: 1 });
    });

    it("lets the wait run down while refused hits keep coming, instead of starting it again", async () => {
      const rule = { key, max: 1, windowSeconds: 60 };
      await limiter.hit(rule);
      await getDb()
        .db.update(rateLimits)
        .set({ windowStart: sql`now() - interval '50 seconds'` })
        .where(sql`${rateLimits.key} = ${key}`);
      for (let i = 0; i < 3; i++) {
        const refused = await limiter.hit(rule);
        expect(refused.allowed).toBe(false);
        expect(refused.retryAfterSeconds).toBeLessThanOrEqual(10);
      }
    });

    it("counts 30 concurrent hits exactly", async () => {
      const rule = { key, max: 25, windowSeconds: 60 };
      const results = await Promise.all(Array.from({ length: 30 }, () => limiter.hit(rule)));
      expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      expect(results.filter((r) => r.allowed)).toHaveLength(25);
    });

    it("takes back one hit, and reset clears the count", async () => {
      const rule = { key, max: 2, windowSeconds: 60 };
      await limiter.hit(rule);
      await limiter.hit(rule);
      await limiter.unhit(key);
      expect(await limiter.hit(rule)).toMatchObject({ allowed: true, count: 2 });
      expect((await limiter.hit(rule)).allowed).toBe(false);
      await limiter.reset(key);
      expect(await limiter.hit(rule)).toMatchObject({ allowed: true, count: 1 });
    });

    it("enforce throws rate_limited with the seconds to wait", async () => {
      const rule = { key, max: 1, windowSeconds: 30 };
      await limiter.enforce(rule);
      const error = await limiter.enforce(rule, "Too many messages.").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "rate_limited", status: 429 });
      expect((error as AppError).retryAfterSeconds).toBeGreaterThan(0);
      expect((error as AppError).message).toMatch(/^Too many messages\. Try again in \d+ seconds?\.$/);
    });
  },
  ["pglite", "pg", "neon"],
);
