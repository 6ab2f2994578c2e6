import { lstatSync, realpathSync } from "node:fs";
import path from "node:path";
import type { NextConfig } from "next";

/**
 * A git worktree may link node_modules to another checkout's; Turbopack resolves only inside its
 * root, so the root becomes the folder that holds both. A plain checkout keeps Next's default.
 */
function linkedModulesRoot(): string | undefined {
  try {
    if (!lstatSync("node_modules").isSymbolicLink()) return undefined;
  } catch {
    return undefined;
  }
  const here = process.cwd().split(path.sep);
  const there = path.dirname(realpathSync("node_modules")).split(path.sep);
  let i = 0;
  while (i < here.length && here[i] === there[i]) i++;
  return here.slice(0, i).join(path.sep) || path.sep;
}
const workspaceRoot = linkedModulesRoot();

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(process.env.NODE_ENV === "production"
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

const nextConfig: NextConfig = {
  // The e2e suite builds into its own folder, so it never replaces the build a running `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Server actions take the same body cap as the JSON API.
  experimental: { serverActions: { bodySizeLimit: "64kb" } },
  // Keeps PGlite's wasm and data files out of the publicly served static folder.
  serverExternalPackages: ["@electric-sql/pglite", "pino", "pg"],
  poweredByHeader: false,
  ...(workspaceRoot && { turbopack: { root: workspaceRoot }, outputFileTracingRoot: workspaceRoot }),
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
