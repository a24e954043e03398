import type { ClaimsQuery } from "../api/generated/operations.ts";
import type { ChargeFields, ConvictionFields, WholeTally as Tally } from "./whole-tally.ts";

type StatisticFields = ClaimsQuery["claims"][number];
type CitationFields = ConvictionFields["citations"][number];

/**
 * The answer report's stable JSON form (documented in docs/answer-json.md). Every figure
 * carries `citations`: numbers into `sources`.
 */
export interface AnswerReport {
  question: string;
  window: { since: string; until: string | null };
  agency: { id: string; name: string; path: string[] };
  rule: string;
  bottomLine: {
    convictionsInWindow: number;
    lowerBound: boolean;
    cases: number;
    districts: number;
    fieldOffices: number;
    notPlaceable: number;
    pendingCharges: number;
  };
  convictions: ReportConviction[];
  notPlaceable: ReportConviction[];
  pendingCharges: ReportCharge[];
  byStatute: { statute: string | null; convictions: number }[];
  byCategory: { category: string; convictions: number }[];
  statistics: ReportClaim[];
  publishedAnswers: ReportClaim[];
  discrepancies: { claim: string; statement: string; restates: string; restatedStatement: string; note: string; differences: string[]; citations: number[] }[];
  sources: ReportSource[];
}

export interface ReportCharge {
  id: string;
  description: string;
  stage: string;
  statute: string | null;
  statuteBasis: "STATED" | "INFERRED" | null;
  inference: string | null;
  categories: string[];
  citations: number[];
}

export interface ReportConviction {
  id: string;
  status: string;
  defendant: string;
  defendantNamed: boolean;
  date: string;
  datePrecision: string;
  datedBy: string | null;
  method: string;
  sentenceMonths: number | null;
  charges: ReportCharge[];
  case: string;
  district: string | null;
  districtInferred: string | null;
  leadAgency: string[];
  citations: number[];
}

export interface ReportClaim {
  id: string;
  statement: string;
  value: number | null;
  valueText: string | null;
  qualifier: string;
  period: string;
  scope: string;
  claimant: string;
  caveats: string[];
  discrepancies: string[];
  citations: number[];
}

export interface ReportSource {
  n: number;
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  mirrorOf: string | null;
  published: string;
  locators: string[];
}

/** Numbers sources in order of first citation, and remembers where each was cited. */
class SourceNumbers {
  private readonly byId = new Map<string, ReportSource>();

  cite(citations: readonly CitationFields[]): number[] {
    return [
      ...new Set(
        citations.map((c) => {
          let entry = this.byId.get(c.source.id);
          if (entry === undefined) {
            entry = {
              n: this.byId.size + 1,
              id: c.source.id,
              title: c.source.title,
              publisher: c.source.publisher,
              url: c.source.url,
              mirrorOf: c.source.mirrorOfPublisher,
              published: c.source.published.text,
              locators: [],
            };
            this.byId.set(c.source.id, entry);
          }
          if (!entry.locators.includes(c.locator)) entry.locators.push(c.locator);
          return entry.n;
        }),
      ),
    ].sort((a, b) => a - b);
  }

  list(): ReportSource[] {
    return [...this.byId.values()];
  }
}

export function buildAnswerReport(question: string, tally: Tally, claims: ClaimsQuery["claims"]): AnswerReport {
  const sources = new SourceNumbers();
  const charge = (c: ChargeFields): ReportCharge => ({
    id: c.id,
    description: c.description,
    stage: c.stage,
    statute: c.statute?.section ?? null,
    statuteBasis: c.statuteBasis ?? null,
    inference: c.inference ?? null,
    categories: c.categories.map((x) => x.name),
    citations: sources.cite(c.citations),
  });
  const conviction = (c: ConvictionFields): ReportConviction => ({
    id: c.id,
    status: c.status,
    defendant: c.defendant,
    defendantNamed: c.defendantNamed,
    date: c.date.text,
    datePrecision: c.date.precision,
    datedBy: c.datedBy ?? null,
    method: c.method,
    sentenceMonths: c.sentenceMonths ?? null,
    charges: c.charges.map(charge),
    case: c.case.title,
    district: c.case.district ?? null,
    districtInferred: c.case.districtInferred ?? null,
    leadAgency: c.case.leadAgency.path,
    citations: sources.cite([...c.citations, ...c.case.citations]),
  });
  const claim = (s: StatisticFields): ReportClaim => ({
    id: s.id,
    statement: s.statement,
    value: s.value ?? null,
    valueText: s.valueText ?? null,
    qualifier: s.qualifier,
    period: s.period.text,
    scope: s.scopeAgency.abbreviation ?? s.scopeAgency.name,
    claimant: s.claimant,
    caveats: s.caveats,
    discrepancies: s.discrepancies,
    citations: sources.cite(s.citations),
  });

  const report: AnswerReport = {
    question,
    window: { since: tally.since, until: tally.until ?? null },
    agency: { id: tally.agency.id, name: tally.agency.name, path: tally.agency.path },
    rule: tally.rule,
    bottomLine: {
      convictionsInWindow: tally.convictionsInWindow,
      lowerBound: tally.lowerBound,
      cases: tally.cases,
      districts: tally.districts,
      fieldOffices: tally.fieldOffices,
      notPlaceable: tally.notPlaceableCount,
      pendingCharges: tally.pendingChargeCount,
    },
    convictions: tally.inWindow.map(conviction),
    notPlaceable: tally.notPlaceable.map(conviction),
    pendingCharges: tally.pendingCharges.map(charge),
    byStatute: tally.byStatute.map((s) => ({ statute: s.statute?.section ?? null, convictions: s.convictions })),
    byCategory: tally.byCategory.map((c) => ({ category: c.category.name, convictions: c.convictions })),
    statistics: tally.statistics.map(claim),
    publishedAnswers: claims.filter((c) => c.claimantSourceKind === "fact_check").map(claim),
    discrepancies: claims
      .filter((c) => c.discrepancies.length > 0 && c.restates)
      .map((c) => ({
        claim: c.id,
        statement: c.statement,
        restates: c.restates!.id,
        restatedStatement: c.restates!.statement,
        note: c.restates!.note,
        differences: c.discrepancies,
        citations: sources.cite([...c.citations, ...c.restates!.citations]),
      })),
    sources: [],
  };
  report.sources = sources.list();
  return report;
}
