import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jConnection } from "../config.ts";
import { DatabaseUnavailableError } from "../errors.ts";

/**
 * One driver per process. Integers come back as JavaScript numbers: every count and id this
 * project stores is far below 2^53. Transient failures are retried for 2 s, not the driver's
 * default 30 s, so that a database that is down is reported while the client still waits.
 */
export function createDriver(connection: Neo4jConnection): Driver {
  // No token means scheme "none", which a server with authentication disabled expects.
  const auth = connection.password === undefined ? undefined : neo4j.auth.basic(connection.user, connection.password);
  return neo4j.driver(connection.uri, auth, {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 2_000,
  });
}

/** Fails with a readable error when the database does not answer. */
export async function verifyConnection(driver: Driver, connection: Neo4jConnection): Promise<void> {
  try {
    await driver.verifyConnectivity({ database: connection.database });
  } catch (error) {
    throw new DatabaseUnavailableError(
      `Cannot reach Neo4j at ${connection.uri} (database "${connection.database}"): ${describeDriverError(error)}`,
    );
  }
}

/**
 * Codes of a transaction stopped for running past its timeout; one stopped while it waited
 * for a lock says LockClientStopped.
 */
const timeoutCodes = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.ClientError.Transaction.LockClientStopped",
]);

/** Driver codes that mean the database cannot be reached right now. */
const unavailableCodes = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

/**
 * A fulltext query Lucene could not parse, or one past its limit on clauses: the search text's
 * fault, not the server's. Read from the message, as Neo4j gives such failures only the
 * generic ProcedureCallFailed code; a missing index fails with the same code and another message.
 */
const fulltextQueryFailure = /org\.apache\.lucene\.queryparser\.|TooMany\w*Clauses/;

/**
 * What a driver error means for the caller: the database is down, the query ran too long,
 * the fulltext index could not read the search text, or none of these.
 */
export function classifyDriverError(error: unknown): "unavailable" | "timeout" | "search-text" | undefined {
  const code = neo4jCode(error);
  if (code === undefined) return undefined;
  if (unavailableCodes.has(code)) return "unavailable";
  if (timeoutCodes.has(code)) return "timeout";
  if (code === "Neo.ClientError.Procedure.ProcedureCallFailed" && fulltextQueryFailure.test((error as Error).message)) return "search-text";
  return undefined;
}

/**
 * The driver's error code, if this is a driver error. Read by name, not `instanceof`: a test
 * runner or a bundler can load the driver's classes twice.
 */
function neo4jCode(error: unknown): string | undefined {
  const code = error instanceof Error && error.name === "Neo4jError" ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}

/** Driver errors as text, for messages. */
export function describeDriverError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" && code !== "" ? `${error.message} [${code}]` : error.message;
  }
  return String(error);
}

/** The first line of what Lucene said, without the procedure's preamble or the parser's list of expected tokens. */
export function lucenesReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = message.match(/Caused by: (?:[\w.$]+\.)?(\w+(?:\$\w+)?): ([^\n]*)/);
  return (cause === null ? message.split("\n")[0]! : `${cause[1]}: ${cause[2]}`).slice(0, 200);
}
