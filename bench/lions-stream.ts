/**
 * How fast the caseload loader streams a release through its program filter, and how much
 * memory it holds while it does (issue targets: at least 100 MB/s, and resident memory under
 * 500 MB whatever the release's size, for the default programs).
 *
 *   npm run bench:lions -- [--count-rows 10000000] [--all-count-rows 1000000] [--dir <folder>]
 *
 * It writes a synthetic release (SYN case ids, no names) in the published fixed-width layout:
 * one case per 10 count rows, 2 participants, 1 court-history row and 1 sentence per case, 2% of the cases in
 * program 080 or 05E. It then selects the default programs from it, and every program from a
 * smaller one (with `all`, everything read is kept, so memory grows with the release). Peak
 * resident memory is sampled every 20 ms. Results go to bench/results/lions-stream.json.
 */
import { createWriteStream, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import { parseArgs } from "node:util";
import { builtInLayouts, type TableLayout } from "../src/ingest/lions/layouts.ts";
import { defaultPrograms, selectCases } from "../src/ingest/lions/select-cases.ts";
import { projectRoot } from "../src/paths.ts";

const { values } = parseArgs({
  options: {
    "count-rows": { type: "string", default: "10000000" },
    "all-count-rows": { type: "string", default: "1000000" },
    dir: { type: "string", default: path.join(projectRoot, ".neo4j", "bench-lions") },
  },
});

const layoutOf = (table: string) => builtInLayouts.find((l) => l.table === table)!;

/** One fixed-width line of the layout, values left-aligned in their columns, CRLF-ended as releases are. */
function line(layout: TableLayout, values: Record<string, string>): string {
  const chars = Buffer.alloc(layout.length, " ");
  for (const [name, value] of Object.entries(values)) chars.write(value, layout.columns[name]!.from - 1, "latin1");
  return `${chars.toString("latin1")}\r\n`;
}

async function writeTable(file: string, rows: number, make: (i: number) => string): Promise<void> {
  const out = createWriteStream(file, { highWaterMark: 1 << 20 });
  let chunk = "";
  for (let i = 0; i < rows; i++) {
    chunk += make(i);
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk, "latin1")) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk, "latin1");
  await once(out, "finish");
}

/** A synthetic release of `countRows` count rows in `dir`; returns the bytes of the tables the selection reads. */
async function writeRelease(dir: string, countRows: number): Promise<number> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const cases = Math.max(1, Math.floor(countRows / 10));
  const caseId = (i: number) => `SYN${String(i).padStart(7, "0")}`;
  // 2% of the cases in the default programs: 1 in 100 in 080, 1 in 100 in 05E.
  const program = (i: number) => (i % 100 === 0 ? "080" : i % 100 === 50 ? "05E" : "001");
  const tables: [string, number, (i: number) => string][] = [
    ["gs_case.txt", cases, (i) => line(layoutOf("GS_CASE"), { DISTRICT: "TXS", ID: caseId(i), STATUS: "C" })],
    ["gs_court_hist.txt", cases, (i) => line(layoutOf("GS_COURT_HIST"), { DISTRICT: "TXS", CASEID: caseId(i), ID: "1", DISPOSITION: "GT", DISP_DATE: "11-DEC-2023" })],
    ["gs_case_prog_cat.txt", cases, (i) => line(layoutOf("GS_CASE_PROG_CAT"), { DISTRICT: "TXS", CASEID: caseId(i), PROG_CAT: program(i), ID: String(i + 1) })],
    [
      "gs_participant.txt",
      cases * 2,
      (i) =>
        line(
          layoutOf("GS_PARTICIPANT"),
          i % 2 === 0 ? { DISTRICT: "TXS", CASEID: caseId(i >> 1), ID: "1", TYPE: "A", ROLE: "IN", AGENCY: "HSCE" } : { DISTRICT: "TXS", CASEID: caseId(i >> 1), ID: "2", TYPE: "I", ROLE: "D" },
        ),
    ],
    [
      "gs_part_count.txt",
      countRows,
      (i) =>
        line(layoutOf("GS_PART_COUNT"), {
          DISTRICT: "TXS",
          CASEID: caseId(Math.floor(i / 10)),
          PARTID: "2",
          CRTHISID: "1",
          CHARGE: "18 :2252A(a)(5)(B)",
          COUNTID: String((i % 10) + 1),
          DISPOSITION: i % 10 === 0 ? "GT" : "DM",
          DISP_REASON: "PLED",
          DISP_DATE: "11-DEC-2023",
          SEALED: "N",
        }),
    ],
    ["gs_sentence.txt", cases, (i) => line(layoutOf("GS_SENTENCE"), { DISTRICT: "TXS", CASEID: caseId(i), PARTID: "2", SENT_DATE: "02-APR-2024", INCAR_MONTHS: "60" })],
  ];
  for (const [file, rows, make] of tables) await writeTable(path.join(dir, file), rows, make);
  return ["gs_case_prog_cat.txt", "gs_participant.txt", "gs_court_hist.txt", "gs_part_count.txt", "gs_sentence.txt"].reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
}

/** Selects from the release while sampling resident memory; the peak, the time and the cases kept. */
async function measure(dir: string, programs: readonly string[] | "all"): Promise<{ seconds: number; peakRssMb: number; selected: number }> {
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const cases = await selectCases(dir, { programs });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { seconds, peakRssMb: Math.round(peak / 1e6), selected: cases.length };
}

const big = Number(values["count-rows"]);
const small = Number(values["all-count-rows"]);
const dir = values.dir;

console.error(`Writing a release of ${big.toLocaleString("en-US")} count rows into ${dir}...`);
const bigBytes = await writeRelease(path.join(dir, "big"), big);
console.error(`Selecting programs ${defaultPrograms.join(", ")} from ${(bigBytes / 1e9).toFixed(2)} GB...`);
const selected = await measure(path.join(dir, "big"), defaultPrograms);
console.error(`Writing a release of ${small.toLocaleString("en-US")} count rows for --programs all...`);
const smallBytes = await writeRelease(path.join(dir, "small"), small);
const all = await measure(path.join(dir, "small"), "all");
rmSync(dir, { recursive: true, force: true });

const result = {
  measured: new Date().toISOString(),
  command: `npm run bench:lions -- --count-rows ${big} --all-count-rows ${small}`,
  defaultPrograms: { countRows: big, bytes: bigBytes, ...selected, mbPerSecond: Math.round(bigBytes / 1e6 / selected.seconds) },
  allPrograms: { countRows: small, bytes: smallBytes, ...all, mbPerSecond: Math.round(smallBytes / 1e6 / all.seconds) },
};
writeFileSync(path.join(projectRoot, "bench", "results", "lions-stream.json"), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
