// The e2e servers' addresses, from one base port (E2E_PORT, default 3100), so a second checkout or a
// running `npm start` never collides with a test run. Shared by playwright.config.ts, the specs and
// scripts/e2e-servers.mjs.
const base = Number(process.env.E2E_PORT || 3100);

export const E2E_PORTS = {
  /** Docket with the built-in offline assistant (most specs). */
  offline: base,
  /** Docket whose model is the fake OpenAI-compatible server. */
  openai: base + 1,
  /** Docket on the PostgreSQL server, for specs that also read the database. */
  postgres: base + 2,
  /** Docket with the production default limits, for the limit and abuse specs. */
  limits: base + 3,
  /** A stand-in push service the specs run themselves (its URLs are the only ones Docket may push to). */
  pushService: base + 98,
  /** The fake OpenAI-compatible Chat Completions server. */
  fakeOpenai: base + 99,
};

export const E2E_URLS = {
  offline: `http://localhost:${E2E_PORTS.offline}`,
  openai: `http://localhost:${E2E_PORTS.openai}`,
  postgres: `http://localhost:${E2E_PORTS.postgres}`,
  limits: `http://localhost:${E2E_PORTS.limits}`,
  fakeOpenai: `http://127.0.0.1:${E2E_PORTS.fakeOpenai}`,
  pushService: `http://127.0.0.1:${E2E_PORTS.pushService}`,
};
