import type { Driver, ManagedTransaction, RoutingControl } from "neo4j-driver";
import { defaultApiSettings, type ApiSettings } from "../config.ts";
import { DatabaseBusyError, DatabaseUnavailableError, QueryTimeoutError, SearchTextError } from "../errors.ts";
import { classifyDriverError, describeDriverError, lucenesReason } from "./driver.ts";
import type { Query } from "./query.ts";

export interface RunnerSettings {
  database: string;
  /** Every transaction, read or write, is stopped after this long. */
  timeoutMs: number;
  /** At most this many heavy queries run at once; one more is refused as busy. */
  heavyLimit: number;
  /** While the database is down, how often it is probed in the background. */
  probeIntervalMs?: number;
}

/** A runner over `driver` with the API's settings: its timeout and its limit on heavy queries. */
export function runnerFor(driver: Driver, database: string, api: ApiSettings = defaultApiSettings): QueryRunner {
  return new QueryRunner(driver, { database, timeoutMs: api.queryTimeoutMs, heavyLimit: api.heavyQueryLimit });
}

/** The statements of one write transaction (the importer's), each a named query. */
export interface WriteTransaction {
  run<T>(query: Query<T>, parameters?: Record<string, unknown>): Promise<T>;
}

export type DatabaseState = { up: true } | { up: false; since: Date; reason: string };

/**
 * The one way the project talks to Neo4j. Reads are marked as reads, so that a cluster or
 * Aura routes them to secondaries; every transaction carries a timeout; driver errors become
 * typed errors here and nowhere else. Two safeguards keep a struggling database from piling
 * up work: heavy queries past `heavyLimit` are refused at once as busy, with a time to retry;
 * and once the database has failed to answer, every call fails at once as unavailable while
 * a background probe waits for it to come back.
 */
export class QueryRunner {
  private heavyRunning = 0;
  private readonly heavyDurationsMs: number[] = [];
  private current: DatabaseState = { up: true };
  private probing = false;
  private closed = false;

  constructor(
    readonly driver: Driver,
    readonly settings: RunnerSettings,
  ) {}

  get database(): string {
    return this.settings.database;
  }

  read<T>(query: Query<T>, parameters: Record<string, unknown> = {}): Promise<T> {
    return this.run(query, parameters, "READ", this.settings.timeoutMs);
  }

  write<T>(query: Query<T>, parameters: Record<string, unknown> = {}, { timeoutMs = this.settings.timeoutMs } = {}): Promise<T> {
    return this.run(query, parameters, "WRITE", timeoutMs);
  }

  /** Several statements in one write transaction: all are written, or none. */
  async writeTransaction<T>(work: (tx: WriteTransaction) => Promise<T>, { timeoutMs = this.settings.timeoutMs } = {}): Promise<T> {
    this.failFastIfDown();
    const session = this.driver.session({ database: this.database, defaultAccessMode: "WRITE" });
    try {
      return await session.executeWrite(
        (tx: ManagedTransaction) =>
          work({
            run: async (query, parameters = {}) => query.decode((await tx.run(query.text, parameters)).records, query.name),
          }),
        { timeout: timeoutMs },
      );
    } catch (error) {
      throw this.translate(error);
    } finally {
      await session.close();
    }
  }

  /** Up, or known to be down since the last failure (until the background probe reaches it). */
  get state(): DatabaseState {
    return this.current;
  }

  /** Stops the background probe; the driver is closed by its owner. */
  close(): void {
    this.closed = true;
  }

  private async run<T>(query: Query<T>, parameters: Record<string, unknown>, routing: RoutingControl, timeoutMs: number): Promise<T> {
    this.failFastIfDown();
    const release = query.heavy ? this.takeHeavySlot() : undefined;
    const started = performance.now();
    let records;
    try {
      ({ records } = await this.driver.executeQuery(query.text, parameters, {
        database: this.database,
        routing,
        transactionConfig: { timeout: timeoutMs },
      }));
    } catch (error) {
      throw this.translate(error);
    } finally {
      release?.(performance.now() - started);
    }
    return query.decode(records, query.name);
  }

  private failFastIfDown(): void {
    if (!this.current.up) throw new DatabaseUnavailableError("The database is unavailable; try again shortly.");
  }

  private takeHeavySlot(): (ms: number) => void {
    if (this.heavyRunning >= this.settings.heavyLimit) throw new DatabaseBusyError(this.retryAfterSeconds());
    this.heavyRunning += 1;
    return (ms) => {
      this.heavyRunning -= 1;
      this.heavyDurationsMs.push(ms);
      if (this.heavyDurationsMs.length > 20) this.heavyDurationsMs.shift();
    };
  }

  /** About how long a running heavy query takes: the median of the last twenty. */
  private retryAfterSeconds(): number {
    const sorted = [...this.heavyDurationsMs].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 1000;
    return Math.max(1, Math.ceil(median / 1000));
  }

  /** The one place driver errors become the project's errors. */
  private translate(error: unknown): unknown {
    switch (classifyDriverError(error)) {
      case "unavailable":
        this.markDown(describeDriverError(error));
        return new DatabaseUnavailableError("The database is unavailable; try again shortly.", { cause: error });
      case "timeout":
        return new QueryTimeoutError("The query took too long and was stopped; narrow it (a shorter window, fewer fields) and try again.", {
          cause: error,
        });
      case "search-text":
        return new SearchTextError(`The fulltext index could not read the search text (${lucenesReason(error)}).`, { cause: error });
      default:
        return error;
    }
  }

  private markDown(reason: string): void {
    if (this.current.up) this.current = { up: false, since: new Date(), reason };
    if (this.probing || this.closed) return;
    this.probing = true;
    void this.probeUntilUp();
  }

  private async probeUntilUp(): Promise<void> {
    const interval = this.settings.probeIntervalMs ?? 1000;
    while (!this.current.up && !this.closed) {
      await new Promise((resolve) => setTimeout(resolve, interval).unref());
      try {
        await this.driver.verifyConnectivity({ database: this.database });
        this.current = { up: true };
      } catch {
        // Still down: probe again.
      }
    }
    this.probing = false;
  }
}
