import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { parseJsonBody, readBody } from "./body";

const LIMIT = 1024;

/** A body that keeps coming: `chunks` pieces of 256 bytes, counting how many were pulled. */
function endless(chunks: number) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled++ >= chunks) return controller.close();
      controller.enqueue(new Uint8Array(256).fill(120));
    },
  });
  return { stream, pulled: () => pulled };
}

const request = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://x/api", { method: "POST", body, headers, duplex: "half" } as RequestInit);
const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e as AppError);

describe("reading a request body under a cap", () => {
  it("reads a body within the limit", async () => {
    expect(await readBody(request('{"title":"é"}'), LIMIT)).toBe('{"title":"é"}');
  });

  it("refuses a declared Content-Length over the limit before reading anything", async () => {
    const body = endless(100);
    const error = await failure(readBody(request(body.stream, { "content-length": "999999" }), LIMIT));
    expect(error).toMatchObject({ code: "payload_too_large", status: 413 });
    expect(body.pulled()).toBeLessThanOrEqual(1);
  });

  it("cuts off a chunked body as soon as it passes the limit", async () => {
    const body = endless(40_000); // 10 MB if it were read to the end
    const error = await failure(readBody(request(body.stream), LIMIT));
    expect(error).toMatchObject({ code: "payload_too_large" });
    expect(body.pulled()).toBeLessThanOrEqual(LIMIT / 256 + 3);
  });

  it("refuses bodies that are not UTF-8 or that are compressed", async () => {
    expect(await failure(readBody(request(new Uint8Array([0xff, 0xfe, 0x41])), LIMIT))).toMatchObject({ code: "invalid_input", message: "The request body is not valid UTF-8" });
    expect(await failure(readBody(request("x", { "content-encoding": "gzip" }), LIMIT))).toMatchObject({ code: "invalid_input" });
  });

  it("names what is wrong with a JSON body", () => {
    const schema = z.strictObject({ title: z.string() });
    expect(() => parseJsonBody("", schema)).toThrow("The request body is empty: send a JSON object");
    expect(() => parseJsonBody("{", schema)).toThrow("The request body is not valid JSON");
    expect(() => parseJsonBody('{"title":"a","owner":"b"}', schema)).toThrow(/owner/);
    expect(parseJsonBody('{"title":"a"}', schema)).toEqual({ title: "a" });
  });
});
