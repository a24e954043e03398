import { field, type TableLayout } from "./layouts.ts";
import type { ReleaseFile } from "./release-source.ts";

/** A row of a table: the loader's columns, padding removed; where it came from. */
export interface TableRow {
  file: string;
  line: number;
  values: Record<string, string>;
}

export interface LineLengthProblem {
  file: string;
  line: number;
  expected: number;
  found: number;
}

export interface TableRead {
  rows: number;
  bytes: number;
  problems: LineLengthProblem[];
  wrongLines: number;
}

/** Past this many, a table's wrong lines are not listed one by one: the table is refused either way. */
const listedProblems = 20;
const progressEvery = 100_000;

/**
 * Streams one table file (from a folder or out of a zip), line by line, never holding it:
 * each line must be exactly the layout's length (a trailing carriage return aside). Rows are
 * handed to `row`; lines of the wrong length are collected (the first 20, and how many in
 * all) and the rows after the first of them are not handed on. `keep`, when given, sees the
 * raw line first, so that rows the caller does not want cost no parsing. `progress` hears
 * the rows and bytes read so far. A stream that fails (a corrupt zip entry) rejects with the
 * file's label and the reason.
 */
export async function readTable(
  file: ReleaseFile,
  layout: TableLayout,
  { row, keep, progress = () => {} }: { row: (r: TableRow) => void; keep?: (line: string) => boolean; progress?: (read: { rows: number; bytes: number }) => void },
): Promise<TableRead> {
  const columns = Object.entries(layout.columns);
  const problems: LineLengthProblem[] = [];
  let rows = 0;
  let bytes = 0;
  let wrongLines = 0;
  let number = 0;
  const take = (raw: string) => {
    number += 1;
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.length === 0) return;
    if (line.length !== layout.length) {
      wrongLines += 1;
      if (problems.length < listedProblems) problems.push({ file: file.label, line: number, expected: layout.length, found: line.length });
      return;
    }
    rows += 1;
    if (wrongLines === 0 && (keep === undefined || keep(line))) row({ file: file.label, line: number, values: Object.fromEntries(columns.map(([name, column]) => [name, field(line, column)])) });
    if (rows % progressEvery === 0) progress({ rows, bytes });
  };
  let rest = "";
  // A row handler's own failure is not the file's: it goes on as it is.
  let rowFailure: unknown;
  try {
    const stream = await file.open();
    // Latin-1 is one character a byte, so string lengths are byte counts.
    stream.setEncoding("latin1");
    for await (const chunk of stream as AsyncIterable<string>) {
      bytes += chunk.length;
      const lines = (rest + chunk).split("\n");
      rest = lines.pop()!;
      for (const line of lines) {
        try {
          take(line);
        } catch (error) {
          rowFailure = error;
          throw error;
        }
      }
    }
  } catch (error) {
    if (error === rowFailure) throw error;
    throw new TableStreamError(`${file.label}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  if (rest.length > 0) take(rest);
  progress({ rows, bytes });
  return { rows, bytes, problems, wrongLines };
}

/** A table file whose bytes could not be streamed to the end: the caller lists it among the release's problems. */
export class TableStreamError extends Error {
  override name = "TableStreamError";
}
