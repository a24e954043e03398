import type { Driver } from "neo4j-driver";
import { runnerFor } from "../src/db/query-runner.ts";
import { startHttpServer } from "../src/api/http-server.ts";
import { BenchmarkError } from "../src/errors.ts";
import type { BenchDatabase } from "./bench-database.ts";
import { measure, type Latency } from "./latency.ts";
import { startNeo4jGraphqlServer } from "./neo4j-graphql/server.ts";
import { recordingDriver, type RecordedQuery } from "./recording-driver.ts";
import { benchQueries, type BenchQuery } from "./workload.ts";

/** One way of asking a question: its latency, or why it failed at this size. */
export interface PathResult {
  latency?: Latency;
  failed?: string;
  /** Bytes of the response, to explain growth (GraphQL paths only). */
  responseBytes?: number;
}

export interface QueryResult {
  name: string;
  what: string;
  /** Cypher round-trips our API made for one request. */
  roundTrips: number;
  /** (a) the Cypher our API sent, sent raw through the driver with the same parameters. */
  raw: PathResult;
  /** (b) our GraphQL API over HTTP. */
  graphql: PathResult;
  /** (c) @neo4j/graphql v7 over HTTP, same data, the equivalent query. */
  neo4jGraphql: PathResult;
}

/** What every request over HTTP costs before any Cypher: `{ __typename }`, answered by Apollo alone. */
export const floorQuery = "{ __typename }";

export interface Endpoints {
  /** Our API's /graphql and @neo4j/graphql's endpoint, both served while the size is measured. */
  ours: string;
  theirs: string;
}

interface Options {
  warmup: number;
  iterations: number;
  budgetMs: number;
  progress: (line: string) => void;
}

/**
 * Every benchmark query at the graph's current size, three ways over the same data. Both
 * servers stay up until `whileServing` has run (the load test uses them).
 */
export async function runQueries(
  db: BenchDatabase,
  cases: number,
  options: Options,
  whileServing: (endpoints: Endpoints, queries: QueryResult[]) => Promise<void> = async () => {},
): Promise<{ queries: QueryResult[]; floor: Latency }> {
  const recording = recordingDriver(db.driver);
  const ours = await startHttpServer({ db: runnerFor(recording.driver, db.connection.database), host: "127.0.0.1", port: 0 });
  const theirs = await startNeo4jGraphqlServer(db.driver, db.connection.database);
  try {
    const endpoints = { ours: `${ours.url}/graphql`, theirs: theirs.url };
    const { first: _, ...floor } = await measure(graphqlPost(endpoints.ours, floorQuery, {}, "floor"), options);
    options.progress(`  HTTP and Apollo alone (${floorQuery}): p50 ${floor.p50.toFixed(2)} ms`);
    const queries: QueryResult[] = [];
    for (const q of benchQueries) queries.push(await runQuery(q, cases, db.driver, recording, endpoints, options));
    await whileServing(endpoints, queries);
    return { queries, floor };
  } finally {
    await theirs.stop();
    await ours.stop();
  }
}

async function runQuery(
  q: BenchQuery,
  cases: number,
  driver: Driver,
  recording: ReturnType<typeof recordingDriver>,
  endpoints: Endpoints,
  { warmup, iterations, budgetMs, progress }: Options,
): Promise<QueryResult> {
  const variables = q.variables(cases);
  const measured = async (call: () => Promise<unknown>): Promise<PathResult> => {
    try {
      const { first, ...latency } = await measure(call, { warmup, iterations, budgetMs });
      return { latency, responseBytes: typeof first === "string" ? Buffer.byteLength(first) : undefined };
    } catch (error) {
      // A query that fails at this size is a result too (e.g. out of transaction memory).
      return { failed: (error as Error).message.replace(/\s+/g, " ").slice(0, 300) };
    }
  };

  // One request first, to see what our API sends for it: the raw path sends the same Cypher
  // queries, one after another, as the request's resolvers do (within its round-trip budget).
  const ours = graphqlPost(endpoints.ours, q.query, variables, q.name);
  recording.take();
  const probe = await ours().then(
    () => undefined,
    (error: Error) => error.message,
  );
  const sent = recording.take();
  const cypher = sent.filter((s): s is RecordedQuery => s !== "session");
  if (probe === undefined && (cypher.length === 0 || cypher.length !== sent.length)) {
    throw new BenchmarkError(`${q.name} made ${sent.length} round-trips, ${cypher.length} of them queries: the raw path cannot replay it.`);
  }
  const graphql = await measured(ours);
  const raw =
    cypher.length === 0
      ? { failed: probe }
      : await measured(async () => {
          for (const recorded of cypher) await driver.executeQuery(recorded.query, recorded.parameters, recorded.config as never);
        });
  recording.take();
  const neo4jGraphql =
    q.neo4jGraphqlUpTo !== undefined && cases > q.neo4jGraphqlUpTo
      ? { failed: `not asked above ${q.neo4jGraphqlUpTo.toLocaleString("en-US")} cases: its answer holds every conviction (110 MB at 10^5 cases)` }
      : await measured(graphqlPost(endpoints.theirs, q.neo4jGraphql, variables, `${q.name} (@neo4j/graphql)`));

  const show = (p: PathResult) => (p.latency === undefined ? "failed" : `${p.latency.p50.toFixed(2)} ms`);
  progress(
    `  ${q.name.padEnd(13)} p50 raw ${show(raw)}, ours ${show(graphql)}, @neo4j/graphql ${show(neo4jGraphql)}` +
      (graphql.failed ?? neo4jGraphql.failed ? `; failed: ${graphql.failed ?? neo4jGraphql.failed}` : ""),
  );
  return { name: q.name, what: q.what, roundTrips: sent.length, raw, graphql, neo4jGraphql };
}

/** A POST of one GraphQL request; any error in the response fails it. Resolves to the body. */
export function graphqlPost(url: string, query: string, variables: Record<string, unknown>, name: string): () => Promise<string> {
  const body = JSON.stringify({ query, variables });
  return async () => {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
    const text = await response.text();
    if (!response.ok || text.includes('"errors"')) throw new BenchmarkError(`${name} failed: ${text.slice(0, 500)}`);
    return text;
  };
}
