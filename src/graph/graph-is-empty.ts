import type { Driver } from "neo4j-driver";
import { cypher } from "../db/cypher.ts";

/** Whether the graph holds no imported data yet (schema nodes do not count). */
export async function graphIsEmpty(driver: Driver, database: string): Promise<boolean> {
  const { records } = await driver.executeQuery(cypher("graph_is_empty"), {}, { database, routing: "READ" });
  return records[0]?.get("empty") === true;
}
