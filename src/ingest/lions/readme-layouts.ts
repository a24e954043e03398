import type { Column, TableLayout } from "./layouts.ts";

/**
 * A release's README.TXT lists every table as `GS_PART_COUNT - 186 Characters`, then one line
 * per column: name, `NOT NULL` or blank, Oracle type, and 1-based inclusive positions,
 * `DISPOSITION  VARCHAR2(2)  (87:88)`. Anything else (headings, logs, blank lines) is skipped.
 */
const tableLine = /^\s*(GS_[A-Z0-9_]+)\s+-\s+(\d+)\s+Characters\s*$/;
const columnLine = /^\s*([A-Z][A-Z0-9_]*)\s+(?:NOT NULL\s+)?[A-Z][A-Z0-9_]*(?:\(\d+(?:,\d+)?\))?\s+\((\d+):(\d+)\)\s*$/;

/** Every table layout the README gives, by table name; the first listing of a table wins. */
export function parseReadmeLayouts(text: string): Map<string, TableLayout> {
  const layouts = new Map<string, TableLayout>();
  let current: TableLayout | undefined;
  for (const line of text.split(/\r?\n/)) {
    const table = tableLine.exec(line);
    if (table) {
      current = layouts.has(table[1]!) ? undefined : { table: table[1]!, length: Number(table[2]), columns: {} };
      if (current) layouts.set(current.table, current);
      continue;
    }
    const column = columnLine.exec(line);
    if (column && current) current.columns[column[1]!] = { from: Number(column[2]), to: Number(column[3]) };
  }
  return layouts;
}

/**
 * Where the built-in layout disagrees with the release's README: a table's length or a
 * column's position. Each difference is one line; none means the built-in layout holds.
 */
export function layoutDifferences(builtIn: readonly TableLayout[], readme: Map<string, TableLayout>): string[] {
  const at = (c: Column) => `(${c.from}:${c.to})`;
  return builtIn.flatMap((layout) => {
    const given = readme.get(layout.table);
    if (given === undefined) return [];
    return [
      ...(given.length === layout.length ? [] : [`${layout.table}: the README gives ${given.length} characters a line, the built-in layout ${layout.length}`]),
      ...Object.entries(layout.columns).flatMap(([name, column]) => {
        const theirs = given.columns[name];
        if (theirs === undefined) return [`${layout.table}.${name}: not in the README`];
        return theirs.from === column.from && theirs.to === column.to ? [] : [`${layout.table}.${name}: the README gives ${at(theirs)}, the built-in layout ${at(column)}`];
      }),
    ];
  });
}

/**
 * The layouts to read a release with: the README's for the tables it lists, else the built-in
 * ones. `missing` names a column the loader needs that the README's table lacks: such a
 * release cannot be read.
 */
export function releaseLayouts(builtIn: readonly TableLayout[], readme: Map<string, TableLayout> | undefined): { layouts: TableLayout[]; missing: string[] } {
  const missing: string[] = [];
  const layouts = builtIn.map((layout) => {
    const given = readme?.get(layout.table);
    if (given === undefined) return layout;
    const columns = Object.fromEntries(
      Object.keys(layout.columns).flatMap((name) => {
        const column = given.columns[name];
        if (column === undefined) missing.push(`${layout.table}.${name}`);
        return column === undefined ? [] : [[name, column]];
      }),
    );
    return { table: layout.table, length: given.length, columns };
  });
  return { layouts, missing };
}
