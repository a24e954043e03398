import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { Neo4jError } from "neo4j-driver";

/** Errors raised on purpose, whose messages are written for the client. */
const clientCodes = new Set([
  "BAD_USER_INPUT",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
  "UNAUTHENTICATED",
  "FORBIDDEN",
]);

/** Driver codes that mean the database cannot be reached right now. */
const unavailableCodes = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

/**
 * The one place errors become what a client sees. Deliberate errors pass through; a
 * database that is down becomes UNAVAILABLE; anything else is logged and masked.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === "string" && clientCodes.has(code)) return formatted;
  const original = unwrapResolverError(error);
  if (original instanceof Neo4jError && unavailableCodes.has(original.code)) {
    return {
      message: "The database is unavailable; try again shortly.",
      path: formatted.path,
      extensions: { code: "UNAVAILABLE" },
    };
  }
  console.error(original);
  return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
