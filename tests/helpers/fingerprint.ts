import { createHash } from "node:crypto";
import type { Driver } from "neo4j-driver";

/**
 * A hash of every node and relationship in the database, with their labels and properties.
 * Equal fingerprints before and after an operation mean it wrote nothing.
 */
export async function graphFingerprint(driver: Driver, database: string): Promise<string> {
  const nodes = await driver.executeQuery(
    "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props",
    {},
    { database },
  );
  const rels = await driver.executeQuery(
    "MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props",
    {},
    { database },
  );
  const lines = [
    ...nodes.records.map((r) => `N ${JSON.stringify([[...(r.get("labels") as string[])].sort(), sorted(r.get("props"))])}`),
    ...rels.records.map((r) => `R ${JSON.stringify([r.get("from"), r.get("type"), r.get("to"), sorted(r.get("props"))])}`),
  ].sort();
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

function sorted(props: Record<string, unknown>): [string, string][] {
  return Object.keys(props)
    .sort()
    .map((key) => [key, String(props[key])]);
}
