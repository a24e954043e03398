import type { CodegenConfig } from "@graphql-codegen/cli";

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
