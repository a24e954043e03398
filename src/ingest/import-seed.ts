import type { QueryRunner, WriteTransaction } from "../db/query-runner.ts";
import { ImportValidationError, type ImportProblem } from "./problems.ts";
import { listSeedFiles, parseSeedText, readSeedFile, type SeedDocument } from "./read-seed-files.ts";
import type { GraphNode } from "./records-to-graph.ts";
import { labelsInGraph, validateFile, validateGraph, type LineOf, type ValidatedFile } from "./validate.ts";
import { classifyChanges, countChanges, findRemovedRecords, writeChanges, type ChangeCounts } from "./write-graph.ts";

export interface ImportOptions {
  db: QueryRunner;
  /** Validate and compare with the graph, but write nothing. */
  dryRun?: boolean;
  progress?: (line: string) => void;
  /** The write transaction's timeout, when not the runner's own (a large import takes longer than a request). */
  timeoutMs?: number;
}

export interface ImportSummary {
  files: number;
  dryRun: boolean;
  /** Per label: how many records were (or, in a dry run, would be) created, updated, unchanged. */
  counts: ChangeCounts;
}

/**
 * Imports seed YAML files and folders. Everything is validated first, and every problem is
 * reported together; then all changes are written in one transaction. A file is the truth
 * about its records: one it no longer holds is removed. Importing the same files again
 * changes nothing.
 */
export async function importSeed(inputs: string[], options: ImportOptions): Promise<ImportSummary> {
  const { files, problems } = listSeedFiles(inputs);
  if (files.length === 0 && problems.length === 0) {
    problems.push({ file: inputs.join(", "), line: undefined, field: undefined, message: "no .yaml or .yml files found" });
  }
  return importParsed(files.map((file) => () => readSeedFile(file)), problems, { ...options, prune: true });
}

/** Imports one seed document given as text (the API's writes), with the same validation; it removes nothing. */
export function importSeedText(name: string, text: string, options: ImportOptions): Promise<ImportSummary> {
  return importParsed([() => parseSeedText(name, text)], [], options);
}

/** What a caller may add to an import of in-memory documents. */
export interface DocumentImportOptions extends ImportOptions {
  /** Each document is the truth about its records, as a file is: one it no longer holds is removed. */
  prune?: boolean;
  /**
   * Statements that derive more from what was written (a caseload release's current and
   * history convictions), run last in the import's own transaction, so that they are written
   * with it or not at all. Only run when the import writes something.
   */
  afterWrite?: (tx: WriteTransaction) => Promise<void>;
  /** Run `afterWrite` also when the documents change nothing (a judgement that changes no fact is still written). */
  afterWriteAlways?: boolean;
}

/**
 * Imports seed documents built in memory (the benchmark generator's, a caseload release's),
 * with the same validation and the same single transaction as files.
 */
export function importDocuments(documents: { file: string; content: unknown }[], options: DocumentImportOptions): Promise<ImportSummary> {
  return importParsed(inMemory(documents), [], options);
}

/** Files read and checked record by record: the valid records as nodes, and every problem. */
export interface ReadInput {
  nodes: GraphNode[];
  invalidIds: Set<string>;
  files: string[];
  lineOf: LineOf;
}

export function readInput(files: (() => ReturnType<typeof readSeedFile>)[], problems: ImportProblem[], progress: (line: string) => void = () => {}): ReadInput {
  const parsedFiles = new Map<string, SeedDocument>();
  const nodes: GraphNode[] = [];
  const invalidIds = new Set<string>();
  for (const [index, readFile] of files.entries()) {
    const read = readFile();
    parsedFiles.set(read.parsed.file, read.parsed);
    const validated: ValidatedFile =
      read.problems.length > 0 ? { nodes: [], problems: read.problems, invalidIds: [] } : validateFile(read.parsed);
    problems.push(...validated.problems);
    nodes.push(...validated.nodes);
    validated.invalidIds.forEach((id) => invalidIds.add(id));
    if (files.length >= 100 && (index + 1) % 100 === 0) progress(`  read ${index + 1} of ${files.length} files`);
  }
  const lineOf = (node: GraphNode, field: PropertyKey[] = []) => parsedFiles.get(node.file)?.lineOf([...node.path, ...field]);
  return { nodes, invalidIds, files: [...parsedFiles.keys()], lineOf };
}

/** Documents built in memory (the benchmark generator's), as files to read. */
export function inMemory(documents: { file: string; content: unknown }[]): (() => ReturnType<typeof readSeedFile>)[] {
  const noLines = () => undefined;
  return documents.map((d) => () => ({ parsed: { ...d, lineOf: noLines }, problems: [] }));
}

async function importParsed(
  files: (() => ReturnType<typeof readSeedFile>)[],
  problems: ImportProblem[],
  options: DocumentImportOptions,
): Promise<ImportSummary> {
  const { db, dryRun = false, progress = () => {}, prune = false, timeoutMs, afterWrite, afterWriteAlways = false } = options;
  const input = readInput(files, problems, progress);
  const removed = prune ? await findRemovedRecords(input.files, input.nodes, db) : [];
  problems.push(...(await validateGraph(input.nodes, input.invalidIds, input.lineOf, labelsInGraph(db), removed)));
  if (problems.length > 0) throw new ImportValidationError(problems);

  progress(`Validated ${input.nodes.length.toLocaleString("en-US")} records in ${files.length} files.`);
  const changes = await classifyChanges(input.nodes, db);
  if (!dryRun) await writeChanges(changes, removed, db, { progress, afterWriteAlways, ...(timeoutMs === undefined ? {} : { timeoutMs }), ...(afterWrite === undefined ? {} : { afterWrite }) });
  return { files: files.length, dryRun, counts: countChanges(changes, removed) };
}

/** "Created 12, updated 1, unchanged 40" (and removed, when any were), with a line per label. */
export function formatSummary({ files, dryRun, counts }: ImportSummary): string {
  const total = { created: 0, updated: 0, unchanged: 0, removed: 0 };
  const describe = (c: typeof total) => `${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged${c.removed > 0 ? `, ${c.removed} removed` : ""}`;
  const lines = Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([label, c]) => {
      total.created += c.created;
      total.updated += c.updated;
      total.unchanged += c.unchanged;
      total.removed += c.removed;
      return `  ${label.padEnd(16)} ${describe(c)}`;
    });
  const head = `${files} file${files === 1 ? "" : "s"}: ${describe(total)}`;
  return [dryRun ? `Dry run, nothing written. Importing ${head} records.` : `Imported ${head} records.`, ...lines].join("\n");
}
