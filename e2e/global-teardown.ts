import pg from "pg";

/** Drops the run's PostgreSQL database (the servers may be stopped too abruptly to do it). */
export default async function globalTeardown(): Promise<void> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) return;
  const name = new URL(url).pathname.slice(1);
  if (!/^docket_e2e_[a-z0-9]+$/.test(name)) return;
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: "/postgres" }).toString() });
  try {
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
  } catch (error) {
    console.warn(`Could not drop the e2e database ${name}: ${(error as Error).message}`);
  } finally {
    await admin.end().catch(() => {});
  }
}
