import type { Latency } from "./latency.ts";
import type { LoadResult } from "./load.ts";
import type { PathResult, QueryResult } from "./run-size.ts";

export interface LoadRun {
  name: string;
  connections: number;
  seconds: number;
  result?: LoadResult;
  /** Set when the query fails at this size, so there was nothing to load. */
  failed?: string;
}

export interface SizeResult {
  cases: number;
  /** Records in the graph after generation, and the import that brought it there. */
  records: number;
  imported: { records: number; seconds: number };
  queries: QueryResult[];
  /** Our API answering `{ __typename }`: HTTP and Apollo with no Cypher. */
  floor: Latency;
  load: LoadRun[];
}

export interface BenchReport {
  date: string;
  command: string;
  machine: string;
  seed: number;
  warmup: number;
  iterations: number;
  /** Seconds per query and path after which measuring stops early. */
  budget: number;
  sizes: SizeResult[];
  /** Sizes asked for but not (yet) measured: a run writes its results after each size. */
  pending?: number[];
}

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0));
const thousands = (n: number) => Math.round(n).toLocaleString("en-US");

/** The measured part of BENCHMARKS.md: tables only, every figure from one run. */
export function renderReport(report: BenchReport): string {
  const lines: string[] = [];
  lines.push(`Measured ${report.date} with \`${report.command}\`, on ${report.machine}.`);
  lines.push(
    `Seed ${report.seed}; each latency is up to ${report.iterations} requests after up to ${report.warmup} unmeasured ones, one at a time, ` +
      `stopping early once ${report.budget} s are spent on one query and path (the samples column says how many requests).`,
  );
  if (report.pending !== undefined && report.pending.length > 0) {
    lines.push("");
    lines.push(`Not measured in this run: ${report.pending.map(thousands).join(", ")} cases (the run was still going or was stopped when this was written).`);
  }
  lines.push("");
  lines.push("### Import throughput");
  lines.push("");
  lines.push("| cases in graph | records in graph | records imported in this step | seconds | records per second |");
  lines.push("| ---: | ---: | ---: | ---: | ---: |");
  for (const s of report.sizes) {
    const rate = s.imported.seconds > 0 ? thousands(s.imported.records / s.imported.seconds) : "-";
    lines.push(`| ${thousands(s.cases)} | ${thousands(s.records)} | ${thousands(s.imported.records)} | ${s.imported.seconds.toFixed(1)} | ${rate} |`);
  }
  for (const s of report.sizes) {
    lines.push("");
    lines.push(`### Latency at ${thousands(s.cases)} cases (${thousands(s.records)} records), milliseconds`);
    lines.push("");
    lines.push(
      "| query | round-trips | raw p50 / p95 / p99 | ours p50 / p95 / p99 | @neo4j/graphql p50 / p95 / p99 | ours / raw (p50) | ours / @neo4j/graphql (p50) | samples (raw, ours, @neo4j/graphql) | response bytes (ours, @neo4j/graphql) |",
    );
    lines.push("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const q of s.queries) {
      lines.push(
        `| ${q.name} | ${q.roundTrips} | ${triple(q.raw)} | ${triple(q.graphql)} | ${triple(q.neo4jGraphql)} | ${ratio(q.graphql, q.raw)} | ` +
          `${ratio(q.graphql, q.neo4jGraphql)} | ${[q.raw, q.graphql, q.neo4jGraphql].map((p) => p.latency?.samples ?? "-").join(", ")} | ` +
          `${[q.graphql, q.neo4jGraphql].map((p) => (p.responseBytes === undefined ? "-" : thousands(p.responseBytes))).join(", ")} |`,
      );
    }
    lines.push(
      "",
      `Our API answers \`{ __typename }\`, which sends no Cypher, in p50 ${ms(s.floor.p50)} / p95 ${ms(s.floor.p95)} / p99 ${ms(s.floor.p99)} ms: ` +
        "what HTTP, Apollo and JSON cost per request on this machine, before any query.",
    );
    const failures = s.queries.flatMap((q) =>
      (["raw", "graphql", "neo4jGraphql"] as const).flatMap((path) => (q[path].failed === undefined ? [] : [`${q.name} (${pathNames[path]}): ${why(q[path].failed!)}`])),
    );
    for (const failure of failures) lines.push("", `Failed: ${failure}`);
    if (s.load.length > 0) {
      lines.push("");
      lines.push(`Load on our API at ${thousands(s.cases)} cases (autocannon, every answer compared with the expected one):`);
      lines.push("");
      lines.push("| query | connections | seconds | requests | requests/s | p50 ms | p99 ms | errors | timeouts | non-2xx | wrong answers |");
      lines.push("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
      for (const l of s.load) {
        const r = l.result;
        lines.push(
          r === undefined
            ? `| ${l.name} | ${l.connections} | ${l.seconds} | ${why(l.failed ?? "")} |  |  |  |  |  |  |  |`
            : `| ${l.name} | ${l.connections} | ${l.seconds} | ${thousands(r.requests)} | ${r.requestsPerSecond.toFixed(1)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.timeouts} | ${r.non2xx} | ${r.mismatches} |`,
        );
      }
    }
  }
  if (report.sizes.length > 1) {
    const first = report.sizes[0]!;
    const last = report.sizes[report.sizes.length - 1]!;
    lines.push("");
    lines.push(`### Growth from ${thousands(first.cases)} to ${thousands(last.cases)} cases (raw p50, milliseconds)`);
    lines.push("");
    lines.push(`| query | ${report.sizes.map((s) => thousands(s.cases)).join(" | ")} | last / first |`);
    lines.push(`| --- | ${report.sizes.map(() => "---:").join(" | ")} | ---: |`);
    for (const [i, q] of first.queries.entries()) {
      const p50 = (s: SizeResult) => s.queries[i]!.raw.latency?.p50;
      const row = report.sizes.map((s) => (p50(s) === undefined ? "failed" : ms(p50(s)!)));
      const growth = p50(last) !== undefined && p50(first) !== undefined ? (p50(last)! / p50(first)!).toFixed(1) : "-";
      lines.push(`| ${q.name} | ${row.join(" | ")} | ${growth} |`);
    }
  }
  return lines.join("\n") + "\n";
}

const pathNames = { raw: "raw", graphql: "ours", neo4jGraphql: "@neo4j/graphql" };

function triple(p: PathResult): string {
  return p.latency === undefined ? "failed" : `${ms(p.latency.p50)} / ${ms(p.latency.p95)} / ${ms(p.latency.p99)}`;
}

function ratio(a: PathResult, b: PathResult): string {
  return a.latency === undefined || b.latency === undefined ? "-" : (a.latency.p50 / b.latency.p50).toFixed(2);
}

/** The gist of a failure: the GraphQL error message when there is one. */
function why(failed: string): string {
  return (/"message":"([^"]+)"/.exec(failed)?.[1] ?? failed).replace(/\s+/g, " ").replaceAll("|", "/");
}
