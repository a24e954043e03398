import { z } from "zod";
import { allRows, defineQuery } from "../db/query.ts";
import { dateFromRelease, parsePreciseDate } from "../graph/dates.ts";
import type { QueryRunner } from "../db/query-runner.ts";
import { fieldPath, type ImportProblem } from "./problems.ts";
import type { SeedDocument } from "./read-seed-files.ts";
import { recordToGraph, type GraphNode } from "./records-to-graph.ts";
import { recordSchemas, seedFileOutline, type Section } from "./seed-schema.ts";
import type { RemovedRecord } from "./write-graph.ts";

const labelsOfIds = defineQuery("import/labels_of_ids", allRows(z.object({ id: z.string(), label: z.string() })));

export interface ValidatedFile {
  nodes: GraphNode[];
  problems: ImportProblem[];
  /** Ids of records that failed validation: references to them are not reported again. */
  invalidIds: string[];
}

/**
 * Checks one seed document, record by record, so that one bad record hides no problem in
 * another; the valid records become graph nodes.
 */
export function validateFile(parsed: SeedDocument): ValidatedFile {
  const raw: unknown = parsed.content ?? {};
  const result: ValidatedFile = { nodes: [], problems: [], invalidIds: [] };
  const outline = seedFileOutline.safeParse(raw);
  if (!outline.success) {
    result.problems.push(...outline.error.issues.flatMap((issue) => describeIssue(issue, [], parsed, seedFileOutline)));
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return result;
  for (const section of Object.keys(recordSchemas) as Section[]) {
    const records = (raw as Record<string, unknown>)[section];
    if (!Array.isArray(records)) continue;
    const schema = recordSchemas[section];
    records.forEach((record: unknown, index) => {
      const checked = schema.safeParse(record);
      if (checked.success) {
        const wrongDate = dateFromReleaseProblem(raw as Record<string, unknown>, section, index, checked.data);
        if (wrongDate === undefined) result.nodes.push(recordToGraph(section, checked.data as never, parsed.file, index));
        else {
          result.problems.push({ file: parsed.file, line: parsed.lineOf(wrongDate.at), field: fieldPath(wrongDate.at), message: wrongDate.message });
          result.invalidIds.push((checked.data as { id: string }).id);
        }
        return;
      }
      result.problems.push(...checked.error.issues.flatMap((issue) => describeIssue(issue, [section, index], parsed, schema)));
      const id = (record as { id?: unknown } | null)?.id;
      if (typeof id === "string") result.invalidIds.push(id);
    });
  }
  return result;
}

/**
 * A day printed without a year is dated by one rule (dateFromRelease): the record's `date` must
 * be what the rule gives from its release's published date, so that no file picks a year by
 * hand. The release must be a source of the same file.
 */
function dateFromReleaseProblem(document: Record<string, unknown>, section: Section, index: number, record: unknown): { at: PropertyKey[]; message: string } | undefined {
  const given = (record as { yearFromRelease?: { source: string; monthDay: string }; date?: string }).yearFromRelease;
  if (given === undefined) return undefined;
  const sources = Array.isArray(document.sources) ? (document.sources as { id?: unknown; published?: unknown }[]) : [];
  const release = sources.find((s) => s?.id === given.source);
  const published = typeof release?.published === "string" ? parsePreciseDate(release.published) : undefined;
  if (published === undefined) {
    return { at: [section, index, "yearFromRelease", "source"], message: `must name a source listed in this file with a valid published date; "${given.source}" is not one` };
  }
  const expected = dateFromRelease(given.monthDay, published);
  const written = (record as { date: string }).date;
  if (written === expected.text) return undefined;
  const why =
    expected.precision === "unknown"
      ? `the release's date (${published.text}) does not settle the year of ${given.monthDay}, so the date stays unknown`
      : `${given.monthDay} printed without a year takes the latest year that puts it on or before the release's date (${published.text})`;
  return { at: [section, index, "date"], message: `must be "${expected.text}": ${why}` };
}

/** A schema issue as problems people can act on: where, and why in plain words. */
function describeIssue(issue: z.core.$ZodIssue, base: PropertyKey[], parsed: SeedDocument, schema: z.ZodType): ImportProblem[] {
  const at = [...base, ...issue.path];
  if (issue.code === "unrecognized_keys") {
    const known = Object.keys((schema as { shape?: object }).shape ?? {});
    return issue.keys.map((key) => {
      const closest = known.find((k) => editDistance(k, key) <= 2);
      return {
        file: parsed.file,
        line: parsed.lineOf([...at, key]),
        field: fieldPath([...at, key]),
        message: `unknown field${closest ? ` (did you mean "${closest}"?)` : ""}`,
      };
    });
  }
  return [
    {
      file: parsed.file,
      line: parsed.lineOf(at),
      field: at.length > 0 ? fieldPath(at) : undefined,
      message: / received undefined$/.test(issue.message) ? "missing (required)" : issue.message,
    },
  ];
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

export type LineOf = (node: GraphNode, field?: PropertyKey[]) => number | undefined;

/**
 * Checks that cross files and the graph: ids are unique, every reference names a node of the
 * right kind (in the input or already in the graph), an id already in the graph keeps its
 * label, a conviction or sentence points at the same defendant as its charges, and nothing
 * still references a record that a file no longer holds.
 */
export async function validateGraph(
  nodes: GraphNode[],
  invalidIds: ReadonlySet<string>,
  lineOf: LineOf,
  labelsOf: LabelsOf,
  removed: RemovedRecord[] = [],
): Promise<ImportProblem[]> {
  const problems: ImportProblem[] = [];
  const problem = (node: GraphNode, field: PropertyKey[], message: string) =>
    problems.push({ file: node.file, line: lineOf(node, field), field: fieldPath([...node.path, ...field]), message });

  const byId = new Map<string, GraphNode>();
  for (const node of nodes) {
    const first = byId.get(node.id);
    if (first) {
      const firstLine = lineOf(first, ["id"]) ?? "?";
      const where = first.file === node.file ? `line ${firstLine}` : `${first.file}:${firstLine}`;
      problem(node, ["id"], `duplicate id "${node.id}": already used at ${where}`);
    } else {
      byId.set(node.id, node);
    }
  }

  const outside = [...new Set(nodes.flatMap((n) => n.rels.map((r) => r.to)).filter((id) => !byId.has(id)))];
  const inGraph = await labelsOf([...outside, ...byId.keys()]);
  for (const record of removed) inGraph.delete(record.id);
  const labelOf = (id: string) => byId.get(id)?.label ?? inGraph.get(id);

  for (const node of byId.values()) {
    const existing = inGraph.get(node.id);
    if (existing !== undefined && existing !== node.label) {
      problem(node, ["id"], `id "${node.id}" already belongs to ${article(existing)} in the graph, not ${article(node.label)}`);
    }
    for (const r of node.rels) {
      const label = labelOf(r.to);
      if (label === undefined) {
        if (!invalidIds.has(r.to)) {
          problem(node, r.field, `unknown reference "${r.to}": no ${r.toLabels.join(" or ")} has this id`);
        }
      } else if (!r.toLabels.includes(label as GraphNode["label"])) {
        problem(node, r.field, `"${r.to}" is ${article(label)}; expected ${r.toLabels.map(article).join(" or ")}`);
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
  // A record its file no longer holds is removed; nothing outside the import may still need it.
  for (const record of removed.filter((r) => r.referencedBy.length > 0)) {
    problems.push({
      file: record.file,
      line: undefined,
      field: undefined,
      message: `${article(record.label)} "${record.id}" is no longer in this file, but ${record.referencedBy.map((id) => `"${id}"`).join(", ")} still reference${record.referencedBy.length === 1 ? "s" : ""} it`,
    });
  }
  return problems;
}

/** The label of each of the ids that already exists, where they exist: the graph, or the records of a load so far. */
export type LabelsOf = (ids: string[]) => Promise<Map<string, string>>;

/** The labels of the ids the graph already holds. */
export function labelsInGraph(db: QueryRunner): LabelsOf {
  return async (ids) => (ids.length === 0 ? new Map() : new Map((await db.read(labelsOfIds, { ids })).map((row) => [row.id, row.label])));
}

function article(label: string): string {
  return `${/^[AEIOU]/.test(label) ? "an" : "a"} ${label}`;
}
