import type { Logger } from "pino";
import type { QueryRunner } from "../db/query-runner.ts";

/** What every resolver receives. */
export interface ApiContext {
  /** The one way to the database: reads and writes with their timeouts and safeguards. */
  db: QueryRunner;
  /** The write token's state for this request: writes are disabled, or it was sent, or not. */
  write: "disabled" | "authorized" | "unauthorized";
  /** Who an authorized write is recorded as: the write token's label. */
  writer: string;
  /** This request's logger, carrying its request id. */
  log: Logger;
}
