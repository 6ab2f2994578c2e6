// npm start: Docket's production server. Next runs in this process behind a small HTTP server that
// writes each request's socket address for the limits (over any copy a client sent), so no header a
// client chooses can pick its bucket. Builds first when there is no build yet.
//   npm start -- -p 8080        or   PORT=8080 npm start        (default 3000)
//   HOSTNAME=127.0.0.1 npm start   to listen on one interface only (default: all)
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  EDGE_TOKEN_ENV,
  EDGE_TOKEN_HEADER,
  INTERNAL_HEADER_PREFIX,
  NEXT_INTERNAL_HEADERS,
  SOCKET_ADDRESS_HEADER,
} from "../lib/http/edge-headers.mjs";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const distDir = process.env.NEXT_DIST_DIR || ".next";

function option(short, long) {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === short || a === long);
  if (i >= 0) return args[i + 1];
  const inline = args.find((a) => a.startsWith(`${long}=`));
  return inline?.slice(long.length + 1);
}
const port = Number(option("-p", "--port") ?? process.env.PORT ?? 3000);
const hostname = option("-H", "--hostname") ?? process.env.HOSTNAME;
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`Invalid port: ${port}. Use -p <port> or PORT=<port>.`);
  process.exit(1);
}

if (!existsSync(path.join(dir, distDir, "BUILD_ID"))) {
  console.log("No production build yet: running `next build` first (about a minute)…");
  const bin = path.join(dir, "node_modules/.bin", process.platform === "win32" ? "next.cmd" : "next");
  const build = spawnSync(bin, ["build"], { stdio: "inherit", cwd: dir });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const token = randomBytes(32).toString("base64url");
process.env[EDGE_TOKEN_ENV] = token;
process.env.NODE_ENV = "production";

const { default: next } = await import("next");
const app = next({ dev: false, dir, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  for (const name of Object.keys(req.headers)) {
    if (name.startsWith(INTERNAL_HEADER_PREFIX) || NEXT_INTERNAL_HEADERS.includes(name)) delete req.headers[name];
  }
  req.headers[SOCKET_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
  req.headers[EDGE_TOKEN_HEADER] = token;
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500).end();
  });
});
server.listen(port, hostname, () => console.log(`Docket is ready on http://${hostname ?? "localhost"}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    app.close?.().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 3_000).unref();
  });
}
