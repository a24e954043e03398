import { stringify } from "csv-stringify/sync";
import type { ConvictionFieldsFragment } from "../api/generated/operations.ts";

type Conviction = ConvictionFieldsFragment;

/** What joins the values of a multi-valued cell. */
export const multiValueSeparator = "; ";

const join = (values: Iterable<string>) => [...new Set(values)].join(multiValueSeparator);

/**
 * One column of the CSV: its header and how a conviction fills it. Each column is one small
 * function, so that a column whose data the API gains later changes in one place.
 */
export interface CsvColumn {
  header: string;
  cell: (conviction: Conviction) => string;
}

/**
 * The offense families of the conviction's charges. For now the offense categories (the
 * families the answer report will use are not in the API yet).
 */
function offenseFamilies(c: Conviction): string {
  return join(c.charges.flatMap((charge) => charge.categories.map((category) => category.name)));
}

/** Each statute once, with whether a source states it or we inferred it from the charge's words. */
function statutes(c: Conviction): string {
  return join(
    c.charges.flatMap(({ statute, statuteBasis }) => (statute === null ? [] : [statuteBasis === null ? statute.section : `${statute.section} (${statuteBasis.toLowerCase()})`])),
  );
}

/** Months in prison, or life or time served; empty when no source gives the term. */
function prison(c: Conviction): string {
  const term = c.sentence?.prison;
  if (term === undefined || term.kind === "UNKNOWN") return "";
  return term.kind === "MONTHS" ? String(term.months) : term.kind === "LIFE" ? "life" : "time served";
}

/** The agencies that assisted the lead. */
function partnerAgencies(c: Conviction): string {
  return join(c.case.partnerAgencies.map((a) => a.abbreviation ?? a.name));
}

/** Every page that states the conviction, a charge of it or its case, each once. */
function sourceUrls(c: Conviction): string {
  const citations = [...c.citations, ...c.charges.flatMap((charge) => charge.citations), ...c.case.citations];
  return join(citations.flatMap((citation) => (citation.source.url === null ? [] : [citation.source.url])));
}

export const csvColumns: CsvColumn[] = [
  { header: "conviction_id", cell: (c) => c.id },
  { header: "defendant", cell: (c) => c.defendant },
  { header: "district", cell: (c) => c.case.district ?? "" },
  { header: "date", cell: (c) => c.date.text },
  { header: "date_precision", cell: (c) => c.date.precision },
  { header: "dated_by", cell: (c) => c.datedBy ?? "" },
  { header: "window_status", cell: (c) => c.status },
  { header: "offense_families", cell: offenseFamilies },
  { header: "statutes", cell: statutes },
  { header: "prison", cell: prison },
  { header: "lead_agency", cell: (c) => c.case.leadAgency.abbreviation ?? c.case.leadAgency.name },
  { header: "partner_agencies", cell: partnerAgencies },
  { header: "evidence_tier", cell: (c) => c.evidenceTier },
  { header: "source_urls", cell: sourceUrls },
];

/** The convictions as CSV (RFC 4180, a header row, CRLF line ends), one row each, in the order given. */
export function convictionsCsv(convictions: readonly Conviction[]): string {
  return stringify(
    convictions.map((c) => csvColumns.map((column) => column.cell(c))),
    { header: true, columns: csvColumns.map((column) => column.header), record_delimiter: "windows" },
  );
}
