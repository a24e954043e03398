import { createHash } from "node:crypto";
import path from "node:path";
import { ConfigError } from "./errors.ts";
import { projectRoot } from "./paths.ts";

/** The justice.gov press-release list (API v1); DOJ_API_URL points elsewhere, a test's local server for one. */
export const dojApiUrl = "https://www.justice.gov/api/v1/press_releases.json";

/** Every setting the project reads from the environment, with its default. `--help` prints this. */
export const settings = [
  ["NEO4J_URI", "(unset: start the local Neo4j)", "Neo4j to use: bolt://, neo4j://, neo4j+s:// (Aura), bolt+s://"],
  ["NEO4J_USER", "neo4j", "Neo4j user name"],
  ["NEO4J_PASSWORD", "(unset: no authentication)", "Neo4j password"],
  ["NEO4J_DATABASE", "neo4j", "Database name"],
  ["NEO4J_BROWSER_URL", "(derived for local servers)", "Neo4j Browser address printed at start"],
  ["HOST", "127.0.0.1", "Interface the API listens on (0.0.0.0 in Docker)"],
  ["PORT", "4000", "API port (0 picks a free one)"],
  ["API_WRITE_TOKEN", "(unset: writes disabled)", "Bearer token for mutations; kept only as its SHA-256"],
  ["API_WRITE_TOKEN_LABEL", "API write token", "Who a judgement made with the write token is recorded as (acceptLink, rejectLink)"],
  ["API_QUERY_TIMEOUT_MS", "30000", "Cypher transactions of one request are stopped after this long"],
  ["API_HEAVY_QUERIES", "8", "Large queries (the tally, the lists) that may run at once; more are refused as busy"],
  ["IMPORT_TIMEOUT_MS", "600000", "npm run import: its one write transaction is stopped after this long"],
  ["API_INTROSPECTION", "on (off when NODE_ENV=production)", "on or off: whether clients may read the schema"],
  ["NODE_ENV", "(unset)", "production: introspection off by default, no schema hints in errors"],
  ["LOG_LEVEL", "info", "API logs (JSON lines on stdout): fatal, error, warn, info, debug, trace or silent"],
  ["NEO4J_LOCAL_DIR", ".neo4j", "Local Neo4j: data, logs and resolved classpath"],
  ["NEO4J_LOCAL_BOLT_PORT", "7687", "Local Neo4j: Bolt port"],
  ["NEO4J_LOCAL_HTTP_PORT", "7474", "Local Neo4j: HTTP port (Browser at /browser/)"],
  ["NEO4J_LOCAL_HEAP", "768m", "Local Neo4j: JVM heap (-Xms256m -Xmx<value>)"],
  ["DOJ_API_URL", dojApiUrl, "npm run ingest:doj -- --fetch: the press-release list of the justice.gov API v1"],
  ["DOJ_CACHE_DIR", ".doj-cache", "npm run ingest:doj -- --fetch: fetched pages and each title term's cursor"],
  ["DOJ_FETCH_ATTEMPTS", "6", "npm run ingest:doj -- --fetch: attempts per page before giving up (429, 5xx, a body that is not JSON)"],
] as const;

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string | undefined;
  database: string;
}

export interface LocalNeo4jSettings {
  dir: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  /** Page cache and the transaction-memory cap; the defaults suit the seed graph. */
  pageCache?: string;
  transactionMemory?: string;
  /** A folder of plugin jars, put on the classpath as Neo4j's own launcher does. */
  pluginDir?: string;
  /** More `name=value` server settings, such as a plugin's permissions. */
  extraSettings?: string[];
}

/** How the API serves requests: limits and what clients may learn about the schema. */
export interface ApiSettings {
  queryTimeoutMs: number;
  /** Heavy queries (the tally's counts, the lists) that may run at once; one more is refused as busy. */
  heavyQueryLimit: number;
  introspection: boolean;
  /** NODE_ENV=production: errors give no "did you mean" hints about the schema. */
  production: boolean;
  logLevel: string;
}

export const defaultApiSettings: ApiSettings = { queryTimeoutMs: 30_000, heavyQueryLimit: 8, introspection: true, production: false, logLevel: "info" };
const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

export interface Config {
  /** Set when NEO4J_URI is given; otherwise the local Neo4j is used. */
  neo4jUri: string | undefined;
  user: string;
  password: string | undefined;
  database: string;
  browserUrl: string | undefined;
  host: string;
  port: number;
  /** SHA-256 of API_WRITE_TOKEN; the token itself is not kept. Undefined: writes disabled. */
  writeTokenHash: Buffer | undefined;
  /** Who writes made with the token are recorded as. */
  writeTokenLabel: string;
  api: ApiSettings;
  /** npm run import's write transaction timeout: a large import takes longer than a request. */
  importTimeoutMs: number;
  local: LocalNeo4jSettings;
}

const uriSchemes = ["bolt:", "bolt+s:", "bolt+ssc:", "neo4j:", "neo4j+s:", "neo4j+ssc:"];

