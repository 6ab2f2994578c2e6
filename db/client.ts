import path from "node:path";
import { mkdirSync } from "node:fs";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Driver = "pglite" | "pg" | "neon";

export interface DbHandle {
  db: Db;
  driver: Driver;
  /** The server pool (pg and neon), for work that needs one connection throughout. */
  pool?: import("pg").Pool;
  close(): Promise<void>;
}

export interface DbConfig {
  databaseUrl?: string;
  driver?: "pg" | "neon";
  /** PGlite data directory; "memory://" keeps it in memory (unit tests). */
  dataDir?: string;
}

export function pickDriver(config: DbConfig): Driver {
  if (!config.databaseUrl) return "pglite";
  if (config.driver) return config.driver;
  const host = new URL(config.databaseUrl).hostname;
  return host.endsWith("neon.tech") ? "neon" : "pg";
}

export async function openDatabase(config: DbConfig): Promise<DbHandle> {
  const driver = pickDriver(config);
  if (driver === "pglite") {
    const { PGlite } = await import("@electric-sql/pglite");
    // Search needs pg_trgm; PGlite can only load it here, so migration 0005's CREATE EXTENSION works.
    const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
    const { drizzle } = await import("drizzle-orm/pglite");
    const dataDir = config.dataDir ?? "./.data";
    const inMemory = dataDir.startsWith("memory://");
    const dir = inMemory ? dataDir : path.resolve(dataDir, "pglite");
    if (!inMemory) mkdirSync(dir, { recursive: true });
    const client = await PGlite.create(dir, { extensions: { pg_trgm } });
    return { db: drizzle({ client, schema }) as unknown as Db, driver, close: () => client.close() };
  }
  if (driver === "neon") {
    const { Pool, neonConfig } = await import("@neondatabase/serverless");
    const { drizzle } = await import("drizzle-orm/neon-serverless");
    if (typeof WebSocket === "undefined") {
      // Node 20 has no global WebSocket; the Neon driver needs one.
      neonConfig.webSocketConstructor = (await import("ws")).default;
    }
    const pool = new Pool({ connectionString: config.databaseUrl, connectionTimeoutMillis: 5_000 });
    pool.on("error", () => {}); // an idle client's failure must not crash the process; the next query reports it
    return {
      db: drizzle({ client: pool, schema }) as unknown as Db,
      driver,
      pool: pool as unknown as import("pg").Pool,
      close: () => pool.end(),
    };
  }
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const pool = new Pool({ connectionString: config.databaseUrl, connectionTimeoutMillis: 5_000 });
  pool.on("error", () => {});
  return { db: drizzle({ client: pool, schema }) as unknown as Db, driver, pool, close: () => pool.end() };
}
