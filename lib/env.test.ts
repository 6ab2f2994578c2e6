import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("environment", () => {
  it("runs with nothing configured: PGlite in ./.data and the default limits", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env).toMatchObject({
      DATA_DIR: "./.data",
      TRUST_PROXY: 0,
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
      TRUST_PROXY: 1,
    });
  });

  it("names the variable and the problem when a value is invalid", () => {
    expect(() => parseEnv({ RATE_LIMIT_CHAT_PER_MIN: "lots" })).toThrow(EnvError);
    expect(() => parseEnv({ RATE_LIMIT_CHAT_PER_MIN: "lots" })).toThrow(/RATE_LIMIT_CHAT_PER_MIN/);
    expect(() => parseEnv({ RATE_LIMIT_SIGNUP_PER_MIN: "0" })).toThrow(/RATE_LIMIT_SIGNUP_PER_MIN/);
    expect(() => parseEnv({ RATE_LIMIT_API_PER_MIN: "2.5" })).toThrow(/RATE_LIMIT_API_PER_MIN/);
    expect(() => parseEnv({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY/);
    expect(() => parseEnv({ DATABASE_DRIVER: "mysql" })).toThrow(/DATABASE_DRIVER/);
    expect(() => parseEnv({ BETTER_AUTH_URL: "localhost:3000" })).toThrow(/BETTER_AUTH_URL: must be an http:\/\/ or https:\/\/ URL/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must start with postgres/);
    expect(() => parseEnv({ BETTER_AUTH_SECRET: "short" })).toThrow(/BETTER_AUTH_SECRET: must be at least 32 characters/);
  });

  it("lists every problem at once, in a message meant for a person", () => {
    let message = "";
    try {
      parseEnv({ RATE_LIMIT_CHAT_PER_MIN: "lots", DATABASE_URL: "mysql://x" });
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Docket cannot start: the environment is invalid\./);
    expect(message).toMatch(/^  - RATE_LIMIT_CHAT_PER_MIN: /m);
    expect(message).toMatch(/^  - DATABASE_URL: must start with postgres:\/\/ or postgresql:\/\//m);
    expect(message).toMatch(/See \.env\.example/);
  });

  it("requires a model name with an OpenAI-compatible server", () => {
    expect(() => parseEnv({ OPENAI_BASE_URL: "http://localhost:11434/v1" })).toThrow(/OPENAI_MODEL: is required with OPENAI_BASE_URL/);
    expect(parseEnv({ OPENAI_BASE_URL: "http://localhost:11434/v1", OPENAI_MODEL: "llama3.1" }).OPENAI_MODEL).toBe("llama3.1");
  });

  it("treats an empty variable as unset", () => {
    const env = parseEnv({ DATABASE_URL: "", BETTER_AUTH_SECRET: "", TRUST_PROXY: "" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.BETTER_AUTH_SECRET).toBeUndefined();
    expect(env.TRUST_PROXY).toBe(0);
    expect(parseEnv({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(parseEnv({ TRUST_PROXY: "false" }).TRUST_PROXY).toBe(0);
  });

  it("stops a production start on a database server without BETTER_AUTH_SECRET", () => {
    const production = { NODE_ENV: "production", DATABASE_URL: "postgres://db.example.com/docket" } as const;
    expect(() => parseEnv(production)).toThrow(/BETTER_AUTH_SECRET: is required when DATABASE_URL is set in production/);
    expect(parseEnv({ ...production, BETTER_AUTH_SECRET: "s".repeat(32) }).DATABASE_URL).toBe(production.DATABASE_URL);
    // The embedded database generates its own secret.
    expect(() => parseEnv({ NODE_ENV: "production" })).not.toThrow();
  });
});
