import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { QueryRunner } from "../../src/db/query-runner.ts";
import { CaseloadLoadError } from "../../src/errors.ts";
import { builtInLayouts, type TableLayout } from "../../src/ingest/lions/layouts.ts";
import { removeRelease } from "../../src/ingest/lions/load-release.ts";
import { storeZip } from "./store-zip.ts";

/**
 * Synthetic caseload tables in the exact published layout: each line the table's length,
 * each value left-aligned in its column and padded with spaces. Case ids start with SYN and
 * no row holds a name.
 */
export function layoutOf(table: string): TableLayout {
  return builtInLayouts.find((l) => l.table === table)!;
}

export function fixedWidthLine(layout: TableLayout, values: Record<string, string>): string {
  const line = Array.from({ length: layout.length }, () => " ");
  for (const [name, value] of Object.entries(values)) {
    const column = layout.columns[name]!;
    const width = column.to - column.from + 1;
    if (value.length > width) throw new Error(`${layout.table}.${name}: "${value}" is wider than ${width}`);
    for (let i = 0; i < value.length; i++) line[column.from - 1 + i] = value[i]!;
  }
  return line.join("");
}

/** A folder holding these files (name → lines), each line ended by CRLF as the releases are. */
export function releaseFolder(files: Record<string, string[]>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "lions-test-"));
  for (const [name, lines] of Object.entries(files)) writeFileSync(path.join(dir, name), lines.map((l) => `${l}\r\n`).join(""), "latin1");
  return dir;
}

/** A release's Disk zip in `dir` holding these files (name → lines, CRLF-ended), stored; its path. */
export function releaseZip(dir: string, zipName: string, files: Record<string, string[]>): string {
  const zip = path.join(dir, zipName);
  writeFileSync(zip, storeZip(Object.fromEntries(Object.entries(files).map(([name, lines]) => [name, Buffer.from(lines.map((l) => `${l}\r\n`).join(""), "latin1")]))));
  return zip;
}

/** An empty scratch folder for a test's zips. */
export function scratchFolder(): string {
  return mkdtempSync(path.join(tmpdir(), "lions-zips-"));
}

export interface CodeTable {
  name: string;
  /** Column headings as the file writes them (CamelCase, e.g. MasterCode), and their widths. */
  columns: { heading: string; width: number }[];
  rows: string[][];
}

/**
 * A global_LIONS.txt in the layout the public parsers read (docs/model.md, Caseload data): the
 * code tables stacked, each a line with only its name, a blank line, a header of column names,
 * a divider of hyphen runs (one per column, a space between), then its rows, each value
 * left-aligned in its column and the row padded to the divider's width; a blank line after.
 */
export function codeTablesFile(tables: CodeTable[]): string[] {
  const line = (cells: string[], widths: number[]) =>
    cells
      .map((cell, i) => {
        if (cell.length > widths[i]!) throw new Error(`"${cell}" is wider than ${widths[i]}`);
        return cell.padEnd(widths[i]!);
      })
      .join(" ");
  return tables.flatMap(({ name, columns, rows }) => {
    const widths = columns.map((c) => c.width);
    return [name, "", line(columns.map((c) => c.heading), widths), line(widths.map((w) => "-".repeat(w)), widths), ...rows.map((r) => line(r, widths)), ""];
  });
}

/** GS_AGENCY with the columns bgaudiosi/federal-prosecutors' parse.py lists for it (dates aside), these rows (code, description). */
export function agencyCodeTable(rows: [string, string][]): CodeTable {
  return {
    name: "GS_AGENCY",
    columns: [
      { heading: "Code", width: 4 },
      { heading: "Description", width: 70 },
      { heading: "Status", width: 6 },
      { heading: "Abbrev", width: 10 },
      { heading: "MasterCode", width: 10 },
    ],
    rows: rows.map(([code, description]) => [code, description, "", "", ""]),
  };
}

/** Unloads a release a test file may have loaded, in its cleanup: one that is not loaded is refused, and there is nothing to clean. */
export async function unloadIfLoaded(db: QueryRunner, name: string): Promise<void> {
  try {
    await removeRelease(db, name);
  } catch (error) {
    if (!(error instanceof CaseloadLoadError && error.problems.some((p) => p.startsWith(`no release named "${name}" is loaded`)))) throw error;
  }
}
