import type { Driver, QueryConfig } from "neo4j-driver";
import type { Logger } from "pino";
import type { ApiSettings } from "../config.ts";

/** What every resolver receives. */
export interface ApiContext {
  driver: Driver;
  database: string;
  /** Options for every read: the database, READ routing and the transaction timeout. */
  readQuery: QueryConfig;
  /** The write token's state for this request: writes are disabled, or it was sent, or not. */
  write: "disabled" | "authorized" | "unauthorized";
  /** This request's logger, carrying its request id. */
  log: Logger;
}

/** The context of one request, or of one command that asks the API (npm run answer). */
export function createApiContext(
  driver: Driver,
  database: string,
  api: ApiSettings,
  write: ApiContext["write"],
  log: Logger,
): ApiContext {
  return { driver, database, readQuery: { database, routing: "READ", transactionConfig: { timeout: api.queryTimeoutMs } }, write, log };
}
