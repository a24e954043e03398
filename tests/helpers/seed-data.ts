import path from "node:path";
import type { Driver } from "neo4j-driver";
import { importSeed } from "../../src/ingest/import-seed.ts";
import { projectRoot } from "../../src/paths.ts";

/**
 * Tests that read the real seed data import it into the test database and remove it
 * afterwards: every record it creates comes from a file under seed/.
 */
export async function loadSeed(driver: Driver, database: string): Promise<void> {
  await importSeed([path.join(projectRoot, "seed")], { driver, database });
}

export async function removeSeed(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery("MATCH (n:Entity) WHERE n.recordFile STARTS WITH 'seed/' DETACH DELETE n", {}, { database });
}
