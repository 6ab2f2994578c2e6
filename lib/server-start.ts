import { prepareDatabase } from "@/db";
import { env, EnvError } from "@/lib/env";
import { log } from "@/lib/log";

/**
 * Validates the environment and migrates the database before the first request, so a
 * misconfigured deploy stops with a readable message instead of failing later.
 */
export async function startServer(): Promise<void> {
  try {
    env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const started = Date.now();
  const handle = await prepareDatabase();
  log.info({ driver: handle.driver, latency_ms: Date.now() - started }, "database ready");
}
