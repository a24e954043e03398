import type { Driver, ManagedTransaction } from "neo4j-driver";
import { cypher } from "../db/cypher.ts";
import type { GraphNode } from "./records-to-graph.ts";

export type Change = "created" | "updated" | "unchanged";
export type ChangeCounts = Record<string, Record<Change, number>>;

const batchSize = 5_000;

/** How each node compares with the graph: new, different from its last import, or the same. */
export async function classifyChanges(
  nodes: GraphNode[],
  driver: Driver,
  database: string,
): Promise<Map<GraphNode, Change>> {
  const stored = new Map<string, string | null>();
  for (let i = 0; i < nodes.length; i += batchSize) {
    const { records } = await driver.executeQuery(
      cypher("import/import_hashes"),
      { ids: nodes.slice(i, i + batchSize).map((n) => n.id) },
      { database, routing: "READ" },
    );
    for (const r of records) stored.set(r.get("id") as string, r.get("hash") as string | null);
  }
  return new Map(
    nodes.map((n) => [n, !stored.has(n.id) ? "created" : stored.get(n.id) === n.hash ? "unchanged" : "updated"]),
  );
}

export function countChanges(changes: Map<GraphNode, Change>): ChangeCounts {
  const counts: ChangeCounts = {};
  for (const [node, change] of changes) {
    counts[node.label] ??= { created: 0, updated: 0, unchanged: 0 };
    counts[node.label]![change] += 1;
  }
  return counts;
}

/**
 * Writes the created and updated nodes, and their outgoing relationships, in one
 * transaction: if any statement fails, nothing is written. New records are created, changed
 * ones merged; relationships point at nodes from either, so they are written last.
 */
export async function writeChanges(
  changes: Map<GraphNode, Change>,
  driver: Driver,
  database: string,
  progress: (line: string) => void,
): Promise<void> {
  const created = [...changes].filter(([, change]) => change === "created").map(([node]) => node);
  const updated = [...changes].filter(([, change]) => change === "updated").map(([node]) => node);
  if (created.length + updated.length === 0) return;
  const row = (n: GraphNode) => ({ id: n.id, label: n.label, props: { ...n.props, id: n.id, importHash: n.hash } });
  const rels = [...created, ...updated].flatMap((n) => n.rels.map((r) => ({ from: n.id, to: r.to, type: r.type, props: r.props })));

  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      await inBatches(tx, "import/create_nodes", "rows", created.map(row), "nodes", progress);
      await inBatches(tx, "import/upsert_nodes", "rows", updated.map(row), "changed nodes", progress);
      // Only a changed record has relationships to replace; a new one has none yet.
      await inBatches(tx, "import/delete_outgoing_relationships", "ids", updated.map((n) => n.id), undefined, progress);
      await inBatches(tx, "import/create_relationships", "rels", rels, "relationships", progress);
    });
  } finally {
    await session.close();
  }
}

async function inBatches<T>(
  tx: ManagedTransaction,
  query: string,
  parameter: string,
  items: T[],
  what: string | undefined,
  progress: (line: string) => void,
): Promise<void> {
  for (let i = 0; i < items.length; i += batchSize) {
    await tx.run(cypher(query), { [parameter]: items.slice(i, i + batchSize) });
    if (what !== undefined && items.length > batchSize) {
      progress(`  wrote ${Math.min(i + batchSize, items.length).toLocaleString("en-US")} of ${items.length.toLocaleString("en-US")} ${what}`);
    }
  }
}
