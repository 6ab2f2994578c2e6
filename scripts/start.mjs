// npm start: serves the production build, building it first when there is none yet.
import { spawnSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";

const next = process.platform === "win32" ? "next.cmd" : "next";
const bin = new URL(`../node_modules/.bin/${next}`, import.meta.url).pathname;

if (!existsSync(new URL("../.next/BUILD_ID", import.meta.url))) {
  console.log("No production build yet: running `next build` first (about a minute)…");
  const build = spawnSync(bin, ["build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(bin, ["start", ...process.argv.slice(2)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
