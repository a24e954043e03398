import { describeFact } from "./describe-fact.ts";
import type { Agency, Citation, PreciseDate, ProvenanceStep, Source } from "./generated/resolvers.ts";

/**
 * Rows as Cypher returns them (node property maps) turned into the API's types. Queries
 * return raw properties; this is the one place they are shaped.
 */
type Props = Record<string, unknown>;

const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

export function preciseDate(value: unknown, precision: unknown, from: unknown, to: unknown): PreciseDate {
  return {
    text: text(value) ?? "unknown",
    precision: (text(precision) ?? "unknown").toUpperCase() as PreciseDate["precision"],
    from: text(from),
    to: text(to),
  };
}

/** The date stored under `name` (name, namePrecision, nameFrom, nameTo). */
export function storedDate(props: Props, name: string): PreciseDate {
  return preciseDate(props[name], props[`${name}Precision`], props[`${name}From`], props[`${name}To`]);
}

export function source(props: Props): Source {
  return {
    id: String(props.id),
    kind: String(props.kind),
    publisher: text(props.publisher),
    title: String(props.title),
    url: text(props.url),
    mirrorOfPublisher: text(props.mirrorOfPublisher),
    mirrorOfUrl: text(props.mirrorOfUrl),
    published: storedDate(props, "published"),
    retrieved: storedDate(props, "retrieved"),
    retracted: props.retracted === true,
  };
}

export interface CitationRow {
  locator: string;
  supports: string;
  source: Props;
}

export function citations(rows: CitationRow[]): Citation[] {
  return rows
    .map((row) => ({ locator: row.locator, supports: row.supports, source: source(row.source) }))
    .sort((a, b) => a.source.id.localeCompare(b.source.id) || a.locator.localeCompare(b.locator));
}

export function agency(props: Props, citationRows: CitationRow[] = []): Agency {
  return {
    id: String(props.id),
    name: String(props.name),
    abbreviation: text(props.abbreviation),
    kind: String(props.kind),
    path: (props.path as string[] | undefined) ?? [],
    citations: citations(citationRows),
  };
}

/** The date property each kind of fact is dated by. */
const dateFields: Record<string, string> = {
  Conviction: "date",
  Sentence: "date",
  Investigation: "opened",
  Claim: "period",
  Source: "published",
};

/** A fact as a provenance step: what it says, its date, its citations. */
export function factStep(label: string, props: Props, citationRows: CitationRow[]): ProvenanceStep {
  const dateField = dateFields[label];
  return {
    id: String(props.id),
    label,
    summary: describeFact(label, props),
    date: dateField === undefined ? null : storedDate(props, dateField),
    citations: citations(citationRows),
  };
}
