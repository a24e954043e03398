import type { Column, TableLayout } from "./layouts.ts";
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
 * all) and the rows after the first of them are not handed on. `keep`, when given, reads
 * the line's columns first, so that rows the caller does not want cost no parsing. `progress` hears
 * the rows and bytes read so far. A stream that fails (a corrupt zip entry) rejects with the
 * file's label and the reason.
 */
export async function readTable(
  file: ReleaseFile,
  layout: TableLayout,
  { row, keep, progress = () => {} }: { row: (r: TableRow) => void; keep?: (value: (column: Column) => string) => boolean; progress?: (read: { rows: number; bytes: number }) => void },
): Promise<TableRead> {
  const columns = Object.entries(layout.columns);
  const problems: LineLengthProblem[] = [];
  let rows = 0;
  let bytes = 0;
  let wrongLines = 0;
  let number = 0;
  // Lines are cut from the bytes and only the columns wanted are decoded, each a string of its
  // own: a value sliced from a larger string would keep that whole chunk alive.
  const take = (data: Buffer, from: number, to: number) => {
    number += 1;
    if (to > from && data[to - 1] === carriageReturn) to -= 1;
    const length = to - from;
    if (length === 0) return;
    if (length !== layout.length) {
      wrongLines += 1;
      if (problems.length < listedProblems) problems.push({ file: file.label, line: number, expected: layout.length, found: length });
      return;
    }
    rows += 1;
    const value = (column: Column) => data.toString("latin1", from + column.from - 1, from + column.to).trim();
    if (wrongLines === 0 && (keep === undefined || keep(value))) row({ file: file.label, line: number, values: Object.fromEntries(columns.map(([name, column]) => [name, value(column)])) });
    if (rows % progressEvery === 0) progress({ rows, bytes });
  };
  let rest: Buffer = Buffer.alloc(0);
  // A row handler's own failure is not the file's: it goes on as it is.
  let rowFailure: unknown;
  try {
    for await (const chunk of (await file.open()) as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      const data = rest.length === 0 ? chunk : Buffer.concat([rest, chunk]);
      let from = 0;
      for (let end = data.indexOf(lineFeed, from); end !== -1; end = data.indexOf(lineFeed, from)) {
        try {
          take(data, from, end);
        } catch (error) {
          rowFailure = error;
          throw error;
        }
        from = end + 1;
      }
      rest = Buffer.from(data.subarray(from));
    }
  } catch (error) {
    if (error === rowFailure) throw error;
    throw new TableStreamError(`${file.label}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  if (rest.length > 0) take(rest, 0, rest.length);
  progress({ rows, bytes });
  return { rows, bytes, problems, wrongLines };
}

const lineFeed = 0x0a;
const carriageReturn = 0x0d;

/** A table file whose bytes could not be streamed to the end: the caller lists it among the release's problems. */
export class TableStreamError extends Error {
  override name = "TableStreamError";
}
