import { env } from "@/lib/env";
import { openDatabase, type Db, type DbHandle } from "./client";
import { migrateDatabase } from "./migrate";

// One handle per process, shared by instrumentation.ts and every route bundle
// (PGlite is single-connection: its data dir must never be opened twice).
const store = globalThis as unknown as { __docketDb?: Promise<DbHandle> };

function open(): Promise<DbHandle> {
  const e = env();
  return openDatabase({ databaseUrl: e.DATABASE_URL, driver: e.DATABASE_DRIVER, dataDir: e.DATA_DIR });
}

/** The process's database handle, opened (not migrated) on first use. */
export function databaseHandle(): Promise<DbHandle> {
  store.__docketDb ??= open().catch((error) => {
    store.__docketDb = undefined; // let the next request try again
    throw error;
  });
  return store.__docketDb;
}

export async function getDb(): Promise<Db> {
  return (await databaseHandle()).db;
}

/** Opens and migrates the database; called once at start from instrumentation.ts. */
export async function prepareDatabase(): Promise<DbHandle> {
  const handle = await databaseHandle();
  await migrateDatabase(handle);
  return handle;
}

export type { Db };
