import { z } from "zod";
import { citation, dateOf, orNull, sortCitations, type Citation } from "./columns.ts";
import type { PreciseDate } from "./dates.ts";
import { termKinds, type ValueOf } from "./vocabulary.ts";

/**
 * A sentence: its prison term, supervised release and restitution, its date and its sources.
 * A term is a number of months, life, time served, or unknown; "unknown" is never a number,
 * so a life sentence is never mistaken for one no source states.
 */
export interface Term {
  kind: ValueOf<typeof termKinds>;
  /** Set only when kind is months. */
  months: number | null;
}

export interface Sentence {
  id: string;
  date: PreciseDate;
  prison: Term;
  supervisedRelease: Term;
  restitutionUsd: number | null;
  citations: Citation[];
}

/** A term as the seed format writes it: months, or one of the words. */
export function termOf(written: number | Exclude<Term["kind"], "months">): Term {
  return typeof written === "number" ? { kind: "months", months: written } : { kind: written, months: null };
}

/** The properties a term is stored as, on the sentence node: `<name>Kind` and `<name>Months`. */
export function termProperties(name: string, term: Term): Record<string, unknown> {
  return { [`${name}Kind`]: term.kind, [`${name}Months`]: term.months };
}

const storedTermColumns = z.object({ kind: z.enum(termKinds.values).optional(), months: orNull(z.number()) });

/** A term as stored; a sentence written before terms had a kind has months or nothing. */
function storedTerm(props: Record<string, unknown>, name: string): Term {
  const { kind, months } = storedTermColumns.parse({ kind: props[`${name}Kind`] ?? undefined, months: props[`${name}Months`] });
  return { kind: kind ?? (months === null ? "unknown" : "months"), months };
}

/** Longer than any term in months: a life sentence sorts above every number. */
const lifeKey = 1_000_000;

/** The prison term a stored sentence key stands for, when it is one (life or months); null for time served, unknown or none. */
export function prisonOfKey(key: number): "life" | number | null {
  return key >= lifeKey ? "life" : key >= 0 ? key : null;
}

/**
 * Orders prison terms longest first when sorted descending: life, then months from most to
 * fewest, then time served, then unknown (and no sentence at all).
 */
export function sentenceKey(prison: Term | null): number {
  if (prison === null) return -2;
  switch (prison.kind) {
    case "life":
      return lifeKey;
    case "months":
      return prison.months!;
    case "time_served":
      return -1;
    case "unknown":
      return -2;
  }
}

/** A sentence node as queries return it: its properties and its citations. */
export const sentenceColumn = z.object({ props: z.looseObject({ id: z.string(), restitutionUsd: orNull(z.number()) }), citations: z.array(citation) });

export function sentenceOf({ props, citations }: z.output<typeof sentenceColumn>): Sentence {
  return {
    id: props.id,
    date: dateOf(props, "date"),
    prison: storedTerm(props, "prison"),
    supervisedRelease: storedTerm(props, "supervisedRelease"),
    restitutionUsd: props.restitutionUsd,
    citations: sortCitations(citations),
  };
}
