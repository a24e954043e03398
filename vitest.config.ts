import path from "node:path";
import { defineConfig } from "vitest/config";

// Files share one database, and some compare fingerprints of the whole graph, so they run one
// after another (each still owns its data and runs in any order). Several tests start and stop
// real servers (Neo4j takes ~6 s to start and ~10 s to stop).
const serial = { fileParallelism: false, testTimeout: 120_000, hookTimeout: 300_000 } as const;

/** The suites that exercise the API, run a second time against the compiled server in dist/. */
const apiSuites = ["tests/api.test.ts", "tests/writes.test.ts", "tests/hardening.test.ts", "tests/server.test.ts"];

export default defineConfig({
  test: {
    // One real Neo4j for the whole run: NEO4J_URI, else testcontainers, else the local JVM
    // server; a second run on the same machine waits for it.
    globalSetup: ["tests/global-setup.ts"],
    projects: [
      { test: { name: "source", include: ["src/**/*.test.ts", "tests/**/*.test.ts"], ...serial, sequence: { groupOrder: 0 } } },
      {
        // The same suites with every import of src/*.ts replaced by the dist/*.js that
        // `npm run build:server` compiles (tests/global-setup.ts runs it first), loaded by
        // Node itself rather than transformed by Vitest: the code production runs.
        test: {
          name: "compiled",
          include: apiSuites,
          env: { TEST_BUILD: "compiled" },
          server: { deps: { external: [/\/node_modules\//, /\/dist\//] } },
          ...serial,
          sequence: { groupOrder: 1 },
        },
        resolve: {
          alias: [{ find: /^(?:\.\.\/)+src\/(.+)\.ts$/, replacement: path.join(import.meta.dirname, "dist", "$1.js") }],
        },
      },
    ],
  },
});
