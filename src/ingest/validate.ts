import type { Driver } from "neo4j-driver";
import { cypher } from "../db/cypher.ts";
import { fieldPath, type ImportProblem } from "./problems.ts";
import type { ParsedFile } from "./read-seed-files.ts";
import { recordsToGraph, type GraphNode } from "./records-to-graph.ts";
import { seedFileSchema } from "./seed-schema.ts";

/** Checks one parsed file against the seed schema and turns it into graph records. */
export function validateFile(parsed: ParsedFile): { nodes: GraphNode[]; problems: ImportProblem[] } {
  const result = seedFileSchema.safeParse(parsed.document.toJS() ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({
      file: parsed.file,
      line: parsed.lineOf(issue.path),
      field: issue.path.length > 0 ? fieldPath(issue.path) : undefined,
      message: issue.message,
    }));
    return { nodes: [], problems };
  }
  return { nodes: recordsToGraph(result.data, parsed.file), problems: [] };
}

type LineOf = (node: GraphNode, field?: PropertyKey[]) => number | undefined;

/**
 * Checks that cross files and the graph: ids are unique, every reference names a node of the
 * right kind (in the input or already in the graph), an id already in the graph keeps its
 * label, and a conviction or sentence points at the same defendant as its charges.
 */
export async function validateGraph(
  nodes: GraphNode[],
  lineOf: LineOf,
  driver: Driver,
  database: string,
): Promise<ImportProblem[]> {
  const problems: ImportProblem[] = [];
  const problem = (node: GraphNode, field: PropertyKey[], message: string) =>
    problems.push({ file: node.file, line: lineOf(node, field), field: fieldPath([...node.path, ...field]), message });

  const byId = new Map<string, GraphNode>();
  for (const node of nodes) {
    const first = byId.get(node.id);
    if (first) {
      problem(node, ["id"], `duplicate id "${node.id}": already used at ${first.file}:${lineOf(first, ["id"]) ?? "?"}`);
    } else {
      byId.set(node.id, node);
    }
  }

  const outside = [...new Set(nodes.flatMap((n) => n.rels.map((r) => r.to)).filter((id) => !byId.has(id)))];
  const inGraph = await labelsInGraph(driver, database, [...outside, ...byId.keys()]);
  const labelOf = (id: string) => byId.get(id)?.label ?? inGraph.get(id);

  for (const node of byId.values()) {
    const existing = inGraph.get(node.id);
    if (existing !== undefined && existing !== node.label) {
      problem(node, ["id"], `id "${node.id}" already belongs to a ${existing} in the graph, not a ${node.label}`);
    }
    for (const r of node.rels) {
      const label = labelOf(r.to);
      if (label === undefined) {
        problem(node, r.field, `unknown reference "${r.to}": no ${r.toLabels.join(" or ")} has this id`);
      } else if (!r.toLabels.includes(label as GraphNode["label"])) {
        problem(node, r.field, `"${r.to}" is a ${label}; expected a ${r.toLabels.join(" or ")}`);
      }
    }
  }

  // A conviction's charges, and a sentence's conviction, must be the same defendant's.
  const defendantOf = (node: GraphNode | undefined, type: string) => node?.rels.find((r) => r.type === type)?.to;
  for (const node of byId.values()) {
    const defendant = defendantOf(node, node.label === "Conviction" ? "CONVICTS" : "SENTENCES");
    for (const r of node.rels.filter((x) => x.type === "ON_CHARGE" || x.type === "FOR_CONVICTION")) {
      const target = byId.get(r.to);
      const targetDefendant = defendantOf(target, r.type === "ON_CHARGE" ? "CHARGED_AGAINST" : "CONVICTS");
      if (target && targetDefendant !== defendant) {
        problem(node, r.field, `"${r.to}" belongs to defendant "${targetDefendant}", not "${defendant}"`);
      }
    }
  }
  return problems;
}

async function labelsInGraph(driver: Driver, database: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const { records } = await driver.executeQuery(cypher("import/labels_of_ids"), { ids }, { database, routing: "READ" });
  return new Map(records.map((r) => [r.get("id") as string, r.get("label") as string]));
}
