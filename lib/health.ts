import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

export interface Health {
  status: "ok" | "error";
  database: "ok" | "down";
}

/** Asks the database for one row, giving up after `timeoutMs` so a hung server reads as down. */
export async function checkHealth(db: Db, timeoutMs = 3_000): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("health check timed out")), timeoutMs);
  });
  try {
    await Promise.race([db.execute(sql`select 1`), timeout]);
    return { status: "ok", database: "ok" };
  } catch {
    return { status: "error", database: "down" };
  } finally {
    clearTimeout(timer);
  }
}
