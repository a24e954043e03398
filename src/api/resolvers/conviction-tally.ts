import { GraphQLError } from "graphql";
import { cypher } from "../../db/cypher.ts";
import { toNeo4jDate } from "../../graph/dates.ts";
import type { ChargeRow, ConvictionRow, ConvictionTally, QueryResolvers } from "../generated/resolvers.ts";
import { agency, type CitationRow } from "../mappers.ts";
import { caseOf, chargeRow, convictionRow, type DefendantResult } from "../conviction-rows.ts";
import { windowArguments } from "../arguments.ts";
import { selectsField } from "../selects-field.ts";
import { statistic, type StatisticResult } from "../statistic-row.ts";

export const countingRule =
  "Counts are documented lower bounds: only convictions that a cited source places inside the window are counted. " +
  "A conviction is dated by its plea or verdict; when only the judgment at sentencing is dated, that date is used. " +
  "A date keeps its precision: one that straddles an edge of the window (such as FY2023 against a window starting " +
  "2023-01-01), or that no source gives, is listed as not placeable rather than counted.";

const pendingStages = new Set(["indicted", "pending"]);

export const convictionTally: QueryResolvers["convictionTally"] = async (_parent, args, { driver, readQuery }, info) => {
  const { since, until } = windowArguments(args);
  const { records } = await driver.executeQuery(
    cypher("api/conviction_tally"),
    {
      agency: args.agency,
      since: toNeo4jDate(since),
      until: until === null ? null : toNeo4jDate(until),
      categories: args.categories ?? null,
      statutes: args.statutes ?? null,
      withCitations: selectsField(info, "citations"),
    },
    readQuery,
  );
  // The agency's row leads, then one row per defendant (see the query).
  const row = records.find((r) => r.get("agency") !== null);
  if (row === undefined) {
    throw new GraphQLError(`No agency has the id "${args.agency}".`, { extensions: { code: "BAD_USER_INPUT" } });
  }
  const agencyRow = row.get("agency") as Record<string, unknown> & { citations: CitationRow[] };
  const root = agency(agencyRow, agencyRow.citations);
  const defendants = records.map((r) => r.get("defendant") as DefendantResult | null).filter((d) => d !== null);

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
