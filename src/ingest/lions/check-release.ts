import { CaseloadReleaseError } from "../../errors.ts";
import { readAgencyCodeTable, type AgencyCodeTable } from "./agency-code-table.ts";
import type { TableLayout } from "./layouts.ts";
import { readTable, TableStreamError } from "./read-table.ts";
import { layoutsOf } from "./release-layouts.ts";
import { openRelease, type Release, type ReleaseFile } from "./release-source.ts";
import { duplicateFiles, tableFiles } from "./table-files.ts";

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
  /** The release's agency code table (GS_AGENCY in its global_LIONS.txt), or why the built-in list is used. */
  agencyCodes: AgencyCodeTable;
}

/**
 * Reads every table the loader uses in a release (a folder, or its zips: see openRelease),
 * whole or split per district, streaming, with its layout (the README.TXT's when the release
 * ships one), and checks that each line has the layout's length. Refuses with every problem
 * found: a table with no file, a column the README lacks, a line of the wrong length (file,
 * line, expected and found lengths), a zip entry that cannot be read. Reads the agency code
 * table too, when the release ships one, with its problems (see readAgencyCodeTable).
 */
export async function checkRelease(paths: string | readonly string[], progress: (line: string) => void = () => {}): Promise<ReleaseCheck> {
  const release = await openRelease(typeof paths === "string" ? [paths] : paths);
  try {
    const { layouts, layoutsFrom, differences, problems } = await layoutsOf(release);
    const tables: TableSummary[] = [];
    for (const layout of layouts) {
      const files = releaseTableFiles(release, layout, problems);
      tables.push(await readFiles(layout, files, problems, progress));
    }
    const agencyCodes = await readAgencyCodeTable(release, problems);
    if (problems.length > 0) throw new CaseloadReleaseError(problems);
    return { layoutsFrom, differences, tables, agencyCodes };
  } finally {
    release.close();
  }
}

/** A table's files, noting in `problems` a table with none and a file that two zips both hold. */
export function releaseTableFiles(release: Release, layout: TableLayout, problems: string[]): ReleaseFile[] {
  const files = tableFiles(release.files, layout);
  const name = layout.table.toLowerCase();
  if (files.length === 0) problems.push(`${release.label}: no file of ${layout.table} (${name}.txt, or one per district such as ${name}_FLM.txt)`);
  problems.push(...duplicateFiles(files));
  return files;
}

/**
 * Reads a table's files one after another, adding their line-length and stream problems to
 * `problems` and reporting progress as `  TABLE: rows, MB`.
 */
export async function readFiles(
  layout: TableLayout,
  files: ReleaseFile[],
  problems: string[],
  progress: (line: string) => void,
  handlers: Pick<Parameters<typeof readTable>[2], "row" | "keep"> = { row: () => {} },
): Promise<TableSummary> {
  const summary: TableSummary = { table: layout.table, files: files.map((f) => f.label), rows: 0, bytes: 0 };
  for (const file of files) {
    try {
      const read = await readTable(file, layout, {
        ...handlers,
        progress: ({ rows, bytes }) => progress(`  ${layout.table}: ${(summary.rows + rows).toLocaleString("en-US")} rows, ${megabytes(summary.bytes + bytes)}`),
      });
      summary.rows += read.rows;
      summary.bytes += read.bytes;
      problems.push(...read.problems.map((p) => `${p.file}:${p.line}: ${p.found} characters where ${layout.table} has ${p.expected}`));
      if (read.wrongLines > read.problems.length) problems.push(`${file.label}: ${read.wrongLines - read.problems.length} more lines of the wrong length`);
    } catch (error) {
      if (!(error instanceof TableStreamError)) throw error;
      problems.push(error.message);
    }
  }
  return summary;
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
