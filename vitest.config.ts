import path from "node:path";
import { defineConfig } from "vitest/config";

// vitest 5 targets Node ≥ 22: its failure report calls Map.groupBy, which Node 20 lacks, and
// without it a failing run crashes the reporter instead of saying what failed.
if (typeof Map.groupBy !== "function") {
  Map.groupBy = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => {
    const groups = new Map<K, T[]>();
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      groups.set(k, [...(groups.get(k) ?? []), item]);
    }
    return groups;
  };
}

export default defineConfig({
  resolve: {
    alias: {
      "@": import.meta.dirname,
      "server-only": path.resolve(import.meta.dirname, "test/empty.ts"),
    },
  },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["e2e/**", "node_modules/**", ".next/**", ".next-*/**", ".data/**", ".test-data/**"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: "test", LOG_LEVEL: "silent" },
    pool: "forks",
    maxWorkers: 2,
  },
});
