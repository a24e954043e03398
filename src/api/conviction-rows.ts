import type { CaseRow, ChargeRow, ConvictionRow } from "./generated/resolvers.ts";
import { agency, citations, preciseDate, type CitationRow } from "./mappers.ts";

/**
 * Convictions, charges and cases as the tally and list queries return them (one entry per
 * defendant), and the API rows made from them.
 */
type Props = Record<string, unknown>;

export interface ChargeResult {
  charge: Props;
  statute: Props | null;
  basis: string | null;
  inference: string | null;
  categories: { id: string; name: string }[];
  citations: CitationRow[];
}

export interface ConvictionResult {
  conviction: Props;
  date: { text: string; precision: string; from: unknown; to: unknown };
  datedBy: "plea_or_verdict" | "judgment" | null;
  status: "in" | "out" | "imprecise" | "unknown";
  sentenceMonths: number | null;
  chargeIds: string[];
  citations: CitationRow[];
}

export interface DefendantResult {
  lead: Props & { citations: CitationRow[] };
  investigation: Props;
  prosecution: Props;
  caseCitations: CitationRow[];
  defendant: Props;
  charges: ChargeResult[];
  convictions: ConvictionResult[];
}


export function chargeRow(c: ChargeResult): ChargeRow {
  return {
    id: String(c.charge.id),
    description: String(c.charge.description),
    stage: String(c.charge.stage),
    statute:
      c.statute === null
        ? null
        : {
            id: String(c.statute.id),
            section: String(c.statute.section),
            title: String(c.statute.title),
            subsection: (c.statute.subsection as string | null) ?? null,
          },
    statuteBasis: c.basis === null ? null : c.basis === "inferred" ? "INFERRED" : "STATED",
    inference: c.inference,
    categories: [...c.categories].sort((a, b) => a.id.localeCompare(b.id)),
    citations: citations(c.citations),
  };
}

export function caseOf(d: DefendantResult): CaseRow {
  return {
    prosecutionId: String(d.prosecution.id),
    title: String(d.prosecution.title),
    docket: (d.prosecution.docket as string | null) ?? null,
    district: (d.prosecution.district as string | null) ?? null,
    districtInferred: (d.prosecution.districtInferred as string | null) ?? null,
    investigation: String(d.investigation.title),
    leadAgency: agency(d.lead, d.lead.citations),
    citations: citations(d.caseCitations),
  };
}

export function convictionRow(
  c: ConvictionResult,
  d: DefendantResult,
  charges: Map<string, ChargeRow>,
  caseRow: CaseRow,
): ConvictionRow {
  return {
    id: String(c.conviction.id),
    status: c.status.toUpperCase() as ConvictionRow["status"],
    date: preciseDate(c.date.text, c.date.precision, c.date.from, c.date.to),
    datedBy: c.datedBy === null ? null : c.datedBy === "judgment" ? "JUDGMENT" : "PLEA_OR_VERDICT",
    method: String(c.conviction.method),
    defendant: String(d.defendant.name),
    defendantNamed: d.defendant.printedName !== null && d.defendant.printedName !== undefined,
    sentenceMonths: c.sentenceMonths,
    // With a statute or category filter, only the charges that match it are shown.
    charges: c.chargeIds.flatMap((id) => charges.get(id) ?? []).sort((a, b) => a.id.localeCompare(b.id)),
    case: caseRow,
    citations: citations(c.citations),
  };
}

