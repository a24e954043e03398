import { agencies as allAgencies, parentIdOf } from "../../graph/agencies.ts";
import type { AgencyResolvers, QueryResolvers } from "../generated/resolvers.ts";

/** Every agency, each after its parent. */
export const agencies: QueryResolvers["agencies"] = async (_parent, _args, { db }) => allAgencies(db);

/** An agency's parent, read from the lineage every agency carries. */
export const Agency: AgencyResolvers = { parentId: (agency) => parentIdOf(agency) };
