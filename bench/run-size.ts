import type { Driver } from "neo4j-driver";
import { startHttpServer } from "../src/api/http-server.ts";
import { BenchmarkError } from "../src/errors.ts";
import type { BenchDatabase } from "./bench-database.ts";
import { measure, type Latency } from "./latency.ts";
import { recordingDriver, type RecordedQuery } from "./recording-driver.ts";
import { benchQueries } from "./workload.ts";

export interface QueryResult {
  name: string;
  what: string;
  /** Set when the query failed at this size; the figures below are then absent. */
  failed?: string;
  /** Cypher round-trips the API made for one request. */
  roundTrips: number;
  /** (a) the same Cypher and parameters sent through the driver; (b) our GraphQL API over HTTP. */
  raw?: Latency;
  graphql?: Latency;
  /** Bytes of the GraphQL response, to explain growth. */
  responseBytes?: number;
}

/** Every benchmark query at the graph's current size: raw Cypher against our API, same data. */
export async function runQueries(
  db: BenchDatabase,
  cases: number,
  { warmup, iterations, budgetMs, progress }: { warmup: number; iterations: number; budgetMs: number; progress: (line: string) => void },
): Promise<QueryResult[]> {
  const recording = recordingDriver(db.driver);
  const server = await startHttpServer({ driver: recording.driver, database: db.connection.database, host: "127.0.0.1", port: 0 });
  try {
    const results: QueryResult[] = [];
    for (const q of benchQueries) {
      const body = JSON.stringify({ query: q.query, variables: q.variables(cases) });
      const post = async () => {
        const response = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
        const text = await response.text();
        if (!response.ok || text.includes('"errors"')) throw new BenchmarkError(`${q.name} failed: ${text.slice(0, 500)}`);
        return text;
      };
      recording.take();
      let first: string;
      try {
        first = await post();
      } catch (error) {
        // A query that fails at this size is a result too (e.g. out of transaction memory).
        const failed = (error as Error).message.slice(0, 300);
        progress(`  ${q.name.padEnd(13)} failed: ${failed}`);
        results.push({ name: q.name, what: q.what, roundTrips: recording.take().length, failed });
        continue;
      }
      const responseBytes = Buffer.byteLength(first);
      const sent = recording.take();
      const cypher = sent.filter((s): s is RecordedQuery => s !== "session");
      if (cypher.length !== 1 || sent.length !== 1) {
        throw new BenchmarkError(`${q.name} made ${sent.length} round-trips; the benchmark compares one query with one request.`);
      }
      const [recorded] = cypher as [RecordedQuery];
      const raw = () => (db.driver as Driver).executeQuery(recorded.query, recorded.parameters, recorded.config as never);
      const graphql = await measure(post, { warmup, iterations, budgetMs });
      const rawLatency = await measure(raw, { warmup, iterations, budgetMs });
      recording.take();
      results.push({ name: q.name, what: q.what, roundTrips: sent.length, raw: rawLatency, graphql, responseBytes });
      progress(
        `  ${q.name.padEnd(13)} raw p50 ${rawLatency.p50.toFixed(2)} ms, GraphQL p50 ${graphql.p50.toFixed(2)} ms ` +
          `(${(graphql.p50 / rawLatency.p50).toFixed(2)}x, ${graphql.samples}/${rawLatency.samples} samples), ${responseBytes.toLocaleString("en-US")} bytes`,
      );
    }
    return results;
  } finally {
    await server.stop();
  }
}
