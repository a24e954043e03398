import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import type { GraphNode } from "./records-to-graph.ts";

/**
 * Validated records written as the CSV files `neo4j-admin database import` reads: one data
 * file per label and per relationship type, appended to a chunk at a time, and a header file
 * each, written last, once every value has been seen and each property's type is known.
 * A node has the labels `Entity` and its own, and the same properties as the importer writes.
 */
export interface CsvFiles {
  nodes: { label: string; files: string[] }[];
  relationships: { type: string; files: string[] }[];
}

type ColumnType = "string" | "long" | "double" | "boolean" | "date";

interface Table {
  name: string;
  data: number;
  /** Rows not yet written: written a batch at a time, not a system call per row. */
  pending: string[];
  dataFile: string;
  columns: string[];
  types: Map<string, ColumnType>;
}

export class CsvGraphWriter {
  private readonly nodes = new Map<string, Table>();
  private readonly relationships = new Map<string, Table>();
  records = 0;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  add(nodes: GraphNode[]): void {
    for (const node of nodes) {
      const props = { ...node.props, importHash: node.hash };
      const table = this.table(this.nodes, "nodes", node.label, Object.keys(props));
      this.row(table, [quote(node.id), `Entity;${node.label}`], props);
      for (const rel of node.rels) {
        const relTable = this.table(this.relationships, "relationships", rel.type, Object.keys(rel.props));
        this.row(relTable, [quote(node.id), quote(rel.to), rel.type], rel.props);
      }
      this.records += 1;
    }
  }

  /** Closes the data files and writes the headers. */
  finish(): CsvFiles {
    const header = (table: Table, fixed: string[]) =>
      [...fixed, ...table.columns.map((c) => (table.types.get(c) ?? "string") === "string" ? c : `${c}:${table.types.get(c)}`)].join(",");
    const files = (tables: Map<string, Table>, fixed: string[]) =>
      [...tables.values()].map((table) => {
        flush(table);
        closeSync(table.data);
        const headerFile = table.dataFile.replace(/\.csv$/, ".header.csv");
        writeFileSync(headerFile, `${header(table, fixed)}\n`);
        return { name: table.name, files: [headerFile, table.dataFile] };
      });
    return {
      nodes: files(this.nodes, ["id:ID", ":LABEL"]).map(({ name, files }) => ({ label: name, files })),
      relationships: files(this.relationships, [":START_ID", ":END_ID", ":TYPE"]).map(({ name, files }) => ({ type: name, files })),
    };
  }

  /** The file for one label or type with one set of properties (IN_CATEGORY has two, for instance). */
  private table(tables: Map<string, Table>, kind: string, name: string, columns: string[]): Table {
    const key = `${name}(${columns.join(",")})`;
    let table = tables.get(key);
    if (table === undefined) {
      const dataFile = path.join(this.dir, `${kind}-${name}-${tables.size}.csv`);
      table = { name, data: openSync(dataFile, "w"), pending: [], dataFile, columns, types: new Map() };
      tables.set(key, table);
    }
    return table;
  }

  private row(table: Table, fixed: string[], props: Record<string, unknown>): void {
    const cells = table.columns.map((column) => this.cell(table, column, props[column]));
    table.pending.push(`${[...fixed, ...cells].join(",")}\n`);
    if (table.pending.length >= 10_000) flush(table);
  }

  /** A value as CSV, noting its column's type: a column is a long until a fraction is seen. */
  private cell(table: Table, column: string, value: unknown): string {
    if (value === null || value === undefined) return "";
    const type: ColumnType =
      typeof value === "number" ? (Number.isInteger(value) ? "long" : "double") : typeof value === "boolean" ? "boolean" : neo4j.isDate(value as never) ? "date" : "string";
    const known = table.types.get(column);
    if (known === undefined || (known === "long" && type === "double")) table.types.set(column, type);
    else if (known !== type && !(known === "double" && type === "long")) {
      throw new Error(`Property ${column} holds both ${known} and ${type} values; a CSV column has one type.`);
    }
    return type === "string" ? quote(String(value)) : String(value);
  }
}

const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

function flush(table: Table): void {
  if (table.pending.length === 0) return;
  writeSync(table.data, table.pending.join(""));
  table.pending = [];
}
