import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe } from "vitest";
import pg from "pg";
import { openDatabase, type Db, type DbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { user } from "@/db/schema";
import { startNeonProxy } from "./neon-proxy";

export type DriverName = "pglite" | "pg" | "neon";
export const ALL_DRIVERS: DriverName[] = ["pglite", "pg", "neon"];

export const serverUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const inCI = process.env.CI === "true" || process.env.CI === "1";

async function probeServer(): Promise<string | null> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Why the Postgres server can't be used, or null when it can. Checked once per test file. */
export const serverProblem = await probeServer();

export interface TestDatabase {
  driver: DriverName;
  db: Db;
  handle: DbHandle;
  /** The connection string of this run's own database (server drivers). */
  url?: string;
  close(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Migrate from this folder instead of db/migrations (a test of an upgrade starts at an older release). */
  migrationsFolder?: string;
}

/** A database made for one test file and dropped after: in-memory PGlite or `docket_test_<random>`. */
export async function openTestDatabase(driver: DriverName, options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  if (driver === "pglite") {
    const handle = await openDatabase({ dataDir: "memory://" });
    await migrateDatabase(handle, options.migrationsFolder);
    return { driver, db: handle.db, handle, close: () => handle.close() };
  }
  if (serverProblem !== null) {
    throw new Error(`the ${driver} suites need PostgreSQL at ${serverUrl} (TEST_DATABASE_URL): ${serverProblem}`);
  }
  const name = `docket_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;

  let handle: DbHandle | undefined;
  let stopProxy = async () => {};
  const close = async () => {
    await handle?.close().catch(() => {});
    await stopProxy();
    await adminQuery(`drop database if exists ${name} with (force)`);
  };
  try {
    if (driver === "neon") stopProxy = (await useNeonThroughLocalProxy()).close;
    handle = await openDatabase({ databaseUrl: url.toString(), driver });
    await migrateDatabase(handle, options.migrationsFolder);
  } catch (error) {
    await close().catch(() => {}); // a half-made database must not outlive the run
    throw error;
  }
  return { driver, db: handle.db, handle, url: url.toString(), close };
}

async function adminQuery(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/**
 * Points the Neon driver (a process-wide `neonConfig`) at a local WebSocket→TCP relay, the way
 * Neon's own proxy fronts Postgres. Without pipelineConnect=false the
 * server sees "invalid frontend message type 112"; without useSecureWebSocket=false, TLS fails.
 */
export async function useNeonThroughLocalProxy() {
  const proxy = await startNeonProxy();
  const { neonConfig } = await import("@neondatabase/serverless");
  neonConfig.webSocketConstructor = (await import("ws")).default;
  neonConfig.wsProxy = (host, port) => `127.0.0.1:${proxy.port}/v1?address=${host}:${port}`;
  neonConfig.useSecureWebSocket = false;
  neonConfig.pipelineConnect = false;
  neonConfig.pipelineTLS = false;
  return proxy;
}

/**
 * Runs a suite once per driver, each on a database of its own. Outside CI a server driver with
 * no reachable server is skipped with the reason printed; with CI=true it runs, and fails.
 */
export function describeWithDatabases(
  title: string,
  body: (getDb: () => TestDatabase) => void,
  drivers: DriverName[] = ALL_DRIVERS,
  options: TestDatabaseOptions = {},
) {
  for (const driver of drivers) {
    const unavailable = driver !== "pglite" && serverProblem !== null && !inCI;
    if (unavailable) console.warn(
        `Skipping "${title}" on ${driver}: no PostgreSQL at ${serverUrl} (${serverProblem}). ` +
          "Start one or set TEST_DATABASE_URL; with CI=true this suite fails instead.",
      );
    describe.skipIf(unavailable)(`${title} [${driver}]`, () => {
      let database: TestDatabase | undefined;
      beforeAll(async () => {
        database = await openTestDatabase(driver, options);
      });
      afterAll(async () => {
        await database?.close();
      });
      body(() => {
        if (!database) throw new Error(`the ${driver} test database did not open`);
        return database;
      });
    });
  }
}

/** A signed-up user, straight into Better Auth's table. */
export async function createUser(db: Db, email = `${randomUUID()}@example.com`): Promise<string> {
  const id = randomUUID();
  await db.insert(user).values({ id, name: email.split("@")[0]!, email });
  return id;
}
