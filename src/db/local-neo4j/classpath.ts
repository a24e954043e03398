import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { LocalNeo4jError, MissingDependencyError } from "../../errors.ts";
import { neo4jPomFile } from "../../paths.ts";
import { findExecutable } from "./find-executable.ts";
import { alternatives } from "./install-hint.ts";

/** The Neo4j version neo4j/pom.xml asks Maven for. */
export function neo4jVersion(): string {
  return /<neo4j\.version>([^<]+)</.exec(readFileSync(neo4jPomFile, "utf8"))?.[1] ?? "unknown";
}

/**
 * The jars of Neo4j Community and Neo4j Browser, resolved from Maven Central by neo4j/pom.xml.
 * Maven runs once per version of the pom; later starts read the cached list.
 */
export async function resolveClasspath(
  dir: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<string> {
  const pom = readFileSync(neo4jPomFile);
  const hash = createHash("sha256").update(pom).digest("hex").slice(0, 12);
  const cacheFile = path.join(dir, `classpath-${hash}.txt`);
  const cached = readCached(cacheFile);
  if (cached !== undefined) return cached;

  const mvn = findExecutable("mvn", env);
  if (mvn === undefined) {
    throw new MissingDependencyError(
      "Maven (mvn) was not found on the PATH; it fetches the Neo4j jars from Maven Central on the first start. " +
        "Install it (Debian/Ubuntu: `apt-get install maven`; macOS: `brew install maven`).\n" +
        alternatives,
    );
  }
  mkdirSync(dir, { recursive: true });
  log(`Resolving Neo4j ${neo4jVersion()} and Neo4j Browser from Maven Central (first start only, about 160 MB)...`);
  const started = Date.now();
  const output = await runCapturingOutput(mvn, [
    "-B",
    "-q",
    "-f",
    neo4jPomFile,
    "dependency:build-classpath",
    `-Dmdep.outputFile=${cacheFile}`,
  ], env);
  const classpath = readCached(cacheFile);
  if (classpath === undefined) {
    throw new LocalNeo4jError(`Maven could not resolve the Neo4j jars (neo4j/pom.xml):\n${output.slice(-4000)}`);
  }
  log(`Resolved ${classpath.split(path.delimiter).length} jars in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return classpath;
}

/** The cached classpath, if every jar it lists is still in the local Maven repository. */
function readCached(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const classpath = readFileSync(file, "utf8").trim();
  const jars = classpath.split(path.delimiter);
  return jars.length > 0 && jars.every((jar) => existsSync(jar)) ? classpath : undefined;
}

/** Runs a command to its end and returns its stdout and stderr together. */
export function runCapturingOutput(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", () => resolve(output));
  });
}
