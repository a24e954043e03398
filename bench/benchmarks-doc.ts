import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { neo4jVersion } from "../src/db/local-neo4j/classpath.ts";
import { ConfigError } from "../src/errors.ts";
import { projectRoot } from "../src/paths.ts";

/** The machine a run measured, as the reports print it. */
export function machineDescription(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}, Neo4j Community ${neo4jVersion()}`;
}

/**
 * Writes bench/results/<name>.json and, in BENCHMARKS.md, replaces what lies between the
 * `<!-- <name>: start -->` and `<!-- <name>: end -->` markers with `markdown`: a run rewrites
 * only its own figures.
 */
export function writeResults(name: string, result: unknown, markdown: string): void {
  const resultsDir = path.join(projectRoot, "bench", "results");
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, `${name}.json`), JSON.stringify(result, null, 2) + "\n");
  const docFile = path.join(projectRoot, "BENCHMARKS.md");
  const doc = readFileSync(docFile, "utf8");
  const start = `<!-- ${name}: start -->`;
  const end = `<!-- ${name}: end -->`;
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) throw new ConfigError([`BENCHMARKS.md lacks the ${start} ... ${end} markers`]);
  writeFileSync(docFile, `${doc.slice(0, a + start.length)}\n${markdown}${doc.slice(b)}`);
}
