import { createHash } from "node:crypto";
import type { Driver } from "neo4j-driver";

/**
 * A hash of every node and relationship in the database, with their labels and properties
 * (with `label`, only of the nodes that carry it and the relationships between them).
 * Equal fingerprints before and after an operation mean it wrote nothing.
 */
export async function graphFingerprint(driver: Driver, database: string, label: string | null = null): Promise<string> {
  const nodes = await driver.executeQuery(
    "MATCH (n) WHERE $label IS NULL OR $label IN labels(n) RETURN labels(n) AS labels, properties(n) AS props",
    { label },
    { database },
  );
  const rels = await driver.executeQuery(
    "MATCH (a)-[r]->(b) WHERE $label IS NULL OR ($label IN labels(a) AND $label IN labels(b)) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props",
    { label },
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
