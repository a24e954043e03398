import neo4j from "neo4j-driver";
import { z } from "zod";
import type { PreciseDate } from "./dates.ts";
import { agencyKinds, datePrecisions, sourceKinds } from "./vocabulary.ts";

/**
 * Decoders of the values Cypher returns, shared by the domain modules: each turns a column
 * into a domain value and fails, naming the column, when it is missing or of another type.
 */

/** A Neo4j Date, as yyyy-mm-dd. */
export const isoDay = z.custom<{ toString(): string }>((value) => neo4j.isDate(value as never), "expected a Neo4j Date").transform((d) => d.toString());

/** A property that may be null, which a node stores by not having it. */
export const orNull = <S extends z.ZodType>(schema: S) => schema.nullish().transform((value): z.output<S> | null => value ?? null);

export const nullableText = orNull(z.string());

/** A date as stored: the text, its precision, and the interval it may fall in. */
export const storedDate = z
  .object({ text: z.string().nullable(), precision: z.enum(datePrecisions.values).nullable(), from: isoDay.nullable(), to: isoDay.nullable() })
  .transform(
    (d): PreciseDate => ({ text: d.text ?? "unknown", precision: d.precision ?? "unknown", from: d.from, to: d.to }),
  );

/** The date stored under `name` on a node's properties (name, namePrecision, nameFrom, nameTo). */
export function dateOf(props: Record<string, unknown>, name: string): PreciseDate {
  return storedDate.parse({ text: props[name] ?? null, precision: props[`${name}Precision`] ?? null, from: props[`${name}From`] ?? null, to: props[`${name}To`] ?? null });
}

export const sourceNode = z
  .looseObject({
    id: z.string(),
    kind: z.enum(sourceKinds.values),
    publisher: nullableText,
    title: z.string(),
    url: nullableText,
    mirrorOfPublisher: nullableText,
    mirrorOfUrl: nullableText,
    retracted: z.boolean().optional(),
  })
  .transform((props) => ({
    id: props.id,
    kind: props.kind,
    publisher: props.publisher,
    title: props.title,
    url: props.url,
    mirrorOfPublisher: props.mirrorOfPublisher,
    mirrorOfUrl: props.mirrorOfUrl,
    published: dateOf(props, "published"),
    retrieved: dateOf(props, "retrieved"),
    retracted: props.retracted === true,
  }));
export type Source = z.output<typeof sourceNode>;

/** A citation as queries return it: where in the source, what it supports, the source. */
export const citation = z.object({ locator: z.string(), supports: z.string(), source: sourceNode });
export type Citation = z.output<typeof citation>;

/** Citations keyed by the id of the fact they support (`of`), as the list queries gather them. */
export const citationOf = citation.extend({ of: z.string() });

export const sortCitations = (citations: Citation[]): Citation[] =>
  [...citations].sort((a, b) => a.source.id.localeCompare(b.source.id) || a.locator.localeCompare(b.locator));

/** An agency node, with the path and lineage stored on it (src/graph/placement.ts). */
export const agencyNode = z.looseObject({
  id: z.string(),
  name: z.string(),
  abbreviation: nullableText,
  kind: z.enum(agencyKinds.values),
  path: z.array(z.string()),
  /** Its own id, then its parent's, up to the top. */
  lineage: z.array(z.string()),
});
export type AgencyNode = z.output<typeof agencyNode>;

export interface Agency extends AgencyNode {
  citations: Citation[];
}
