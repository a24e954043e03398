import type { CaseloadQuery, ClaimsQuery, DataVersionQuery, UnreviewedQuery } from "../api/generated/operations.ts";
import type { ChargeFields, ConvictionFields, WholeTally as Tally } from "./whole-tally.ts";

type StatisticFields = ClaimsQuery["claims"][number];
type CitationFields = ConvictionFields["citations"][number];

/** The families the headline names beside its broad scope (seed/reference/offense-categories.yaml). */
export const headlineFamilies = { childSexTrafficking: "child-sex-trafficking", transportationOfAMinor: "transportation-of-a-minor" } as const;

/** Source kinds that make a claim under review rather than evidence: a conviction resting only on these is listed apart. */
const claimUnderReviewKinds: ReadonlySet<string> = new Set(["FACT_CHECK"]);

/** How the named cases were found: the graph holds only what a person found and read. */
export const howCasesWereFound =
  "The named cases were found in two ways: by hand, in searches of stored public pages (U.S. Attorney and DHS press releases, news reports) " +
  "for federal child sex-trafficking and child sexual exploitation cases that credit HSI, each look-up listed with what it found " +
  "in docs/research/case-search-log.md; and from DOJ press releases harvested from the justice.gov API, read by the extractor and " +
  "accepted one by one by a reviewer (npm run review), each fact citing the release's words. A case is in the graph only when a page " +
  "that was read states it, so the count grows with every case found and is never a total.";

/**
 * The answer report's stable JSON form (documented in docs/answer-json.md). Every figure
 * carries `citations`: numbers into `sources`.
 */
export interface AnswerReport {
  question: string;
  /** The day the report was made (yyyy-mm-dd). */
  generated: string;
  data: { version: string; records: number; sources: number; asOf: string | null };
  window: { since: string; until: string | null };
  agency: { id: string; name: string; abbreviation: string | null; path: string[] };
  rule: string;
  howCasesWereFound: string;
  bottomLine: {
    convictionsInWindow: number;
    lowerBound: boolean;
    /** Of those, the ones in families the broad scope (child sexual exploitation) takes in. */
    childSexualExploitation: number;
    childSexTrafficking: number;
    transportationOfAMinor: number;
    cases: number;
    districts: number;
    fieldOffices: number;
    notPlaceable: number;
    pendingCharges: number;
    /** In the window, from cases the agency joined as a partner and did not lead: not counted. */
    partnerOnly: number;
    /** Counted or not placeable convictions that no source but a claim under review states. */
    restingOnClaimUnderReview: number;
  };
  /** Each conviction in the window once, under its family: these add up to convictionsInWindow. */
  families: ReportFamily[];
  /** The population count from loaded caseload releases (evidence tier counted), never in the figures above. */
  caseload: ReportCaseload;
  byStatute: { statute: string | null; convictions: number; inferred: number }[];
  convictions: ReportConviction[];
  notPlaceable: ReportConviction[];
  partnerOnly: ReportConviction[];
  pendingCharges: ReportCharge[];
  statistics: ReportClaim[];
  publishedAnswers: ReportClaim[];
  discrepancies: { claim: string; statement: string; restates: string; restatedStatement: string; note: string; differences: string[]; citations: number[] }[];
  sources: ReportSource[];
  /**
   * Only when asked for (--include-unreviewed), else null: the open press-release candidates
   * that would count if a reviewer accepted them. Never in any figure above, and their
   * releases are not among `sources`.
   */
  unreviewed: ReportUnreviewed | null;
}

export type ReportUnreviewed = NonNullable<UnreviewedQuery["convictionTally"]["unreviewed"]>;
export type ReportCandidate = ReportUnreviewed["candidates"][number];

export interface ReportCaseload {
  agency: string | null;
  code: string | null;
  programs: CaseloadQuery["convictionTally"]["caseload"]["programs"];
  caveats: string[];
  citations: number[];
}

export interface ReportFamily {
  family: string | null;
  name: string;
  childSexualExploitation: boolean;
  convictions: number;
  /** How many rest on inference alone: no charge in the family names its statute in a source's words. */
  inferred: number;
}

export interface ReportCharge {
  id: string;
  description: string;
  stage: string;
  statute: string | null;
  statuteBasis: "STATED" | "INFERRED" | null;
  inference: string | null;
  victimAge: string;
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
  /** True when the source that dates it prints the day without a year (the year is the release's: docs/model.md). */
  yearFromRelease: boolean;
  method: string;
  /** The prison term of its sentence: months, life or time served (kind MONTHS, LIFE, TIME_SERVED, UNKNOWN); null with no sentence. */
  prison: { kind: string; months: number | null } | null;
  family: string | null;
  charges: ReportCharge[];
  caseId: string;
  case: string;
  investigation: string;
  district: string | null;
  districtInferred: string | null;
  leadAgency: string[];
  /** The partner agencies of its investigation, by abbreviation or name. */
  partnerAgencies: string[];
  /** True when every source it and its case cite is a claim under review (a fact-check). */
  restsOnClaimUnderReview: boolean;
  citations: number[];
}

/** A prison term in words: "120 months (10 years)", "life in prison", "time served"; null when no source states it. */
export function prisonText(prison: ReportConviction["prison"]): string | null {
  if (prison === null || prison.kind === "UNKNOWN" || (prison.kind === "MONTHS" && prison.months === null)) return null;
  if (prison.kind === "LIFE") return "life in prison";
  if (prison.kind === "TIME_SERVED") return "time served";
  return `${prison.months} months${prison.months! % 12 === 0 ? ` (${prison.months! / 12} years)` : ""}`;
}

