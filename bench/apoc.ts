import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { MissingDependencyError, BenchmarkError } from "../src/errors.ts";
import { runCapturingOutput } from "../src/db/local-neo4j/classpath.ts";
import { findExecutable } from "../src/db/local-neo4j/find-executable.ts";

/**
 * APOC core, which @neo4j/graphql expects on the server. Only the benchmark Neo4j gets it:
 * our own API needs no plugin. 5.26.0 is the newest APOC core release for the 5.26 line that
 * Maven Central serves; it runs on the 5.26.x server in neo4j/pom.xml.
 */
export const apocVersion = "5.26.0";
const artifact = `org.neo4j.procedure:apoc-core:${apocVersion}:jar:core`;
const jarName = `apoc-core-${apocVersion}-core.jar`;

/** Server settings that let APOC's procedures run. */
export const apocSettings = ["dbms.security.procedures.unrestricted=apoc.*"];

/** Puts the APOC core jar into the plugins folder, fetching it from Maven Central once. */
export async function ensureApocPlugin(plugins: string, env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  if (existsSync(path.join(plugins, jarName))) return;
  const mvn = findExecutable("mvn", env);
  if (mvn === undefined) {
    throw new MissingDependencyError("Maven (mvn) was not found on the PATH; the benchmark fetches APOC core with it.");
  }
  mkdirSync(plugins, { recursive: true });
  log(`Fetching APOC core ${apocVersion} from Maven Central into ${plugins}...`);
  const output = await runCapturingOutput(
    mvn,
    ["-B", "-q", "dependency:copy", `-Dartifact=${artifact}`, `-DoutputDirectory=${plugins}`],
    env,
  );
  if (!existsSync(path.join(plugins, jarName))) {
    throw new BenchmarkError(`Maven could not fetch ${artifact}:\n${output.slice(-4000)}`);
  }
}
