import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import type { LocalNeo4jSettings } from "../../config.ts";
import { LocalNeo4jError } from "../../errors.ts";
import { describeDriverError } from "../driver.ts";
import { resolveClasspath } from "./classpath.ts";
import { findJava } from "./java.ts";
import { portAnswers } from "./ports.ts";

export interface LocalNeo4j {
  boltUri: string;
  browserUrl: string;
  /** True when a Neo4j was already listening and this process did not start one. */
  reused: boolean;
  /** The server's process id when this process started it. */
  pid: number | undefined;
  logFile: string;
  /** Stops the server if this process started it; a reused server keeps running. */
  stop(): Promise<void>;
}

export interface LocalNeo4jOptions {
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
  startTimeoutMs?: number;
}

/**
 * The real Neo4j Community server, started from Maven Central jars with data under
 * `settings.dir`, or the one already listening on the Bolt port.
 */
export async function ensureLocalNeo4j(
  settings: LocalNeo4jSettings,
  { env = process.env, log = () => {}, startTimeoutMs = 180_000 }: LocalNeo4jOptions = {},
): Promise<LocalNeo4j> {
  const boltUri = `bolt://127.0.0.1:${settings.boltPort}`;
  // These parameters make Browser connect at once, without asking for credentials.
  const browserUrl = `http://127.0.0.1:${settings.httpPort}/browser/?dbms=${boltUri}&preselectAuthMethod=NO_AUTH`;
  const logFile = path.join(settings.dir, "neo4j.log");

  if (await portAnswers(settings.boltPort)) {
    await assertNeo4jAnswers(boltUri);
    log(`Reusing the Neo4j already running at ${boltUri}.`);
    return { boltUri, browserUrl, reused: true, pid: undefined, logFile, stop: async () => {} };
  }
  if (await portAnswers(settings.httpPort)) {
    throw new LocalNeo4jError(
      `Port ${settings.httpPort} is taken by another program, so the local Neo4j cannot serve HTTP there. ` +
        "Stop that program or set NEO4J_LOCAL_HTTP_PORT.",
    );
  }

  const java = findJava(env);
  const classpath = await resolveClasspath(settings.dir, env, log);
  const homeDir = path.join(settings.dir, "home");
  mkdirSync(homeDir, { recursive: true });

  log(`Starting Neo4j (data in ${homeDir}, log in ${logFile})...`);
  const started = Date.now();
  const logOffset = existsSync(logFile) ? statSync(logFile).size : 0;
  const logFd = openSync(logFile, "a");
  // Its own process group: Ctrl-C reaches us, and we stop Neo4j after the API has closed.
  const child = spawn(java.executable, javaArgs(settings, classpath, homeDir), {
    env,
    detached: true,
    stdio: ["ignore", logFd, logFd],
  });
  closeSync(logFd);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  try {
    await waitForStart(child, logFile, logOffset, settings.boltPort, startTimeoutMs);
  } catch (error) {
    await stopProcess(child, exited);
    throw error;
  }
  log(`Neo4j started in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return {
    boltUri,
    browserUrl,
    reused: false,
    pid: child.pid,
    logFile,
    stop: () => stopProcess(child, exited),
  };
}

function javaArgs(settings: LocalNeo4jSettings, classpath: string, homeDir: string): string[] {
  return [
    "-Xms256m",
    `-Xmx${settings.heap}`,
    "-XX:+UseG1GC",
    "-Dfile.encoding=UTF-8",
    // Neo4j's own launcher passes these; its off-heap buffers need them on Java 17+.
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-cp",
    // APOC registers its extensions through the classpath and its procedures from the plugins
    // folder; Neo4j's launcher puts plugins/* on the classpath for that reason.
    settings.pluginDir === undefined ? classpath : [classpath, path.join(settings.pluginDir, "*")].join(path.delimiter),
    "org.neo4j.server.CommunityEntryPoint",
    `--home-dir=${homeDir}`,
    "--console-mode",
    ...[
      "server.default_listen_address=127.0.0.1",
      `server.bolt.listen_address=127.0.0.1:${settings.boltPort}`,
      `server.http.listen_address=127.0.0.1:${settings.httpPort}`,
      "server.https.enabled=false",
      "dbms.security.auth_enabled=false",
      `server.memory.pagecache.size=${settings.pageCache ?? "128m"}`,
      `dbms.memory.transaction.total.max=${settings.transactionMemory ?? "256m"}`,
      "db.tx_log.preallocate=false",
      "dbms.usage_report.enabled=false",
      "client.allow_telemetry=false",
      // Bolt otherwise idles 2 x 5 s after the databases have checkpointed and closed, so a
      // Ctrl-C took 10 s; with these it takes about 2 s. Internal settings of 5.26, checked at
      // start by strict config validation: a Neo4j that drops them fails loudly, not silently.
      "internal.dbms.bolt.netty_server_shutdown_quiet_period=0",
      "internal.server.bolt.connection_shutdown_wait_time=0s",
      ...(settings.pluginDir === undefined ? [] : [`server.directories.plugins=${settings.pluginDir}`]),
      ...(settings.extraSettings ?? []),
    ].flatMap((setting) => ["-c", setting]),
  ];
}

async function waitForStart(
  child: ChildProcess,
  logFile: string,
  logOffset: number,
  boltPort: number,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const newLog = () => readFileSync(logFile, "utf8").slice(logOffset);
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new LocalNeo4jError(`Neo4j exited while starting. The end of ${logFile}:\n${tail(newLog())}`);
    }
    if (newLog().includes("Started.") && (await portAnswers(boltPort))) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new LocalNeo4jError(
    `Neo4j did not start within ${timeoutMs / 1000} s. The end of ${logFile}:\n${tail(newLog())}`,
  );
}

async function stopProcess(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  process.kill(-child.pid, "SIGTERM");
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 60_000).unref()),
  ]);
  if (timedOut) {
    process.kill(-child.pid, "SIGKILL");
    await exited;
    throw new LocalNeo4jError(`Neo4j (pid ${child.pid}) did not stop within 60 s and was killed.`);
  }
}

/** A Bolt port that answers TCP but not Bolt belongs to some other program. */
async function assertNeo4jAnswers(boltUri: string): Promise<void> {
  const driver = neo4j.driver(boltUri, undefined, { connectionTimeout: 5_000 });
  try {
    await driver.getServerInfo();
  } catch (error) {
    const unauthorized = (error as { code?: string }).code === "Neo.ClientError.Security.Unauthorized";
    if (!unauthorized) {
      throw new LocalNeo4jError(
        `Something is listening on ${boltUri}, but it does not answer as Neo4j (${describeDriverError(error)}). ` +
          "Stop it, or set NEO4J_LOCAL_BOLT_PORT to a free port.",
      );
    }
  } finally {
    await driver.close();
  }
}

function tail(text: string, lines = 30): string {
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}