/** Reads the configuration, listing every invalid setting at once. */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const problems: string[] = [];
  const get = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === "" ? undefined : value;
  };
  const port = (name: string, fallback: number): number => {
    const raw = get(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value > 65535) {
      problems.push(`${name}=${raw}: must be a port number from 0 to 65535`);
      return fallback;
    }
    return value;
  };

  const uri = get("NEO4J_URI");
  if (uri !== undefined) {
    const scheme = /^[a-z0-9+]+:/i.exec(uri)?.[0].toLowerCase();
    if (scheme === undefined || !uriSchemes.includes(scheme)) {
      problems.push(`NEO4J_URI=${uri}: must start with one of ${uriSchemes.map((s) => `${s}//`).join(", ")}`);
    }
  }
  const heap = get("NEO4J_LOCAL_HEAP") ?? "768m";
  if (!/^\d+[kmg]$/i.test(heap)) {
    problems.push(`NEO4J_LOCAL_HEAP=${heap}: must be a JVM size such as 512m or 2g`);
  }

  const config: Config = {
    neo4jUri: uri,
    user: get("NEO4J_USER") ?? "neo4j",
    password: get("NEO4J_PASSWORD"),
    database: get("NEO4J_DATABASE") ?? "neo4j",
    browserUrl: get("NEO4J_BROWSER_URL"),
    host: get("HOST") ?? "127.0.0.1",
    port: port("PORT", 4000),
    writeTokenHash: optionalTokenHash(get("API_WRITE_TOKEN"), problems),
    writeTokenLabel: get("API_WRITE_TOKEN_LABEL") ?? "API write token",
    api: apiSettings(get, problems),
    importTimeoutMs: wholeNumber(get, "IMPORT_TIMEOUT_MS", 600_000, 1_000, problems),
    local: {
      dir: path.resolve(projectRoot, get("NEO4J_LOCAL_DIR") ?? ".neo4j"),
      boltPort: port("NEO4J_LOCAL_BOLT_PORT", 7687),
      httpPort: port("NEO4J_LOCAL_HTTP_PORT", 7474),
      heap,
    },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** A whole-number setting of at least `min`, or the problem with it. */
function wholeNumber(get: (name: string) => string | undefined, name: string, fallback: number, min: number, problems: string[]): number {
  const raw = get(name);
  if (raw === undefined) return fallback;
  if (/^\d+$/.test(raw) && Number(raw) >= min) return Number(raw);
  problems.push(`${name}=${raw}: must be a whole number, ${min} or more`);
  return fallback;
}

function apiSettings(get: (name: string) => string | undefined, problems: string[]): ApiSettings {
  const production = get("NODE_ENV") === "production";
  const timeout = get("API_QUERY_TIMEOUT_MS");
  if (timeout !== undefined && !(/^\d+$/.test(timeout) && Number(timeout) >= 100)) {
    problems.push(`API_QUERY_TIMEOUT_MS=${timeout}: must be a whole number of milliseconds, 100 or more`);
  }
  const introspection = get("API_INTROSPECTION")?.toLowerCase();
  if (introspection !== undefined && introspection !== "on" && introspection !== "off") {
    problems.push(`API_INTROSPECTION=${introspection}: must be on or off`);
  }
  const logLevel = get("LOG_LEVEL")?.toLowerCase() ?? defaultApiSettings.logLevel;
  if (!logLevels.includes(logLevel)) problems.push(`LOG_LEVEL=${logLevel}: must be one of ${logLevels.join(", ")}`);
  return {
    logLevel,
    queryTimeoutMs: timeout !== undefined && /^\d+$/.test(timeout) ? Number(timeout) : defaultApiSettings.queryTimeoutMs,
    heavyQueryLimit: wholeNumber(get, "API_HEAVY_QUERIES", defaultApiSettings.heavyQueryLimit, 1, problems),
    introspection: introspection === undefined ? !production : introspection === "on",
    production,
  };
}

/** Where `npm run ingest:doj -- --fetch` harvests from and keeps its cache, and how often it tries a page. */
export interface DojSettings {
  apiUrl: string;
  /** Absolute. */
  cacheDir: string;
  attempts: number;
}

/** Reads the DOJ harvest's settings, listing every invalid one at once. They need no database. */
export function readDojSettings(env: NodeJS.ProcessEnv): DojSettings {
  const problems: string[] = [];
  const get = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === "" ? undefined : value;
  };
  const apiUrl = get("DOJ_API_URL") ?? dojApiUrl;
  if (!URL.canParse(apiUrl) || !["http:", "https:"].includes(new URL(apiUrl).protocol)) {
    problems.push(`DOJ_API_URL=${apiUrl}: must be an http:// or https:// URL`);
  }
  const settings: DojSettings = {
    apiUrl,
    cacheDir: path.resolve(projectRoot, get("DOJ_CACHE_DIR") ?? ".doj-cache"),
    attempts: wholeNumber(get, "DOJ_FETCH_ATTEMPTS", 6, 1, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return settings;
}

/** The SHA-256 of a write token: the only form in which the server keeps it. */
export function hashToken(token: string): Buffer {
  return createHash("sha256").update(token, "utf8").digest();
}

function optionalTokenHash(token: string | undefined, problems: string[]): Buffer | undefined {
  if (token === undefined) return undefined;
  if (token.length < 16) {
    problems.push("API_WRITE_TOKEN: must be at least 16 characters");
    return undefined;
  }
  return hashToken(token);
}

/** `--help` text listing the settings, or those whose names start with `prefix`. */
export function settingsHelp(prefix = ""): string {
  const listed = settings.filter(([name]) => name.startsWith(prefix));
  const width = Math.max(...listed.map(([name]) => name.length));
  return listed
    .map(([name, fallback, what]) => `  ${name.padEnd(width)}  ${what}\n  ${" ".repeat(width)}  default: ${fallback}`)
    .join("\n");
}
