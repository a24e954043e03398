import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { field, type TableLayout } from "./layouts.ts";

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

/** Past this many, a table's wrong lines are not listed one by one: the table is refused either way. */
const listedProblems = 20;

/**
 * Streams one table file, line by line, never holding it: each line must be exactly the
 * layout's length (a trailing carriage return aside). Rows are handed to `row`; lines of
 * the wrong length are collected (the first 20, and how many in all) and the rows after
 * the first of them are not handed on. `progress` hears the rows and bytes read so far.
 */
export async function readTable(
  file: string,
  layout: TableLayout,
  { row, progress = () => {} }: { row: (r: TableRow) => void; progress?: (read: { rows: number; bytes: number }) => void },
): Promise<{ rows: number; bytes: number; problems: LineLengthProblem[]; wrongLines: number }> {
  const stream = createReadStream(file, { encoding: "latin1", highWaterMark: 1 << 20 });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  const columns = Object.entries(layout.columns);
  const problems: LineLengthProblem[] = [];
  let rows = 0;
  let wrongLines = 0;
  let number = 0;
  for await (const raw of lines) {
    number += 1;
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.length === 0) continue;
    if (line.length !== layout.length) {
      wrongLines += 1;
      if (problems.length < listedProblems) problems.push({ file, line: number, expected: layout.length, found: line.length });
      continue;
    }
    rows += 1;
    if (wrongLines === 0) row({ file, line: number, values: Object.fromEntries(columns.map(([name, column]) => [name, field(line, column)])) });
    if (rows % 100_000 === 0) progress({ rows, bytes: stream.bytesRead });
  }
  progress({ rows, bytes: stream.bytesRead });
  return { rows, bytes: stream.bytesRead, problems, wrongLines };
}
