/**
 * The review queue at the size of a year of releases: storing N synthetic releases' candidates
 * (extraction included), then an accept (the median of three) when K candidates are already accepted, for two
 * values of K. Every judgement rewrites the accepted candidates' facts whole
 * (src/ingest/doj/release-review.ts), so its cost grows with K: the ratio of the two accepts
 * says how fast. All data is synthetic ("Synthetic ..." names, example.org URLs) and goes
 * into a database of its own (.neo4j/bench-review, ports 27688 and 27475) beside the seed
 * (whose catalog the candidates refer to), never into the one npm start or the tests use.
 *
 *   npm run bench:review -- [--releases 2000] [--accepted 100,1000]
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { cypher } from "../src/db/cypher.ts";
import { createDriver } from "../src/db/driver.ts";
import { ensureLocalNeo4j } from "../src/db/local-neo4j/local-neo4j.ts";
import { migrate } from "../src/db/migrate.ts";
import { runnerFor } from "../src/db/query-runner.ts";
import { readCandidates } from "../src/graph/release-candidates.ts";
import { reviewedReleasesFile } from "../src/graph/reviewed-releases.ts";
import { importDocuments, importSeed } from "../src/ingest/import-seed.ts";
import { judgeCandidate, storeCandidates } from "../src/ingest/doj/release-review.ts";
import { storeReleases } from "../src/ingest/doj/store-releases.ts";
import type { PressRelease } from "../src/ingest/doj/release-record.ts";
import { projectRoot } from "../src/paths.ts";

const { values } = parseArgs({ options: { releases: { type: "string", default: "2000" }, accepted: { type: "string", default: "100,1000" } } });
const count = Number(values.releases);
const levels = values.accepted.split(",").map(Number);
if (!Number.isInteger(count) || count < 1 || levels.some((k) => !Number.isInteger(k) || k < 1 || k + 3 > count)) {
  throw new Error("--releases must be a whole number, and each of --accepted a whole number at least 3 below it");
}

const words = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett", "Kilo", "Lima", "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo", "Sierra", "Tango", "Uniform", "Victor", "Whiskey", "Xray", "Yankee", "Zulu"];
// First and last names vary, as real ones do: the same-case rule compares only candidates that share both.
const nameOf = (n: number) => `${words[n % 26]} Synthetic ${words[Math.floor(n / 676) % 26]} ${words[Math.floor(n / 26) % 26]}`;
const day = (n: number) => new Date(Date.parse("2025-01-01T00:00:00Z") + (n % 365) * 86_400_000).toISOString().slice(0, 10);

/** A synthetic release of one plea: HSI Houston leads, in S.D. Tex., a charge in words. */
function release(n: number): PressRelease {
  const uuid = `00000000-0000-4000-8000-${String(900_000 + n).padStart(12, "0")}`;
  return {
    uuid,
    title: `${nameOf(n)} pleads guilty`,
    bodyHtml: `<p>HOUSTON – ${nameOf(n)}, 40, of Houston, pleaded guilty today to production of child pornography.</p><p>Homeland Security Investigations (HSI) Houston investigated the case.</p>`,
    url: `https://example.org/synthetic-review-${n}`,
    date: day(n),
    component: "USAO - Texas, Southern",
    components: ["USAO - Texas, Southern"],
    topics: [],
    changed: null,
    file: "synthetic",
  };
}

const local = await ensureLocalNeo4j(
  { dir: path.join(projectRoot, ".neo4j", "bench-review"), boltPort: 27688, httpPort: 27475, heap: "2g", pageCache: "1g", transactionMemory: "1g" },
  { log: (line) => console.error(line) },
);
const driver = createDriver({ uri: local.boltUri, user: "neo4j", password: undefined, database: "neo4j" });
const db = runnerFor(driver, "neo4j");
try {
  await migrate(db);
  // A database of its own: emptied of what an earlier run left, then the seed.
  await importDocuments([{ file: reviewedReleasesFile, content: {} }], { db, prune: true });
  await driver.executeQuery(cypher("bench/delete_review_queue"));
  await importSeed([path.join(projectRoot, "seed")], { db });

  const releases = Array.from({ length: count }, (_, n) => release(n));
  let started = performance.now();
  const stored = await storeReleases(db, releases);
  const storeSeconds = (performance.now() - started) / 1000;
  console.error(`Stored ${stored.candidates} candidates from ${count} releases in ${storeSeconds.toFixed(1)} s.`);

  const accepts: { alreadyAccepted: number; seconds: number; each: number[] }[] = [];
  const ids = (await readCandidates(db)).map((c) => c.facts.id).sort();
  for (const k of levels) {
    // K accepted, written at once: the judgements, then the facts rewritten by one store.
    await driver.executeQuery(cypher("bench/accept_candidates"), { ids: ids.slice(accepts.length === 0 ? 0 : levels[accepts.length - 1]!, k) });
    await storeCandidates(db, [], []);
    // Three accepts in a row, the median kept: the first query of a kind after a start is slower.
    const times: number[] = [];
    for (const next of ids.slice(k, k + 3)) {
      started = performance.now();
      await judgeCandidate(db, { id: next, verdict: "accepted", by: "Synthetic reviewer", why: "Synthetic." });
      times.push(Math.round((performance.now() - started) / 10) / 100);
    }
    accepts.push({ alreadyAccepted: k, seconds: [...times].sort((a, b) => a - b)[1]!, each: times });
    console.error(`An accept with ${k} already accepted: ${times.join(" s, ")} s.`);
  }
  const result = {
    measured: new Date().toISOString(),
    command: `npm run bench:review -- --releases ${count} --accepted ${levels.join(",")}`,
    releases: count,
    store: { seconds: Math.round(storeSeconds * 100) / 100, candidatesPerSecond: Math.round(stored.candidates / storeSeconds) },
    accepts,
    ratio: accepts.length > 1 ? Math.round((accepts.at(-1)!.seconds / accepts[0]!.seconds) * 10) / 10 : null,
  };
  writeFileSync(path.join(projectRoot, "bench", "results", "doj-review.json"), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
} finally {
  await driver.close();
  await local.stop();
}
