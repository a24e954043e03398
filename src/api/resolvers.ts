import { latestSchemaVersion, readSchemaVersion } from "../db/migrate.ts";
import { dataVersion } from "../graph/data-version.ts";
import { graphqlEnums } from "../graph/vocabulary.ts";
import type { Resolvers } from "./generated/resolvers.ts";
import { Agency, agencies } from "./resolvers/agencies.ts";
import { claims } from "./resolvers/claims.ts";
import { ConvictionTally, convictionTally } from "./resolvers/conviction-tally.ts";
import { convictions, lookup, search } from "./resolvers/explore.ts";
import { acceptLink, candidateLink, candidateLinks, rejectLink } from "./resolvers/links.ts";
import { provenance } from "./resolvers/provenance.ts";
import { acceptReleaseCandidate, editReleaseCandidate, rejectReleaseCandidate, releaseCandidate, releaseCandidates } from "./resolvers/release-candidates.ts";
import { sourceImpact } from "./resolvers/source-impact.ts";
import { addSource, retractSource } from "./resolvers/writes.ts";
import { enumValue } from "./schema-enums.ts";

/**
 * Resolvers read the arguments, call the domain (src/graph) and hand on what it returns.
 * Enums: GraphQL shows a vocabulary's values upper-cased, and resolvers see the values
 * themselves (CONVICTED_PLEA is convicted_plea inside).
 */
const enumResolvers = Object.fromEntries(
  graphqlEnums.map((vocabulary) => [vocabulary.name, Object.fromEntries(vocabulary.values.map((value) => [enumValue(value), value]))]),
);

export const resolvers: Resolvers = {
  ...enumResolvers,
  Query: {
    convictionTally,
    claims,
    convictions,
    search,
    lookup,
    provenance,
    agencies,
    sourceImpact,
    candidateLinks,
    candidateLink,
    releaseCandidates,
    releaseCandidate,
    dataVersion: (_parent, _args, { db }) => dataVersion(db),
    schemaStatus: async (_parent, _args, { db }) => ({ version: await readSchemaVersion(db), expectedVersion: latestSchemaVersion() }),
  },
  Mutation: { addSource, retractSource, acceptLink, rejectLink, acceptReleaseCandidate, rejectReleaseCandidate, editReleaseCandidate },
  ConvictionTally,
  Agency,
  ConvictionConnection: { totalCount: (parent) => parent.totalCount() },
  ChargeConnection: { totalCount: (parent) => parent.totalCount() },
};
