import { spawn } from "node:child_process";
import { appendFileSync, rmSync } from "node:fs";
import path from "node:path";
import type { LocalNeo4jSettings } from "../../config.ts";
import { LocalNeo4jError } from "../../errors.ts";
import { resolveClasspath } from "./classpath.ts";
import { findJava } from "./java.ts";
import { portAnswers } from "./ports.ts";

/** CSV files for `neo4j-admin database import`: each argument a header file and its data. */
export interface AdminImportFiles {
  nodes: { files: string[] }[];
  relationships: { files: string[] }[];
}

/**
 * Writes the local Neo4j's database `neo4j` anew from CSV files with Neo4j's own bulk
 * importer, `neo4j-admin database import full` (org.neo4j.cli.AdminTool, from the same Maven
 * Central jars). It replaces the database's files, so the server must be stopped; the caller
 * checks that the database held nothing worth keeping. Its output goes to admin-import.log.
 */
export async function adminImport(settings: LocalNeo4jSettings, files: AdminImportFiles, { env = process.env, log = () => {} }: { env?: NodeJS.ProcessEnv; log?: (line: string) => void } = {}): Promise<void> {
  if (await portAnswers(settings.boltPort)) {
    throw new LocalNeo4jError(`The local Neo4j on port ${settings.boltPort} is running; neo4j-admin can only write a stopped database.`);
  }
  const java = findJava(env);
  const classpath = await resolveClasspath(settings.dir, env, log);
  const logFile = path.join(settings.dir, "admin-import.log");
  const args = [
    "-Xmx1g",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "-cp",
    classpath,
    "org.neo4j.cli.AdminTool",
    "database",
    "import",
    "full",
    // The database before the files: each --nodes and --relationships takes every argument after it.
    "neo4j",
    "--verbose",
    "--overwrite-destination=true",
    "--multiline-fields=true",
    "--id-type=string",
    // Its default is import.report in the working directory, which would land in the user's clone.
    `--report-file=${path.join(settings.dir, "admin-import.report")}`,
    ...files.nodes.map((n) => `--nodes=${n.files.join(",")}`),
    ...files.relationships.map((r) => `--relationships=${r.files.join(",")}`),
  ];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(java.executable, args, { env: { ...env, NEO4J_HOME: path.join(settings.dir, "home") }, stdio: ["ignore", "pipe", "pipe"] });
    const keep = (chunk: Buffer) => appendFileSync(logFile, chunk);
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (code !== 0) {
    // A failed import leaves the database's files unusable; the caller made sure they held
    // nothing to keep, so they go, and the next start creates the database anew.
    for (const folder of ["databases", "transactions"]) rmSync(path.join(settings.dir, "home", "data", folder, "neo4j"), { recursive: true, force: true });
    throw new LocalNeo4jError(`neo4j-admin database import failed (exit ${code}); see ${logFile}. The database was left empty.`);
  }
}
