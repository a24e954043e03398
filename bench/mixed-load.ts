import { randomUUID } from "node:crypto";
import { benchQueries } from "./workload.ts";

/** What a mixed load saw: answers by kind, and the writes the API acknowledged. */
export interface MixedLoadTally {
  reads: number;
  writes: number;
  /** Requests answered with an error code (UNAVAILABLE, TIMEOUT, ...) or a transport failure. */
  failures: Record<string, number>;
  /** Ids of the sources whose addSource the API answered with success. */
  acknowledged: string[];
  /** Every request's time to answer, in ms, with when it started (ms since the load began). */
  samples: { at: number; ms: number; ok: boolean }[];
}

export interface MixedLoad {
  tally: MixedLoadTally;
  stop(): Promise<void>;
}

/** A source document that only a benchmark writes: syn- id, example.org URL. */
function syntheticSource(id: string): string {
  return JSON.stringify({
    sources: [
      {
        id,
        kind: "press_release",
        publisher: "Synthetic Publisher",
        title: `Synthetic load release ${id}`,
        url: `https://example.org/synthetic/load/${id}`,
        published: "2024-06-01",
        retrieved: "2026-11-26",
      },
    ],
  });
}

/**
 * `clients` loops, each sending one request after another to the API: one write (addSource)
 * in `writeEvery`, the other requests the benchmark's point questions (provenance, page,
 * source impact, search) over a graph of `cases` synthetic cases. Each request gives up
 * after `timeoutMs`, which counts as a failure.
 */
export function startMixedLoad(
  graphqlUrl: string,
  {
    clients,
    cases,
    token,
    writeEvery = 5,
    timeoutMs = 10_000,
    keep = true,
  }: { clients: number; cases: number; token: string; writeEvery?: number; timeoutMs?: number; /** false: count only, so a long run holds no growing lists. */ keep?: boolean },
): MixedLoad {
  const run = randomUUID().slice(0, 8);
  const reads = benchQueries.filter((q) => q.name !== "tally");
  const tally: MixedLoadTally = { reads: 0, writes: 0, failures: {}, acknowledged: [], samples: [] };
  const began = Date.now();
  let stopped = false;
  let sequence = 0;
  const fail = (code: string) => (tally.failures[code] = (tally.failures[code] ?? 0) + 1);

  const client = async () => {
    while (!stopped) {
      const n = sequence++;
      const write = n % writeEvery === 0;
      const id = `syn-load-${run}-${n}`;
      const q = reads[n % reads.length]!;
      const body = write
        ? { query: "mutation Add($d: String!) { addSource(document: $d) { created } }", variables: { d: syntheticSource(id) } }
        : { query: q.query, variables: q.variables(cases) };
      const started = Date.now();
      let ok = false;
      try {
        const response = await fetch(graphqlUrl, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(timeoutMs),
        });
        const json = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        if (json.errors?.length) fail(json.errors[0]!.extensions?.code ?? `HTTP ${response.status}`);
        else {
          ok = true;
          if (write && keep) tally.acknowledged.push(id);
        }
      } catch (error) {
        fail((error as Error).name === "TimeoutError" ? "CLIENT_TIMEOUT" : "TRANSPORT");
      }
      if (write) tally.writes += 1;
      else tally.reads += 1;
      if (keep) tally.samples.push({ at: started - began, ms: Date.now() - started, ok });
    }
  };
  const loops = Array.from({ length: clients }, client);
  return {
    tally,
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
    },
  };
}
