import type { Record as Neo4jRecord } from "neo4j-driver";
import { z } from "zod";
import { RowShapeError } from "../errors.ts";
import { cypher } from "./cypher.ts";

/**
 * A named Cypher query (cypher/<name>.cypher) with the decoder of its result. Rows cross from
 * Cypher into TypeScript only through a decoder, which fails loudly on a missing column or a
 * value of another type, so that a renamed column is an error, never the text "undefined".
 */
export interface Query<T> {
  name: string;
  text: string;
  decode: (records: Neo4jRecord[], name: string) => T;
  /** Counted against the limit on expensive queries that may run at once (QueryRunner). */
  heavy: boolean;
}

export function defineQuery<T>(name: string, decode: Query<T>["decode"], { heavy = false }: { heavy?: boolean } = {}): Query<T> {
  return { name, text: cypher(name), decode, heavy };
}

/** Every row, each decoded by `schema`. */
export function allRows<S extends z.ZodType>(schema: S): Query<z.output<S>[]>["decode"] {
  return (records, name) => records.map((record, index) => decodeRow(schema, record, name, index));
}

/** Exactly one row. */
export function oneRow<S extends z.ZodType>(schema: S): Query<z.output<S>>["decode"] {
  return (records, name) => {
    if (records.length !== 1) throw new RowShapeError(`cypher/${name}.cypher returned ${records.length} rows where it must return 1.`);
    return decodeRow(schema, records[0]!, name, 0);
  };
}

/** One row, or none (undefined): an id that matches nothing. */
export function optionalRow<S extends z.ZodType>(schema: S): Query<z.output<S> | undefined>["decode"] {
  return (records, name) => {
    if (records.length > 1) throw new RowShapeError(`cypher/${name}.cypher returned ${records.length} rows where it may return 1 at most.`);
    return records[0] === undefined ? undefined : decodeRow(schema, records[0], name, 0);
  };
}

/** No result expected (writes whose effect is all there is). */
export const noRows: Query<void>["decode"] = () => undefined;

function decodeRow<S extends z.ZodType>(schema: S, record: Neo4jRecord, name: string, index: number): z.output<S> {
  const result = schema.safeParse(record.toObject());
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "(row)"}: ${issue.message}`);
  throw new RowShapeError(`cypher/${name}.cypher, row ${index + 1}: ${problems.join("; ")}`);
}
