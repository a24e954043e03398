import path from "node:path";
import type { QueryRunner } from "../db/query-runner.ts";
import { graphIsEmpty } from "../graph/graph-is-empty.ts";
import { projectRoot } from "../paths.ts";
import { formatSummary, importSeed } from "./import-seed.ts";

export const seedDir = path.join(projectRoot, "seed");

/** Loads seed/ into a graph that holds no data yet; a graph with data is left as it is. */
export async function loadSeedIfEmpty(db: QueryRunner, log: (line: string) => void): Promise<void> {
  if (!(await graphIsEmpty(db))) return;
  log(`The graph is empty; loading the seed data from ${seedDir}...`);
  log(formatSummary(await importSeed([seedDir], { db, progress: log })));
}
