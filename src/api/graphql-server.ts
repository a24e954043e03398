import { readFileSync } from "node:fs";
import path from "node:path";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { ApiSettings } from "../config.ts";
import type { ApiContext } from "./context.ts";
import { formatError, isClientError } from "./format-error.ts";
import { defaultQueryLimits, queryLimitRule } from "./query-limits.ts";
import { resolvers } from "./resolvers.ts";
import { projectRoot } from "../paths.ts";

export const typeDefs = readFileSync(path.join(projectRoot, "schema.graphql"), "utf8");

/**
 * Apollo Server over schema.graphql. Errors are masked in one place (format-error.ts) and
 * logged in one place (below), with the request's id. Its landing page loads from a CDN, so
 * it is off. Its own signal handling is off too: it re-raises the signal after stopping,
 * which would cut short our shutdown of the HTTP server, the driver and the local Neo4j.
 * CSRF prevention is Apollo's default and stays on; batched requests stay refused.
 */
export function createGraphqlServer(api: ApiSettings): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    typeDefs,
    resolvers,
    plugins: [ApolloServerPluginLandingPageDisabled(), logErrors],
    stopOnTerminationSignals: false,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: api.introspection,
    hideSchemaDetailsFromClientErrors: api.production,
    validationRules: [queryLimitRule(defaultQueryLimits)],
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
  });
}

const logErrors: ApolloServerPlugin<ApiContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors, operationName }) {
        for (const error of errors) {
          if (isClientError(error)) contextValue.log.info({ operationName, code: error.extensions.code, message: error.message }, "refused");
          else contextValue.log.error({ operationName, err: error.originalError ?? error }, "failed");
        }
      },
    };
  },
};
