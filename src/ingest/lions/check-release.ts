import { existsSync, readFileSync, statSync } from "node:fs";
import { CaseloadReleaseError } from "../../errors.ts";
import { builtInLayouts, type TableLayout } from "./layouts.ts";
import { readTable } from "./read-table.ts";
import { layoutDifferences, parseReadmeLayouts, releaseLayouts } from "./readme-layouts.ts";
import { readmeFile, tableFiles } from "./table-files.ts";

export interface TableSummary {
  table: string;
  files: string[];
  rows: number;
  bytes: number;
}

export interface ReleaseCheck {
  /** Where the layouts came from: the release's README.TXT, or the built-in FY2018 ones. */
  layoutsFrom: "readme" | "built-in";
  /** Where the README disagrees with the built-in layout (it is read with the README's). */
  differences: string[];
  tables: TableSummary[];
}

/**
 * Reads every table the loader uses in a release folder (whole or split per district),
 * streaming, with its layout (the README.TXT's when the release ships one), and checks
 * that each line has the layout's length. Refuses with every problem found: a table with no
 * file, a column the README lacks, a line of the wrong length (file, line, expected and
 * found lengths).
 */
export async function checkRelease(folder: string, progress: (line: string) => void = () => {}): Promise<ReleaseCheck> {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new CaseloadReleaseError([`${folder}: not a folder of the release's tables`]);
  const readme = readmeFile(folder);
  const given = readme === undefined ? undefined : parseReadmeLayouts(readFileSync(readme, "latin1"));
  const { layouts, missing } = releaseLayouts(builtInLayouts, given);
  const problems = missing.map((name) => `${readme}: ${name} is not in the README's layout, and the loader needs it`);
  const tables: TableSummary[] = [];
  for (const layout of layouts) {
    const files = tableFiles(folder, layout);
    if (files.length === 0) problems.push(`${folder}: no file of ${layout.table} (${layout.table.toLowerCase()}.txt, or one per district such as ${layout.table.toLowerCase()}_FLM.txt)`);
    tables.push(await readFiles(layout, files, problems, progress));
  }
  if (problems.length > 0) throw new CaseloadReleaseError(problems);
  return { layoutsFrom: given === undefined ? "built-in" : "readme", differences: given === undefined ? [] : layoutDifferences(builtInLayouts, given), tables };
}

async function readFiles(layout: TableLayout, files: string[], problems: string[], progress: (line: string) => void): Promise<TableSummary> {
  const summary: TableSummary = { table: layout.table, files, rows: 0, bytes: 0 };
  for (const file of files) {
    const read = await readTable(file, layout, {
      row: () => {},
      progress: ({ rows, bytes }) => progress(`  ${layout.table}: ${(summary.rows + rows).toLocaleString("en-US")} rows, ${megabytes(summary.bytes + bytes)}`),
    });
    summary.rows += read.rows;
    summary.bytes += read.bytes;
    problems.push(...read.problems.map((p) => `${p.file}:${p.line}: ${p.found} characters where ${layout.table} has ${p.expected}`));
    if (read.wrongLines > read.problems.length) problems.push(`${file}: ${read.wrongLines - read.problems.length} more lines of the wrong length`);
  }
  return summary;
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
