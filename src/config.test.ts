import path from "node:path";
import { describe, expect, it } from "vitest";
import { readConfig, readDojSettings } from "./config.ts";
import { ConfigError } from "./errors.ts";
import { projectRoot } from "./paths.ts";

describe("readConfig", () => {
  it("defaults to the local Neo4j and port 4000 on 127.0.0.1", () => {
    expect(readConfig({})).toEqual({
      neo4jUri: undefined,
      user: "neo4j",
      password: undefined,
      database: "neo4j",
      browserUrl: undefined,
      host: "127.0.0.1",
      port: 4000,
      writeTokenHash: undefined,
      writeTokenLabel: "API write token",
      api: { queryTimeoutMs: 30_000, heavyQueryLimit: 8, introspection: true, production: false, logLevel: "info" },
      importTimeoutMs: 600_000,
      local: { dir: path.join(projectRoot, ".neo4j"), boltPort: 7687, httpPort: 7474, heap: "768m" },
    });
  });

  it.each(["bolt://db.example.org:7687", "neo4j://db.example.org", "neo4j+s://abcd1234.databases.neo4j.io", "bolt+s://db.example.org"])(
    "accepts NEO4J_URI=%s",
    (uri) => {
      expect(readConfig({ NEO4J_URI: uri }).neo4jUri).toBe(uri);
    },
  );

  it("treats empty variables as unset", () => {
    expect(readConfig({ NEO4J_URI: "", PORT: " ", NEO4J_PASSWORD: "" })).toMatchObject({
      neo4jUri: undefined,
      port: 4000,
      password: undefined,
    });
  });

  it("turns introspection off in production unless asked for, and reads the query timeout", () => {
    expect(readConfig({ NODE_ENV: "production" }).api).toEqual({
      queryTimeoutMs: 30_000,
      heavyQueryLimit: 8,
      introspection: false,
      production: true,
      logLevel: "info",
    });
    expect(readConfig({ NODE_ENV: "production", API_INTROSPECTION: "on" }).api.introspection).toBe(true);
    expect(readConfig({ API_INTROSPECTION: "OFF", API_QUERY_TIMEOUT_MS: "2500", API_HEAVY_QUERIES: "2" }).api).toEqual({
      queryTimeoutMs: 2500,
      heavyQueryLimit: 2,
      introspection: false,
      production: false,
      logLevel: "info",
    });
  });

  it("lists every invalid API setting", () => {
    expect(() => readConfig({ API_INTROSPECTION: "maybe", API_QUERY_TIMEOUT_MS: "5", API_HEAVY_QUERIES: "0", IMPORT_TIMEOUT_MS: "soon" })).toThrow(
      expect.objectContaining({
        problems: [
          "API_QUERY_TIMEOUT_MS=5: must be a whole number of milliseconds, 100 or more",
          "API_INTROSPECTION=maybe: must be on or off",
          "API_HEAVY_QUERIES=0: must be a whole number, 1 or more",
          "IMPORT_TIMEOUT_MS=soon: must be a whole number, 1000 or more",
        ],
      }),
    );
  });

  it("lists every invalid setting", () => {
    let error: unknown;
    try {
      readConfig({ NEO4J_URI: "postgres://x", PORT: "-1", NEO4J_LOCAL_BOLT_PORT: "7687a" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      "NEO4J_URI=postgres://x: must start with one of bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc://",
      "PORT=-1: must be a port number from 0 to 65535",
      "NEO4J_LOCAL_BOLT_PORT=7687a: must be a port number from 0 to 65535",
    ]);
  });
});

describe("readDojSettings", () => {
  it("defaults to justice.gov's press-release list, .doj-cache in the project and 6 attempts", () => {
    expect(readDojSettings({})).toEqual({ apiUrl: "https://www.justice.gov/api/v1/press_releases.json", cacheDir: path.join(projectRoot, ".doj-cache"), attempts: 6 });
    expect(readDojSettings({ DOJ_API_URL: "http://127.0.0.1:9/api", DOJ_CACHE_DIR: "/tmp/doj", DOJ_FETCH_ATTEMPTS: "2" })).toEqual({
      apiUrl: "http://127.0.0.1:9/api",
      cacheDir: "/tmp/doj",
      attempts: 2,
    });
  });

  it("lists every invalid DOJ setting", () => {
    expect(() => readDojSettings({ DOJ_API_URL: "ftp://example.org/x", DOJ_FETCH_ATTEMPTS: "0" })).toThrow(
      expect.objectContaining({ problems: ["DOJ_API_URL=ftp://example.org/x: must be an http:// or https:// URL", "DOJ_FETCH_ATTEMPTS=0: must be a whole number, 1 or more"] }),
    );
  });
});
