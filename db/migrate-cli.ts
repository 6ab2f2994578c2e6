// npm run db:migrate — applies db/migrations to the configured database and exits.
import { parseEnv } from "../lib/env";
import { openDatabase } from "./client";
import { migrateDatabase } from "./migrate";

const e = parseEnv(process.env);
const handle = await openDatabase({ databaseUrl: e.DATABASE_URL, driver: e.DATABASE_DRIVER, dataDir: e.DATA_DIR });
await migrateDatabase(handle);
await handle.close();
console.log(`Migrated the ${handle.driver} database.`);
