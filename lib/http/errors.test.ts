import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { errorResponse } from "./errors";

describe("the JSON error shape", () => {
  it("answers a limit with 429, Retry-After and the one error shape", async () => {
    const response = errorResponse(new AppError("rate_limited", "Too many messages. Try again in 42 seconds.", undefined, 42), "req-1");
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("42");
    expect(await response.json()).toEqual({
      error: { code: "rate_limited", message: "Too many messages. Try again in 42 seconds.", request_id: "req-1" },
    });
  });

  it("names the bad field of invalid input in snake_case", async () => {
    const zodError = z.object({ conversationId: z.uuid() }).safeParse({ conversationId: "nope" }).error!;
    const body = await errorResponse(zodError, "req-2").json();
    expect(body.error.code).toBe("invalid_input");
    expect(Object.keys(body.error.fields)).toEqual(["conversation_id"]);
  });

  it("never shows the details of an unexpected error", async () => {
    const response = errorResponse(new Error('relation "tasks" does not exist at Object.query (/app/db.js:1:1)'), "req-3");
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toMatch(/relation|tasks|db\.js|query/);
    expect(JSON.parse(text).error).toEqual({ code: "internal", message: "Something went wrong on our side. Please try again.", request_id: "req-3" });
  });

  it("reports an unreachable database as 503", async () => {
    const down = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const response = errorResponse(down, "req-4");
    expect(response.status).toBe(503);
    expect((await response.json()).error.code).toBe("database_unavailable");
  });
});
