import { claims as claimsOf } from "../../graph/claims.ts";
import { given, idArguments, windowArguments } from "../arguments.ts";
import type { QueryResolvers } from "../generated/resolvers.ts";

/** Published figures, filtered, with caveats against the question and their discrepancies. */
export const claims: QueryResolvers["claims"] = async (_parent, args, { db }) => {
  const window = windowArguments(args);
  const ids = await idArguments(db, [
    { argument: "claimant", kind: "claimant", values: given(args.claimant) },
    { argument: "scopeAgency", kind: "agency", values: given(args.scopeAgency) },
    { argument: "agency", kind: "agency", values: [args.agency] },
  ]);
  return claimsOf(
    db,
    { claimant: ids.get("claimant")?.[0] ?? null, metric: args.metric ?? null, period: args.period ?? null, scopeAgency: ids.get("scopeAgency")?.[0] ?? null, relatedOnly: false },
    { agency: ids.get("agency")![0]!, window },
  );
};
