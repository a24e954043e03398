import { latestSchemaVersion, readSchemaVersion } from "../db/migrate.ts";
import type { Resolvers } from "./generated/resolvers.ts";
import { claims } from "./resolvers/claims.ts";
import { convictionTally } from "./resolvers/conviction-tally.ts";
import { convictions, lookup, search } from "./resolvers/explore.ts";
import { provenance } from "./resolvers/provenance.ts";
import { sourceImpact } from "./resolvers/source-impact.ts";
import { addSource, retractSource } from "./resolvers/writes.ts";

/** Each root field runs one named Cypher query that returns its whole nested shape. */
export const resolvers: Resolvers = {
  Query: {
    convictionTally,
    claims,
    convictions,
    search,
    lookup,
    provenance,
    sourceImpact,
    schemaStatus: async (_parent, _args, { driver, database }) => ({
      version: await readSchemaVersion(driver, database),
      expectedVersion: latestSchemaVersion(),
    }),
  },
  Mutation: { addSource, retractSource },
};
