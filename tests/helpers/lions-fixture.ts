import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { builtInLayouts, type TableLayout } from "../../src/ingest/lions/layouts.ts";
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
