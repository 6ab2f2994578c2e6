import path from "node:path";
import type { DbHandle } from "./client";

const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");
// Any fixed number: instances starting together take turns instead of racing on the same DDL.
const MIGRATION_LOCK = 7_245_001;

/** Applies the migrations not yet applied; `migrationsFolder` is for tests that stop at an older release. */
export async function migrateDatabase(handle: DbHandle, migrationsFolder = MIGRATIONS_FOLDER): Promise<void> {
  if (handle.driver === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(handle.db as never, { migrationsFolder });
    return;
  }
  if (!handle.pool) throw new Error("a server database handle has no pool");
  // One connection holds the session lock and runs the migrations.
  const client = await handle.pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    if (handle.driver === "neon") {
      const { drizzle } = await import("drizzle-orm/neon-serverless");
      const { migrate } = await import("drizzle-orm/neon-serverless/migrator");
      await migrate(drizzle({ client: client as never }), { migrationsFolder });
    } else {
      const { drizzle } = await import("drizzle-orm/node-postgres");
      const { migrate } = await import("drizzle-orm/node-postgres/migrator");
      await migrate(drizzle({ client }), { migrationsFolder });
    }
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}
