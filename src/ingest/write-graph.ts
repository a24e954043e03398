import { z } from "zod";
import { allRows, defineQuery, noRows } from "../db/query.ts";
import type { QueryRunner, WriteTransaction } from "../db/query-runner.ts";
import { dependingOn, derivePlacements } from "../graph/placement.ts";
import type { GraphNode } from "./records-to-graph.ts";

export type Change = "created" | "updated" | "unchanged" | "removed";
export type ChangeCounts = Record<string, Record<Change, number>>;

/** A record an earlier import took from a file that no longer holds it. */
export interface RemovedRecord {
  id: string;
  label: string;
  file: string;
  /** Records outside this import that still reference it. */
  referencedBy: string[];
}

const batchSize = 5_000;

const queries = {
  hashes: defineQuery("import/import_hashes", allRows(z.object({ id: z.string(), hash: z.string().nullable() }))),
  removed: defineQuery(
    "import/removed_records",
    allRows(z.object({ id: z.string(), label: z.string(), file: z.string(), referencedBy: z.array(z.string()) })),
  ),
  createNodes: defineQuery("import/create_nodes", noRows),
  upsertNodes: defineQuery("import/upsert_nodes", noRows),
  deleteOutgoing: defineQuery("import/delete_outgoing_relationships", noRows),
  createRelationships: defineQuery("import/create_relationships", noRows),
  deleteRecords: defineQuery("import/delete_records", noRows),
};

/** How each node compares with the graph: new, different from its last import, or the same. */
export async function classifyChanges(nodes: GraphNode[], db: QueryRunner): Promise<Map<GraphNode, Change>> {
  const stored = new Map<string, string | null>();
  for (let i = 0; i < nodes.length; i += batchSize) {
    for (const row of await db.read(queries.hashes, { ids: nodes.slice(i, i + batchSize).map((n) => n.id) })) stored.set(row.id, row.hash);
  }
  return new Map(nodes.map((n) => [n, !stored.has(n.id) ? "created" : stored.get(n.id) === n.hash ? "unchanged" : "updated"]));
}

/** The records that `files` held at their last import and no longer hold. */
export async function findRemovedRecords(files: string[], nodes: GraphNode[], db: QueryRunner): Promise<RemovedRecord[]> {
  if (files.length === 0) return [];
  return db.read(queries.removed, { files, kept: nodes.map((n) => n.id) });
}

export function countChanges(changes: Map<GraphNode, Change>, removed: RemovedRecord[] = []): ChangeCounts {
  const counts: ChangeCounts = {};
  const count = (label: string, change: Change) => {
    counts[label] ??= { created: 0, updated: 0, unchanged: 0, removed: 0 };
    counts[label]![change] += 1;
  };
  for (const [node, change] of changes) count(node.label, change);
  for (const record of removed) count(record.label, "removed");
  return counts;
}

/**
 * Writes the created and updated nodes and their outgoing relationships, removes the records
 * their files no longer hold, and recomputes what derives from them (src/graph/placement.ts,
 * then the caller's `afterWrite`), all in one transaction: if any statement fails, nothing is
 * written. New records are created, changed ones merged; relationships point at nodes from
 * either, so they come after.
 */
export async function writeChanges(
  changes: Map<GraphNode, Change>,
  removed: RemovedRecord[],
  db: QueryRunner,
  {
    progress = () => {},
    timeoutMs,
    afterWrite,
    afterWriteAlways = false,
  }: { progress?: (line: string) => void; timeoutMs?: number; afterWrite?: (tx: WriteTransaction) => Promise<void>; afterWriteAlways?: boolean },
): Promise<void> {
  const created = [...changes].filter(([, change]) => change === "created").map(([node]) => node);
  const updated = [...changes].filter(([, change]) => change === "updated").map(([node]) => node);
  if (created.length + updated.length + removed.length === 0) {
    if (afterWriteAlways && afterWrite !== undefined) await db.writeTransaction(afterWrite, timeoutMs === undefined ? {} : { timeoutMs });
    return;
  }
  const row = (n: GraphNode) => ({ id: n.id, label: n.label, props: { ...n.props, id: n.id, importHash: n.hash } });
  const rels = [...created, ...updated].flatMap((n) => n.rels.map((r) => ({ from: n.id, to: r.to, type: r.type, props: r.props })));

  await db.writeTransaction(
    async (tx) => {
      await inBatches(tx, queries.createNodes, "rows", created.map(row), "nodes", progress);
      await inBatches(tx, queries.upsertNodes, "rows", updated.map(row), "changed nodes", progress);
      // Only a changed record has relationships to replace; a new one has none yet.
      await inBatches(tx, queries.deleteOutgoing, "ids", updated.map((n) => n.id), undefined, progress);
      await inBatches(tx, queries.createRelationships, "rels", rels, "relationships", progress);
      // What depended on a removed record is found before it goes, and placed again after.
      const dependents = await dependingOn(tx, removed.map((r) => r.id));
      await inBatches(tx, queries.deleteRecords, "ids", removed.map((r) => r.id), "removed records", progress);
      const gone = new Set(removed.map((r) => r.id));
      const placed = await derivePlacements(tx, {
        // Nothing already in the graph can refer to a record new to it: what new records
        // place is read from the records themselves; only changed and removed ones are looked
        // up in the graph.
        changed: [...updated, ...removed].map((n) => ({ id: n.id, label: n.label })),
        also: {
          convictions: [...dependents.convictions.filter((id) => !gone.has(id)), ...convictionsPlacedBy(created)],
          charges: [...dependents.charges.filter((id) => !gone.has(id)), ...created.filter((n) => n.label === "Charge").map((n) => n.id)],
        },
        newAgencies: created.some((n) => n.label === "Agency"),
      });
      if (placed > batchSize) progress(`  placed ${placed.toLocaleString("en-US")} convictions`);
      await afterWrite?.(tx);
    },
    timeoutMs === undefined ? {} : { timeoutMs },
  );
}

/** The convictions that new records place: new convictions, and those a new sentence is for. */
function convictionsPlacedBy(created: GraphNode[]): string[] {
  return created.flatMap((n) =>
    n.label === "Conviction" ? [n.id] : n.label === "Sentence" ? n.rels.filter((r) => r.type === "FOR_CONVICTION").map((r) => r.to) : [],
  );
}

async function inBatches<T>(
  tx: WriteTransaction,
  query: (typeof queries)[keyof typeof queries],
  parameter: string,
  items: T[],
  what: string | undefined,
  progress: (line: string) => void,
): Promise<void> {
  for (let i = 0; i < items.length; i += batchSize) {
    await tx.run(query as typeof queries.createNodes, { [parameter]: items.slice(i, i + batchSize) });
    if (what !== undefined && items.length > batchSize) {
      progress(`  wrote ${Math.min(i + batchSize, items.length).toLocaleString("en-US")} of ${items.length.toLocaleString("en-US")} ${what}`);
    }
  }
}
