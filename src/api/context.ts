import type { Driver } from "neo4j-driver";

/** What every resolver receives: the shared driver and the database to query. */
export interface ApiContext {
  driver: Driver;
  database: string;
}
