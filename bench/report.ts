import type { QueryResult } from "./run-size.ts";

export interface SizeResult {
  cases: number;
  /** Records in the graph after generation, and the import that brought it there. */
  records: number;
  imported: { records: number; seconds: number };
  queries: QueryResult[];
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
    lines.push("| query | round-trips | raw p50 | raw p95 | raw p99 | GraphQL p50 | GraphQL p95 | GraphQL p99 | GraphQL p50 / raw p50 | samples (GraphQL / raw) | response bytes |");
    lines.push("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const q of s.queries) {
      if (q.failed !== undefined || q.raw === undefined || q.graphql === undefined) {
        const why = /"message":"([^"]+)"/.exec(q.failed ?? "")?.[1] ?? (q.failed ?? "").replace(/\s+/g, " ");
        lines.push(`| ${q.name} | ${q.roundTrips} | failed (${why.replaceAll("|", "/")}) |  |  |  |  |  |  |  |  |`);
        continue;
      }
      lines.push(
        `| ${q.name} | ${q.roundTrips} | ${ms(q.raw.p50)} | ${ms(q.raw.p95)} | ${ms(q.raw.p99)} | ${ms(q.graphql.p50)} | ${ms(q.graphql.p95)} | ${ms(q.graphql.p99)} | ${(q.graphql.p50 / q.raw.p50).toFixed(2)} | ${q.graphql.samples} / ${q.raw.samples} | ${thousands(q.responseBytes ?? 0)} |`,
      );
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
      const p50 = (s: SizeResult) => s.queries[i]!.raw?.p50;
      const row = report.sizes.map((s) => (p50(s) === undefined ? "failed" : ms(p50(s)!)));
      const growth = p50(last) !== undefined && p50(first) !== undefined ? (p50(last)! / p50(first)!).toFixed(1) : "-";
      lines.push(`| ${q.name} | ${row.join(" | ")} | ${growth} |`);
    }
  }
  return lines.join("\n") + "\n";
}
