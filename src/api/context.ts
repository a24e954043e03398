import type { Logger } from "pino";
import type { QueryRunner } from "../db/query-runner.ts";

/** What every resolver receives. */
export interface ApiContext {
  /** The one way to the database: reads and writes with their timeouts and safeguards. */
  db: QueryRunner;
  /** The write token's state for this request: writes are disabled, or it was sent, or not. */
  write: "disabled" | "authorized" | "unauthorized";
  /** This request's logger, carrying its request id. */
  log: Logger;
}
