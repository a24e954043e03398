import { readFileSync } from "node:fs";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { ApiContext } from "./context.ts";
import { formatError } from "./format-error.ts";
import { resolvers } from "./resolvers.ts";
import { projectRoot } from "../paths.ts";

export const typeDefs = readFileSync(path.join(projectRoot, "schema.graphql"), "utf8");

/**
 * Apollo Server over schema.graphql. Errors are masked in one place (format-error.ts). Its
 * landing page loads from a CDN, so it is off. Its own
 * signal handling is off too: it re-raises the signal after stopping, which would cut short
 * our shutdown of the HTTP server, the driver and the local Neo4j.
 */
export function createGraphqlServer(): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    typeDefs,
    resolvers,
    plugins: [ApolloServerPluginLandingPageDisabled()],
    stopOnTerminationSignals: false,
    formatError,
    includeStacktraceInErrorResponses: false,
  });
}
