import http from "node:http";

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json<T = any>(): T;
}

export interface RawRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Send the body in pieces with Transfer-Encoding: chunked and no Content-Length. */
  chunked?: boolean;
  /** The client's own address: Linux routes all of 127.0.0.0/8 to loopback, so each is a distinct client. */
  from?: string;
  timeoutMs?: number;
}

/** A request from a chosen loopback address, as a client on another machine would make it. */
export function rawRequest(url: string, options: RawRequest = {}): Promise<RawResponse> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const headers = { ...options.headers };
    if (options.body !== undefined && !options.chunked) headers["content-length"] = String(Buffer.byteLength(options.body));
    const req = http.request(
      {
        host: "127.0.0.1",
        port: target.port,
        path: target.pathname + target.search,
        method: options.method ?? (options.body === undefined ? "GET" : "POST"),
        headers,
        localAddress: options.from,
        timeout: options.timeoutMs ?? 15_000,
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, text, json: () => JSON.parse(text) }));
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer from ${url} within ${options.timeoutMs ?? 15_000} ms`)));
    req.on("error", reject);
    if (options.body !== undefined && options.chunked) {
      const size = 8 * 1024;
      for (let i = 0; i < options.body.length; i += size) req.write(options.body.slice(i, i + size));
    } else if (options.body !== undefined) {
      req.write(options.body);
    }
    req.end();
  });
}

/** The session cookie of a sign-up or sign-in answer, ready for a Cookie header. */
export const sessionCookie = (response: RawResponse) =>
  ([] as string[]).concat(response.headers["set-cookie"] ?? []).find((c) => c.startsWith("better-auth.session_token="))!.split(";")[0]!;
