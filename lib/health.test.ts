import { afterAll, beforeAll, expect, it } from "vitest";
import { openDatabase, type DbHandle } from "@/db/client";
import { describeWithDatabases } from "@/test/databases";
import { startTcpProxy } from "@/test/tcp-proxy";
import { checkHealth } from "./health";

describeWithDatabases(
  "health check",
  (getDb) => {
    let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
    let handle: DbHandle;

    beforeAll(async () => {
      const url = new URL(getDb().url!);
      proxy = await startTcpProxy(Number(url.port || 5432), url.hostname);
      url.host = `127.0.0.1:${proxy.port}`;
      handle = await openDatabase({ databaseUrl: url.toString(), driver: "pg" });
    });
    afterAll(async () => {
      await handle?.close();
      await proxy?.down();
    });

    it("reports the database down while it is unreachable, and ok again when it is back", async () => {
      expect(await checkHealth(handle.db)).toEqual({ status: "ok", database: "ok" });
      await proxy.down();
      expect(await checkHealth(handle.db, 2_000)).toEqual({ status: "error", database: "down" });
      await proxy.up();
      expect(await checkHealth(handle.db)).toEqual({ status: "ok", database: "ok" });
    });
  },
  ["pg"],
);

it("reports an open embedded database as ok", async () => {
  const handle = await openDatabase({ dataDir: "memory://" });
  expect(await checkHealth(handle.db)).toEqual({ status: "ok", database: "ok" });
  await handle.close();
});
