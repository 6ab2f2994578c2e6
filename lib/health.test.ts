import { afterAll, beforeAll, expect, it } from "vitest";
import { openDatabase, type DbHandle } from "@/db/client";
import { describeWithDatabases } from "@/test/databases";
import { startTcpProxy } from "@/test/tcp-proxy";
import { checkHealth } from "./health";

const OK = { status: "ok", database: "ok" };
const DOWN = { status: "error", database: "down" };

/** The health answer and how long it took to come. */
async function timedHealth(handle: DbHandle, timeoutMs: number) {
  const started = performance.now();
  const health = await checkHealth(handle.db, timeoutMs);
  return { health, ms: performance.now() - started };
}

describeWithDatabases(
  "health check",
  (getDb) => {
    let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
    let handle: DbHandle;

    // The app's own pool, reaching this run's database only through a relay the test controls.
    beforeAll(async () => {
      const url = new URL(getDb().url!);
      proxy = await startTcpProxy(Number(url.port || 5432), url.hostname);
      url.host = `127.0.0.1:${proxy.port}`;
      handle = await openDatabase({ databaseUrl: url.toString(), driver: getDb().driver as "pg" | "neon" });
    });
    afterAll(async () => {
      proxy?.resume();
      await handle?.close();
      await proxy?.down();
    });

    it("reports the database down within the timeout while it is unreachable, and ok again on the same pool once it is back", async () => {
      expect(await checkHealth(handle.db)).toEqual(OK);

      await proxy.down();
      const down = await timedHealth(handle, 2_000);
      expect(down.health).toEqual(DOWN);
      expect(down.ms).toBeLessThan(2_500);

      await proxy.up();
      expect(await checkHealth(handle.db)).toEqual(OK);
      expect(await checkHealth(handle.db)).toEqual(OK);
    });

    it("reports a database that stops answering as down once the timeout passes, and ok when it answers again", async () => {
      expect(await checkHealth(handle.db)).toEqual(OK);

      proxy.stall();
      const hung = await timedHealth(handle, 1_000);
      expect(hung.health).toEqual(DOWN);
      expect(hung.ms).toBeGreaterThanOrEqual(950);
      expect(hung.ms).toBeLessThan(1_500);

      proxy.resume();
      expect(await checkHealth(handle.db)).toEqual(OK);
    });
  },
  ["pg", "neon"],
);

it("reports an open embedded database as ok", async () => {
  const handle = await openDatabase({ dataDir: "memory://" });
  expect(await checkHealth(handle.db)).toEqual(OK);
  await handle.close();
}, 60_000); // starting PGlite (wasm, with its pg_trgm extension) is slow on a busy machine
