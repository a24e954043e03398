import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import type { Neo4jError } from "neo4j-driver";

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

/** Codes of a transaction stopped for running past its timeout. */
const timeoutCodes = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
]);

/** Driver codes that mean the database cannot be reached right now. */
const unavailableCodes = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

/** Whether an error was raised on purpose for the client (bad input, refused), not a fault. */
export function isClientError(error: { extensions?: Record<string, unknown> }): boolean {
  const code = error.extensions?.code;
  return typeof code === "string" && clientCodes.has(code);
}

/**
 * The one place errors become what a client sees. Deliberate errors pass through; a
 * database that is down becomes UNAVAILABLE; a query over its time becomes TIMEOUT; anything
 * else is masked.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (isClientError(formatted)) return formatted;
  const database = actionableDatabaseError(unwrapResolverError(error));
  if (database !== undefined) return { message: database.message, path: formatted.path, extensions: { code: database.code } };
  // Logged with the request's id by graphql-server.ts.
  return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

/** What a client is told about a driver error it can act on: wait, or ask for less. */
export function actionableDatabaseError(error: unknown): { message: string; code: "UNAVAILABLE" | "TIMEOUT" } | undefined {
  const code = neo4jCode(error);
  if (code !== undefined && unavailableCodes.has(code)) return { message: "The database is unavailable; try again shortly.", code: "UNAVAILABLE" };
  if (code !== undefined && timeoutCodes.has(code)) {
    return {
      message: "The query took too long and was stopped; narrow it (a shorter window, fewer fields) and try again.",
      code: "TIMEOUT",
    };
  }
  return undefined;
}

/**
 * The driver's error code, if this is a driver error. Read by name, not `instanceof`: a test
 * runner or a bundler can load the driver's classes twice.
 */
function neo4jCode(error: unknown): string | undefined {
  return error instanceof Error && error.name === "Neo4jError" && typeof (error as Neo4jError).code === "string"
    ? (error as Neo4jError).code
    : undefined;
}
