import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { QueryRunner } from "../../src/db/query-runner.ts";
import { importSeed } from "../../src/ingest/import-seed.ts";
import { projectRoot } from "../../src/paths.ts";

/**
 * The seed answer's own data: the reference data, the statistics, and the cases the seed
 * answer describes (plus the S.D. Tex. case from the research notes). The API tests' hand
 * computations are over exactly these files, so cases added to seed/cases later do not move
 * them.
 */
export const seedAnswerFiles = [
  "reference",
  "sources",
  "cases/hsi-charleston-sex-trafficking-organization.yaml",
  "cases/hsi-new-england-indictments.yaml",
  "cases/perez-figueroa.yaml",
  "cases/sdtx-santos-moya.yaml",
].map((file) => path.join(projectRoot, "seed", file));

/**
 * Tests that read the real seed data import it into the test database and remove it
 * afterwards: every record it creates comes from a file under seed/.
 */
export async function loadSeed(db: QueryRunner): Promise<void> {
  await importSeed(seedAnswerFiles, { db });
}

export async function removeSeed(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery("MATCH (n:Entity) WHERE n.recordFile STARTS WITH 'seed/' DETACH DELETE n", {}, { database });
}
