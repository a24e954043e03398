import { claims as claimsOf } from "../../graph/claims.ts";
import { windowArguments } from "../arguments.ts";
import type { QueryResolvers } from "../generated/resolvers.ts";

/** Published figures, filtered, with caveats against the question and their discrepancies. */
export const claims: QueryResolvers["claims"] = async (_parent, args, { db }) =>
  claimsOf(
    db,
    { claimant: args.claimant ?? null, metric: args.metric ?? null, period: args.period ?? null, scopeAgency: args.scopeAgency ?? null, relatedOnly: false },
    { agency: args.agency, window: windowArguments(args) },
  );
