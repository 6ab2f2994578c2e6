import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("environment", () => {
  it("runs with nothing configured: PGlite in ./.data and the default limits", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env).toMatchObject({
      DATA_DIR: "./.data",
      TRUST_PROXY: false,
      RATE_LIMIT_CHAT_PER_MIN: 20,
      RATE_LIMIT_API_PER_MIN: 600,
      RATE_LIMIT_SIGNIN_FAILS_PER_15MIN: 5,
      RATE_LIMIT_SIGNUP_PER_MIN: 10,
    });
  });

  it("reads every limit and the proxy setting from its variable", () => {
    const env = parseEnv({
      RATE_LIMIT_CHAT_PER_MIN: "7",
      RATE_LIMIT_API_PER_MIN: "70",
      RATE_LIMIT_SIGNIN_FAILS_PER_15MIN: "3",
      RATE_LIMIT_SIGNUP_PER_MIN: "2",
      TRUST_PROXY: "true",
    });
    expect(env).toMatchObject({
      RATE_LIMIT_CHAT_PER_MIN: 7,
      RATE_LIMIT_API_PER_MIN: 70,
      RATE_LIMIT_SIGNIN_FAILS_PER_15MIN: 3,
      RATE_LIMIT_SIGNUP_PER_MIN: 2,
      TRUST_PROXY: true,
    });
  });

  it("names the variable and the problem when a value is invalid", () => {
    expect(() => parseEnv({ RATE_LIMIT_CHAT_PER_MIN: "lots" })).toThrow(EnvError);
    expect(() => parseEnv({ RATE_LIMIT_CHAT_PER_MIN: "lots" })).toThrow(/RATE_LIMIT_CHAT_PER_MIN/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must start with postgres/);
    expect(() => parseEnv({ BETTER_AUTH_SECRET: "short" })).toThrow(/BETTER_AUTH_SECRET: must be at least 32 characters/);
  });

  it("stops a production start on a database server without BETTER_AUTH_SECRET", () => {
    const production = { NODE_ENV: "production", DATABASE_URL: "postgres://db.example.com/docket" } as const;
    expect(() => parseEnv(production)).toThrow(/BETTER_AUTH_SECRET: is required when DATABASE_URL is set in production/);
    expect(parseEnv({ ...production, BETTER_AUTH_SECRET: "s".repeat(32) }).DATABASE_URL).toBe(production.DATABASE_URL);
    // The embedded database generates its own secret.
    expect(() => parseEnv({ NODE_ENV: "production" })).not.toThrow();
  });
});
