import type { Driver } from "neo4j-driver";

/** What every resolver receives. */
export interface ApiContext {
  driver: Driver;
  database: string;
  /** The write token's state for this request: writes are disabled, or it was sent, or not. */
  write: "disabled" | "authorized" | "unauthorized";
}
