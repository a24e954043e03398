import { GraphQLError } from "graphql";
import { cypher } from "../../db/cypher.ts";
import { toNeo4jDate } from "../../graph/dates.ts";
import type {
  CaseRow,
  ChargeRow,
  ConvictionRow,
  ConvictionTally,
  QueryResolvers,
} from "../generated/resolvers.ts";
import { agency, citations, preciseDate, type CitationRow } from "../mappers.ts";
import { dayArgument } from "../arguments.ts";
import { statistic, type StatisticResult } from "../statistic-row.ts";

type Props = Record<string, unknown>;

interface ChargeResult {
  charge: Props;
  statute: Props | null;
  basis: string | null;
  inference: string | null;
  categories: { id: string; name: string }[];
  citations: CitationRow[];
}

interface ConvictionResult {
  conviction: Props;
  date: { text: string; precision: string; from: unknown; to: unknown };
  datedBy: "plea_or_verdict" | "judgment" | null;
  status: "in" | "out" | "imprecise" | "unknown";
  sentenceMonths: number | null;
  chargeIds: string[];
  citations: CitationRow[];
}

interface DefendantResult {
  lead: Props & { citations: CitationRow[] };
  investigation: Props;
  prosecution: Props;
  caseCitations: CitationRow[];
  defendant: Props;
  charges: ChargeResult[];
  convictions: ConvictionResult[];
}


export const countingRule =
  "Counts are documented lower bounds: only convictions that a cited source places inside the window are counted. " +
  "A conviction is dated by its plea or verdict; when only the judgment at sentencing is dated, that date is used. " +
  "A date keeps its precision: one that straddles an edge of the window (such as FY2023 against a window starting " +
  "2023-01-01), or that no source gives, is listed as not placeable rather than counted.";

const pendingStages = new Set(["indicted", "pending"]);

export const convictionTally: QueryResolvers["convictionTally"] = async (_parent, args, { driver, database }) => {
  const since = dayArgument("since", args.since);
  const until = args.until === null || args.until === undefined ? null : dayArgument("until", args.until);
  const { records } = await driver.executeQuery(
    cypher("api/conviction_tally"),
    {
      agency: args.agency,
      since: toNeo4jDate(since),
      until: until === null ? null : toNeo4jDate(until),
      categories: args.categories ?? null,
      statutes: args.statutes ?? null,
    },
    { database, routing: "READ" },
  );
  const row = records[0];
  if (row === undefined) {
    throw new GraphQLError(`No agency has the id "${args.agency}".`, { extensions: { code: "BAD_USER_INPUT" } });
  }
  const root = agency(row.get("agency") as Props, (row.get("agency") as { citations: CitationRow[] }).citations);
  const defendants = row.get("defendants") as DefendantResult[];

  const inWindow: ConvictionRow[] = [];
  const notPlaceable: ConvictionRow[] = [];
  const pendingCharges: ChargeRow[] = [];
  const districtsBehind = new Set<string>();
  const fieldOfficesBehind = new Set<string>();
  for (const d of defendants) {
    const charges = new Map(d.charges.map((c) => [String(c.charge.id), chargeRow(c)]));
    pendingCharges.push(...[...charges.values()].filter((c) => pendingStages.has(c.stage)));
    const caseRow = caseOf(d);
    for (const c of d.convictions) {
      const conviction = convictionRow(c, d, charges, caseRow);
      if (c.status === "in") {
        inWindow.push(conviction);
        if (d.prosecution.districtId) districtsBehind.add(String(d.prosecution.districtId));
        if (d.lead.kind === "field_office") fieldOfficesBehind.add(String(d.lead.id));
      } else if (c.status !== "out") {
        notPlaceable.push(conviction);
      }
    }
  }
  const byDate = (a: ConvictionRow, b: ConvictionRow) =>
    (a.date.from ?? "").localeCompare(b.date.from ?? "") || a.id.localeCompare(b.id);

  const tally: ConvictionTally = {
    since,
    until,
    agency: root,
    rule: countingRule,
    convictionsInWindow: inWindow.length,
    lowerBound: true,
    inWindow: inWindow.sort(byDate),
    notPlaceable: notPlaceable.sort(byDate),
    pendingCharges: pendingCharges.sort((a, b) => a.id.localeCompare(b.id)),
    byStatute: countBy(
      inWindow,
      (c) => c.charges.map((ch) => ch.statute),
      (s) => s?.id ?? "",
    ).map(([statute, convictions]) => ({ statute, convictions })),
    byCategory: countBy(
      inWindow,
      (c) => c.charges.flatMap((ch) => ch.categories),
      (category) => category.id,
    ).map(([category, convictions]) => ({ category, convictions })),
    cases: new Set(inWindow.map((c) => c.case.prosecutionId)).size,
    districts: districtsBehind.size,
    fieldOffices: fieldOfficesBehind.size,
    statistics: (row.get("statistics") as StatisticResult[])
      .map((s) => statistic(s, { agencyName: root.abbreviation ?? root.name, since, until }))
      .sort((a, b) => (a.period.from ?? "").localeCompare(b.period.from ?? "") || a.id.localeCompare(b.id)),
  };
  return tally;
};


function chargeRow(c: ChargeResult): ChargeRow {
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

function caseOf(d: DefendantResult): CaseRow {
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

function convictionRow(
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

/** How many convictions have at least one charge in each group; null keys (no statute) count too. */
function countBy<T>(convictions: ConvictionRow[], groups: (c: ConvictionRow) => T[], key: (group: T) => string): [T, number][] {
  const counts = new Map<string, [T, number]>();
  for (const conviction of convictions) {
    const seen = new Set<string>();
    for (const group of groups(conviction)) {
      const k = key(group);
      if (seen.has(k)) continue;
      seen.add(k);
      const entry = counts.get(k) ?? [group, 0];
      entry[1] += 1;
      counts.set(k, entry);
    }
  }
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, entry]) => entry);
}