export interface ReportClaim {
  id: string;
  statement: string;
  value: number | null;
  valueText: string | null;
  qualifier: string;
  period: string;
  scope: string;
  offenseScope: string;
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

export interface ReportInputs {
  question: string;
  generated: string;
  tally: Tally;
  claims: ClaimsQuery["claims"];
  dataVersion: DataVersionQuery["dataVersion"];
  caseload: CaseloadQuery["convictionTally"]["caseload"];
  unreviewed?: ReportUnreviewed | null;
}

export function buildAnswerReport({ question, generated, tally, claims, dataVersion, caseload, unreviewed = null }: ReportInputs): AnswerReport {
  const sources = new SourceNumbers();
  const charge = (c: ChargeFields): ReportCharge => ({
    id: c.id,
    description: c.description,
    stage: c.stage,
    statute: c.statute?.section ?? null,
    statuteBasis: c.statuteBasis ?? null,
    inference: c.inference ?? null,
    victimAge: c.victimAge,
    categories: c.categories.map((x) => x.name),
    citations: sources.cite(c.citations),
  });
  const conviction = (c: ConvictionFields): ReportConviction => {
    const everything = [...c.citations, ...c.case.citations, ...c.charges.flatMap((x) => x.citations)];
    return {
      id: c.id,
      status: c.status,
      defendant: c.defendant,
      defendantNamed: c.defendantNamed,
      date: c.date.text,
      datePrecision: c.date.precision,
      datedBy: c.datedBy ?? null,
      yearFromRelease: c.yearFrom !== null && c.yearFrom !== undefined,
      method: c.method,
      prison: c.sentence === null || c.sentence === undefined ? null : { kind: c.sentence.prison.kind, months: c.sentence.prison.months ?? null },
      family: c.family?.name ?? null,
      charges: c.charges.map(charge),
      caseId: c.case.prosecutionId,
      case: c.case.title,
      investigation: c.case.investigation,
      district: c.case.district ?? null,
      districtInferred: c.case.districtInferred ?? null,
      leadAgency: c.case.leadAgency.path,
      partnerAgencies: c.case.partnerAgencies.map((a) => a.abbreviation ?? a.name),
      restsOnClaimUnderReview: everything.length > 0 && everything.every((x) => claimUnderReviewKinds.has(x.source.kind)),
      citations: sources.cite([...c.citations, ...c.case.citations]),
    };
  };
  const claim = (s: StatisticFields): ReportClaim => ({
    id: s.id,
    statement: s.statement,
    value: s.value ?? null,
    valueText: s.valueText ?? null,
    qualifier: s.qualifier,
    period: s.period.text,
    scope: s.scopeAgency.abbreviation ?? s.scopeAgency.name,
    offenseScope: s.scopeOffense,
    claimant: s.claimant,
    caveats: s.caveats,
    discrepancies: s.discrepancies,
    citations: sources.cite(s.citations),
  });

  const convictions = tally.inWindow.map(conviction);
  const notPlaceable = tally.notPlaceable.map(conviction);
  const families: ReportFamily[] = tally.byFamily.map((f) => ({
    family: f.family?.id ?? null,
    name: f.family?.name ?? "No charge stated",
    childSexualExploitation: f.family?.childSexualExploitation ?? false,
    convictions: f.convictions,
    inferred: f.inferred,
  }));
  const inFamily = (id: string) => families.find((f) => f.family === id)?.convictions ?? 0;
  const report: AnswerReport = {
    question,
    generated,
    data: { version: dataVersion.hash, records: dataVersion.records, sources: dataVersion.sources, asOf: dataVersion.lastRetrieved ?? null },
    window: { since: tally.since, until: tally.until ?? null },
    agency: { id: tally.agency.id, name: tally.agency.name, abbreviation: tally.agency.abbreviation ?? null, path: tally.agency.path },
    rule: tally.rule,
    howCasesWereFound,
    bottomLine: {
      convictionsInWindow: tally.convictionsInWindow,
      lowerBound: tally.lowerBound,
      childSexualExploitation: families.filter((f) => f.childSexualExploitation).reduce((sum, f) => sum + f.convictions, 0),
      childSexTrafficking: inFamily(headlineFamilies.childSexTrafficking),
      transportationOfAMinor: inFamily(headlineFamilies.transportationOfAMinor),
      cases: tally.cases,
      districts: tally.districts,
      fieldOffices: tally.fieldOffices,
      notPlaceable: tally.notPlaceableCount,
      pendingCharges: tally.pendingChargeCount,
      partnerOnly: tally.partnerOnlyCount,
      restingOnClaimUnderReview: [...convictions, ...notPlaceable].filter((c) => c.restsOnClaimUnderReview).length,
    },
    families,
    caseload: {
      agency: caseload.agency ?? null,
      code: caseload.code ?? null,
      programs: caseload.programs,
      caveats: caseload.caveats,
      citations: sources.cite(caseload.releases.map((source) => ({ locator: "the whole release", supports: "The caseload figures.", source }))),
    },
    byStatute: tally.byStatute.map((s) => ({ statute: s.statute?.section ?? null, convictions: s.convictions, inferred: s.inferred })),
    convictions,
    notPlaceable,
    partnerOnly: tally.partnerOnly.map(conviction),
    pendingCharges: tally.pendingCharges.map(charge),
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
    unreviewed,
  };
  report.sources = sources.list();
  return report;
}
