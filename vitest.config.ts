import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    // One real Neo4j for the whole run: NEO4J_URI, else testcontainers, else the local JVM server.
    globalSetup: ["tests/global-setup.ts"],
    // Files share that one database, and some compare fingerprints of the whole graph, so
    // they run one after another (each still owns its data and runs in any order).
    fileParallelism: false,
    // Several tests start and stop real servers (Neo4j takes ~6 s to start and ~10 s to stop).
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
