import neo4j from "neo4j-driver";
import { z } from "zod";
import { allRows, defineQuery, optionalRow } from "../db/query.ts";
import type { QueryRunner } from "../db/query-runner.ts";
import { citation, dateOf, sortCitations, type Citation } from "./columns.ts";
import type { PreciseDate } from "./dates.ts";
import { describeFact } from "./describe-fact.ts";
import { fulltextQueryFor } from "./search-text.ts";

/** One fact as a reader meets it: what it is, what it says, its date, and its sources. */
export interface Fact {
  id: string;
  label: string;
  summary: string;
  date: PreciseDate | null;
  citations: Citation[];
}

/** A node as the fact queries return it: its label, its properties and its citations. */
export const factColumns = z.object({ label: z.string(), props: z.looseObject({ id: z.string() }), citations: z.array(citation) });

/** The date property each kind of fact is dated by. */
const dateFields: Record<string, string> = {
  Conviction: "date",
  Sentence: "date",
  Investigation: "opened",
  Claim: "period",
  Source: "published",
};

export function factOf({ label, props, citations }: z.output<typeof factColumns>): Fact {
  const dateField = dateFields[label];
  return {
    id: props.id,
    label,
    summary: describeFact(label, props),
    date: dateField === undefined ? null : dateOf(props, dateField),
    citations: sortCitations(citations),
  };
}

const queries = {
  lookup: defineQuery("facts/lookup", optionalRow(factColumns)),
  search: defineQuery("facts/search", allRows(z.object({ label: z.string(), props: z.looseObject({ id: z.string() }), score: z.number() }))),
};

/** One fact by id; undefined when no fact has it. */
export async function lookup(db: QueryRunner, id: string): Promise<Fact | undefined> {
  const row = await db.read(queries.lookup, { id });
  return row === undefined ? undefined : factOf(row);
}

export interface SearchHit {
  id: string;
  label: string;
  summary: string;
  score: number;
}

/** Fulltext search over names and titles; every word of the text is searched as a plain word (see fulltextQueryFor). */
export async function search(db: QueryRunner, text: string, first: number): Promise<SearchHit[]> {
  const rows = await db.read(queries.search, { text: fulltextQueryFor(text), first: neo4j.int(first) });
  return rows.map((r) => ({ id: r.props.id, label: r.label, summary: describeFact(r.label, r.props), score: r.score }));
}
