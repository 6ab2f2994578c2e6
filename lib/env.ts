import { z } from "zod";

// How many proxies in front of Docket append to X-Forwarded-For: "true" is one, a number n is n.
const proxyHops = z
  .string()
  .regex(/^(true|false|\d{1,2})?$/, "must be true, false or the number of trusted proxies (e.g. 1)")
  .optional()
  .transform((v) => (v === "true" ? 1 : !v || v === "false" ? 0 : Number(v)));

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const emptyAsUndefined = (v: unknown) => (v === "" ? undefined : v);

// z.url() alone takes "localhost:3000" (a URL with the scheme "localhost:").
const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" });

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATA_DIR: z.string().min(1).default("./.data"),
    DATABASE_URL: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
        .optional(),
    ),
    DATABASE_DRIVER: z.preprocess(emptyAsUndefined, z.enum(["pg", "neon"]).optional()),
    BETTER_AUTH_SECRET: z.preprocess(
      emptyAsUndefined,
      z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
    ),
    BETTER_AUTH_URL: z.preprocess(emptyAsUndefined, httpUrl.optional()),
    TRUST_PROXY: proxyHops,
    RATE_LIMIT_CHAT_PER_MIN: positiveInt(20),
    RATE_LIMIT_API_PER_MIN: positiveInt(600),
    RATE_LIMIT_SIGNIN_FAILS_PER_15MIN: positiveInt(5),
    RATE_LIMIT_SIGNUP_PER_MIN: positiveInt(10),
    OPENAI_BASE_URL: z.preprocess(emptyAsUndefined, httpUrl.optional()),
    OPENAI_API_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
    OPENAI_MODEL: z.preprocess(emptyAsUndefined, z.string().optional()),
    GOOGLE_GENERATIVE_AI_API_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
    GOOGLE_MODEL: z.preprocess(emptyAsUndefined, z.string().default("gemini-2.5-flash")),
    ASSISTANT_MODEL: z.preprocess(emptyAsUndefined, z.enum(["offline"]).optional()),
    MCP_ALLOWED_ORIGINS: z
      .string()
      .optional()
      .transform((v) => (v ?? "").split(",").map((o) => o.trim()).filter(Boolean)),
    SMTP_URL: z.preprocess(emptyAsUndefined, z.string().regex(/^smtps?:\/\//, "must start with smtp:// or smtps://").optional()),
    MAIL_FROM: z.preprocess(emptyAsUndefined, z.string().default("Docket <no-reply@localhost>")),
    RESET_LINKS_IN_LOG: z.preprocess(emptyAsUndefined, z.enum(["true", "false"]).optional().transform((v) => v === "true")),
    VAPID_PUBLIC_KEY: z.preprocess(emptyAsUndefined, z.string().regex(/^[A-Za-z0-9_-]{80,100}$/, "must be a URL-safe base64 P-256 public key (npx web-push generate-vapid-keys)").optional()),
    VAPID_PRIVATE_KEY: z.preprocess(emptyAsUndefined, z.string().regex(/^[A-Za-z0-9_-]{40,50}$/, "must be a URL-safe base64 P-256 private key (npx web-push generate-vapid-keys)").optional()),
    VAPID_SUBJECT: z.preprocess(emptyAsUndefined, z.string().regex(/^(mailto:|https:\/\/)/, "must be a mailto: or https:// contact").default("mailto:admin@localhost")),
    PUSH_TEST_ENDPOINTS: z
      .string()
      .optional()
      .transform((v) => (v ?? "").split(",").map((o) => o.trim()).filter(Boolean)),
    REMINDERS_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
    CRON_SECRET: z.preprocess(emptyAsUndefined, z.string().min(16, "must be at least 16 characters").optional()),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  })
  .superRefine((env, ctx) => {
    if (env.OPENAI_BASE_URL && !env.OPENAI_MODEL) {
      ctx.addIssue({
        code: "custom",
        path: ["OPENAI_MODEL"],
        message: "is required with OPENAI_BASE_URL: name the model the server should run (e.g. llama3.1 for Ollama)",
      });
    }
    if (!!env.VAPID_PUBLIC_KEY !== !!env.VAPID_PRIVATE_KEY) {
      ctx.addIssue({ code: "custom", path: [env.VAPID_PUBLIC_KEY ? "VAPID_PRIVATE_KEY" : "VAPID_PUBLIC_KEY"], message: "is required with the other VAPID key (npx web-push generate-vapid-keys)" });
    }
    if (env.DATABASE_URL && env.NODE_ENV === "production" && !env.BETTER_AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["BETTER_AUTH_SECRET"],
        message:
          "is required when DATABASE_URL is set in production (sessions must survive restarts and be shared by every instance); generate one with: openssl rand -base64 32",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join(".") || "environment"}: ${i.message}`);
    throw new EnvError(`Docket cannot start: the environment is invalid.\n${lines.join("\n")}\nSee .env.example for every variable.`);
  }
  return result.data;
}

let cached: Env | undefined;

/** The validated environment, parsed once per process. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
