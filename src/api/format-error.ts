import type { GraphQLFormattedError } from "graphql";
import { DatabaseBusyError, DatabaseUnavailableError, QueryTimeoutError, SearchTextError } from "../errors.ts";
import { graphqlEnums } from "../graph/vocabulary.ts";
import { enumValue } from "./schema-enums.ts";

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

/** Whether an error was raised on purpose for the client (bad input, refused), not a fault. */
export function isClientError(error: { extensions?: Record<string, unknown> }): boolean {
  const code = error.extensions?.code;
  return typeof code === "string" && clientCodes.has(code);
}

/**
 * The one place errors become what a client sees. Deliberate errors pass through; the
 * database errors a client can act on (QueryRunner types them) get their own codes: wait
 * (UNAVAILABLE), retry after the time given (BUSY), or ask for less (TIMEOUT); a search text
 * that cannot be searched is BAD_USER_INPUT. Anything else is masked.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (isClientError(formatted)) return withEnumValues(formatted);
  // What the resolver threw, inside the GraphQLError that carries it (read without instanceof:
  // a test runner can load graphql twice).
  const cause = (error as { originalError?: unknown } | null)?.originalError ?? error;
  const answer = (code: string, extensions: Record<string, unknown> = {}) => ({
    message: (cause as Error).message,
    path: formatted.path,
    extensions: { code, ...extensions },
  });
  if (cause instanceof DatabaseUnavailableError) return answer("UNAVAILABLE");
  if (cause instanceof QueryTimeoutError) return answer("TIMEOUT");
  if (cause instanceof DatabaseBusyError) return answer("BUSY", { retryAfterSeconds: cause.retryAfterSeconds });
  // The only argument that reaches the fulltext index is search's text.
  if (cause instanceof SearchTextError) return answer("BAD_USER_INPUT", { argument: "text" });
  // Logged with the request's id by graphql-server.ts.
  return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

const allowedValues = new Map(graphqlEnums.map((vocabulary) => [vocabulary.name, vocabulary.values.map(enumValue).join(", ")]));

/**
 * GraphQL's error for a value outside an enum names the allowed values only as a "Did you
 * mean" hint, which production hides with the rest of the schema's hints; the values are
 * public (introspection lists them), so the message always names them.
 */
function withEnumValues(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const enumName = /does not exist in "(\w+)" enum/.exec(formatted.message)?.[1];
  const values = enumName === undefined ? undefined : allowedValues.get(enumName);
  if (values === undefined) return formatted;
  return { ...formatted, message: `${formatted.message.replace(/ Did you mean .*$/s, "")} Allowed values: ${values}.` };
}
