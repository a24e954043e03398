import type { CodegenConfig } from "@graphql-codegen/cli";
import { graphqlEnums } from "./src/graph/vocabulary.ts";

/**
 * The enums' values inside the server are the vocabulary's own (convicted_plea), and GraphQL
 * shows them upper-cased (CONVICTED_PLEA): resolvers return domain values unchanged.
 */
const enumValues = Object.fromEntries(graphqlEnums.map((v) => [v.name, Object.fromEntries(v.values.map((value) => [value.toUpperCase(), value]))]));

/**
 * Types come from schema.graphql: typed resolvers for src/api, and typed operations (the
 * .graphql files in src/api/operations) for the answer report and the tests.
 * `npm run codegen` rewrites src/api/generated; a test fails when it is stale.
 */
const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: "src/api/operations/*.graphql",
  generates: {
    "src/api/generated/resolvers.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        contextType: "../context.ts#ApiContext",
        enumValues,
        // Objects that resolvers hand on and that field resolvers finish: the tally's lists
        // and a connection's total are read only when selected.
        mappers: {
          ConvictionTally: "../resolvers/conviction-tally.ts#TallyParent",
          ConvictionConnection: "../pagination.ts#ConnectionParent<ResolversTypes['ConvictionRow']>",
          ChargeConnection: "../pagination.ts#ConnectionParent<ResolversTypes['ChargeRow']>",
          // An agency keeps its lineage, which its parentId is read from.
          Agency: "../../graph/columns.ts#Agency as AgencyModel",
        },
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
    "src/api/generated/operations.ts": {
      plugins: ["typescript-operations", "typed-document-node"],
      config: { useTypeImports: true, enumsAsTypes: true },
    },
  },
};

export default config;
