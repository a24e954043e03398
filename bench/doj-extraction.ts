/**
 * The press-release extractor on the labelled set (tests/fixtures/doj-releases): precision and
 * recall per field, on the part tuned on and on the third set aside before tuning, with every
 * miss; and its throughput on one core (the whole set extracted again and again for at least
 * 2 s). Results go to bench/results/doj-extraction.json; tests/doj-extraction.test.ts holds
 * the figures to a fresh evaluation, so they cannot go stale.
 *
 *   npm run bench:doj
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { districtNames } from "../src/ingest/doj/district-catalog.ts";
import { extractRelease } from "../src/ingest/doj/extract-release.ts";
import { scoredFields } from "../src/ingest/doj/score-extraction.ts";
import { projectRoot } from "../src/paths.ts";
import { asRelease, evaluate, labelledPages } from "../tests/helpers/doj-labelled-set.ts";

const pages = labelledPages();
const evaluation = evaluate(pages);
const districts = districtNames();
const releases = pages.map(asRelease);
let extracted = 0;
const started = performance.now();
while (performance.now() - started < 2000) {
  for (const release of releases) extractRelease(release, districts);
  extracted += releases.length;
}
const seconds = (performance.now() - started) / 1000;
const throughput = { releases: extracted, seconds: Math.round(seconds * 100) / 100, perSecond: Math.round(extracted / seconds) };

writeFileSync(path.join(projectRoot, "bench", "results", "doj-extraction.json"), `${JSON.stringify({ measured: new Date().toISOString(), command: "npm run bench:doj", throughput, ...evaluation }, null, 2)}\n`);
const row = (part: typeof evaluation.tuned, field: (typeof scoredFields)[number]) => {
  const s = part[field];
  return `${s.precision ?? "–"} | ${s.recall ?? "–"} | ${s.truePositives}/${s.falsePositives}/${s.falseNegatives}`;
};
console.log(`${pages.length} labelled pages, ${evaluation.heldOut.length} held out; ${throughput.perSecond} releases/s on one core.`);
console.log("| field | tuned: precision | recall | TP/FP/FN | held out: precision | recall | TP/FP/FN |");
console.log("| --- | --- | --- | --- | --- | --- | --- |");
for (const field of scoredFields) console.log(`| ${field} | ${row(evaluation.tuned, field)} | ${row(evaluation.held, field)} |`);
