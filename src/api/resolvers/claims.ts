import { cypher } from "../../db/cypher.ts";
import { windowArguments } from "../arguments.ts";
import type { QueryResolvers } from "../generated/resolvers.ts";
import { statistic, type StatisticResult } from "../statistic-row.ts";

/** Published figures, filtered, with caveats against the question and their discrepancies. */
export const claims: QueryResolvers["claims"] = async (_parent, args, { driver, readQuery }) => {
  const { since, until } = windowArguments(args);
  const { records } = await driver.executeQuery(
    cypher("api/claims"),
    {
      agency: args.agency,
      claimant: args.claimant ?? null,
      metric: args.metric ?? null,
      period: args.period ?? null,
      scopeAgency: args.scopeAgency ?? null,
    },
    readQuery,
  );
  return records.map((r) => {
    const row = r.toObject() as StatisticResult & { agency: { name: string; abbreviation: string | null } };
    return statistic(row, { agencyName: row.agency.abbreviation ?? row.agency.name, since, until });
  });
};
