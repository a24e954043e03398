import { existsSync } from "node:fs";
import path from "node:path";
import { readDojSettings, settingsHelp } from "../config.ts";
import { ExpectedError } from "../errors.ts";
import { formatSummary } from "../ingest/import-seed.ts";
import { parsePreciseDate } from "../graph/dates.ts";
import { dedupeByUuid } from "../ingest/doj/dedupe-releases.ts";
import { harvestReleases, type HarvestResult } from "../ingest/doj/harvest.ts";
import { readReleaseFiles, writeReleaseFile } from "../ingest/doj/release-file.ts";
import { summarizeReleases, type ReleaseSummary } from "../ingest/doj/release-summary.ts";
import { districtNames } from "../ingest/doj/district-catalog.ts";
import { dryRun, type dryRunEntry } from "../ingest/doj/dry-run.ts";
import { storeReleases, type StoredReleases } from "../ingest/doj/store-releases.ts";
import { runCli } from "./run-cli.ts";
import { withGraph } from "./with-graph.ts";

const help = `Usage: npm run ingest:doj -- [--dry-run | --summary] [--format text|json] <file.json>...
       npm run ingest:doj -- --fetch --since yyyy-mm-dd [--title-terms "child,minor"] [--out file.json]

Reads DOJ press releases in the shape of the justice.gov API v1 (/api/v1/press_releases.json):
{ metadata, results: [...] }, each result with uuid, title, body (HTML), url, date (epoch
seconds), changed, component [{name}] and topic. Every problem in every file is listed with
its file, record index and field (a record without uuid, a date that is not a number, a body
that is not a string), and then nothing is read. A release held by several files (or twice)
is kept once, by uuid: the copy with the later "changed", else the first read. It reports
how many releases there are, the duplicates left out, the days they span (the API's date is
a day, read in UTC) and the components that issued them; --format json prints that as JSON.

Then it stores each release's candidate facts in the graph, one candidate per defendant
(below, and docs/model.md, Press releases), for review: npm run review -- list. Nothing a
candidate says counts anywhere until a reviewer accepts it. Reading a release again (by uuid)
replaces its candidates; judgements made on them stay, and an accepted one's facts follow
the new reading. --summary only reads and reports, and uses no database.

--fetch harvests them from the API instead, the newest first, down to --since: one query per
--title-terms term (comma-separated; the title filter is the only one the API honours;
without terms, every release), 50 a page, stopping at the first page whose oldest release is
older than --since, or at the end. It sends at most 4 requests a second (the API's limit),
tries a page again on 429, 5xx or a body cut off in transit (after the server's Retry-After,
else 1 s, 2 s, 4 s ...), and after DOJ_FETCH_ATTEMPTS tries stops with the URL, the status and
the attempts. Every page is kept in DOJ_CACHE_DIR, one folder per term with a cursor: run the
same command again and it resumes where it stopped. A rerun always fetches each term's first
page afresh (newer releases arrive there) and reads the others from the cache. One line per
page goes to stderr: the term, the page, the releases so far and the oldest day.
The releases found (dated --since or later, or undated; each once, by uuid) are written as
one file in the API's shape, which the first form reads: --out, merged with what that file
already holds, or doj-releases-<since>-<time>.json in the current folder.

With --dry-run, each release's candidate facts instead (docs/model.md, Press releases):
its district, the agencies credited and their roles (lead, partner or unknown), whether HSI
is among them, and per defendant the furthest stage (charged, pleaded, convicted_at_trial,
sentenced), the plea or verdict and sentencing dates, the prison term and the statutes as
printed, each with the words it was read from; nothing is written. --format json prints
{ releases: [...] }.

Options:
  --dry-run              extract each release's candidate facts, and write nothing
  --summary              only report what the files hold, and write nothing
  --fetch                harvest from the API (DOJ_API_URL)
  --since yyyy-mm-dd     with --fetch: the oldest day wanted
  --title-terms a,b      with --fetch: the title terms, one query each
  --out file.json        with --fetch: the file to write, or to merge into
  --format text|json     the report (default text)
  --help                 this text

Configuration, from environment variables (the database is used only to store candidates):
${settingsHelp()}
`;

runCli(
  help,
  {
    allowPositionals: true,
    options: {
      fetch: { type: "boolean", default: false },
      since: { type: "string" },
      "title-terms": { type: "string" },
      out: { type: "string" },
      format: { type: "string", default: "text" },
      "dry-run": { type: "boolean", default: false },
      summary: { type: "boolean", default: false },
    },
  },
  async ({ positionals, values }) => {
    const problems: string[] = [];
    if (values.format !== "text" && values.format !== "json") problems.push(`--format must be text or json, not "${values.format}"`);
    const terms = values["title-terms"] === undefined ? [] : [...new Set(values["title-terms"].split(",").map((t) => t.trim()).filter((t) => t !== ""))];
    if (values.fetch) {
      if (values.since === undefined) problems.push("--fetch needs --since yyyy-mm-dd: the oldest day wanted");
      else if (parsePreciseDate(values.since)?.precision !== "day") problems.push(`--since must be a day written yyyy-mm-dd, not "${values.since}"`);
      if (values["title-terms"] !== undefined && terms.length === 0) problems.push("--title-terms holds no term: give words separated by commas, or leave it out for every release");
      if (positionals.length > 0) problems.push(`--fetch reads no files; ${positionals.join(" ")} would be ignored`);
    } else {
      if (positionals.length === 0) problems.push("give the files to read (API v1 JSON), or --fetch --since yyyy-mm-dd");
      for (const option of ["since", "title-terms", "out"] as const) if (values[option] !== undefined) problems.push(`--${option} goes with --fetch`);
    }
    if (values.fetch && values["dry-run"]) {
      problems.push("--dry-run reads files: harvest first (--fetch), then give the file it writes");
    }
    if (values.fetch && values.summary) problems.push("--summary reads files: harvest first (--fetch), then give the file it writes");
    if (values["dry-run"] && values.summary) problems.push("--dry-run and --summary are two reports: give one");
    if (problems.length > 0) {
      throw new ExpectedError(`${problems.length === 1 ? "A problem" : `${problems.length} problems`} with the arguments; nothing was read:\n${problems.map((p) => `  ${p}`).join("\n")}`);
    }
    // npm runs scripts from the project root; paths are meant from where the user typed them.
    const base = process.env.INIT_CWD ?? process.cwd();
    const say = values.format === "json" ? (line: string) => console.error(line) : (line: string) => console.log(line);

    if (!values.fetch) {
      const read = await readReleaseFiles(positionals.map((file) => path.resolve(base, file)));
      if (values["dry-run"]) {
        const entries = dryRun(read.releases, districtNames());
        if (values.format === "json") console.log(JSON.stringify({ releases: entries }, null, 2));
        else for (const e of entries) say(dryRunLine(e));
        return;
      }
      const summary = summarizeReleases(read);
      if (values.summary) {
        report(summary, `${positionals.length} file${positionals.length === 1 ? "" : "s"}`, values.format, say);
        return;
      }
      if (values.format !== "json") report(summary, `${positionals.length} file${positionals.length === 1 ? "" : "s"}`, values.format, say);
      const stored = await withGraph((db) => storeReleases(db, read.releases, (line) => console.error(line)));
      if (values.format === "json") {
        console.log(JSON.stringify({ releases: summary, candidates: stored }, null, 2));
        return;
      }
      say(storedLine(stored));
      return;
    }

    const settings = readDojSettings(process.env);
    const since = values.since!;
    console.error(`Harvesting ${settings.apiUrl} since ${since}, ${terms.length === 0 ? "every release" : `title terms ${terms.map((t) => `"${t}"`).join(", ")}`}; cache ${settings.cacheDir}`);
    const harvest = await harvestReleases({ ...settings, since, titleTerms: terms, progress: (line) => console.error(line) });
    const out = path.resolve(base, values.out ?? `doj-releases-${since}-${new Date().toISOString().replace(/[-:]|\.\d+/g, "")}.json`);
    const already = values.out !== undefined && existsSync(out) ? await readReleaseFiles([out]) : undefined;
    // The fresh copies first: of two without "changed", the first is kept.
    const merged = dedupeByUuid([...harvest.entries, ...(already?.entries ?? [])]);
    await writeReleaseFile(out, merged.entries, { harvest: { from: settings.apiUrl, since, titleTerms: terms, finished: new Date().toISOString() } });
    say(harvestLine(harvest));
    say(`Wrote ${out}: ${n(merged.entries.length, "release")}${already === undefined ? "" : ` (${n(merged.entries.length - harvest.entries.length, "release")} it held before that this harvest did not find)`}.`);
    report(summarizeReleases({ releases: merged.entries.map((e) => e.release), duplicates: 0 }), path.basename(out), values.format, say);
  },
);

function harvestLine(h: HarvestResult): string {
  const pages = h.terms.reduce((sum, t) => sum + t.pages, 0);
  const cached = h.terms.reduce((sum, t) => sum + t.fromCache, 0);
  return (
    `Harvested ${n(h.entries.length, "release")}: ${n(pages, "page")} read (${cached} from the cache), ${n(h.requests, "request")}; ` +
    `${n(h.beforeSince, "release")} older than --since left out; ${n(h.inSeveralTerms, "release")} found by more than one term, kept once.`
  );
}

function report(summary: ReleaseSummary, what: string, format: string, say: (line: string) => void): void {
  if (format === "json") {
    console.log(JSON.stringify({ releases: summary }, null, 2));
    return;
  }
  say(`Read ${what}: ${n(summary.releases, "release")}; ${n(summary.duplicates, "duplicate")} (same uuid) left out.`);
  say(`  Dated ${summary.dates.first ?? "-"} to ${summary.dates.last ?? "-"}; ${summary.dates.undated} undated.`);
  say(`  Components (a release counts under each of its own; ${summary.withoutComponent} have none):`);
  for (const c of summary.components) say(`    ${String(c.releases).padStart(6)}  ${c.name}`);
}

/** A release's candidate facts in a line or two: where, who credited, and each defendant's stage, dates and term. */
function dryRunLine(e: ReturnType<typeof dryRunEntry>): string {
  const agencies = e.agencies.map((a) => `${a.name} (${a.role})`).join(", ") || "no agency credited";
  const people = e.defendants.map((d) =>
    [
      `    ${d.name}: ${d.stage}`,
      d.pleaOrVerdictDate === null ? "" : `, plea or verdict ${d.pleaOrVerdictDate}`,
      d.sentenceDate === null ? "" : `, sentenced ${d.sentenceDate}`,
      d.life ? ", life" : d.prisonMonths === null ? "" : `, ${d.prisonMonths} months`,
      d.statutes.length === 0 ? "" : `; ${d.statutes.join(", ")}`,
    ].join(""),
  );
  return [`${e.uuid} ${e.url ?? ""}`, `  district ${e.district ?? "unknown"}; ${agencies}`, ...people].join("\n");
}

function storedLine(s: StoredReleases): string {
  return [
    `Stored ${n(s.candidates, "press-release candidate")} (one per defendant) from ${n(s.releases, "release")}; ${s.releasesWithoutDefendant} named no defendant the extractor reads.`,
    `  Candidates now in the graph: ${s.open} open, ${s.accepted} accepted, ${s.rejected} rejected.${s.dropped.length === 0 ? "" : ` No longer given by these releases (removed, judgements kept): ${s.dropped.join(", ")}.`}`,
    `  Reviewed facts: ${formatSummary(s.summary).split("\n")[0]}`,
    s.leftOut.length === 0 ? "" : `  Accepted, but read again without a district or a lead agency, so left out of the facts until edited (npm run review -- show): ${s.leftOut.join(", ")}`,
    s.open > 0 ? "  Review them: npm run review -- list" : "",
  ]
    .filter((line) => line !== "")
    .join("\n");
}

const n = (count: number, noun: string) => `${count.toLocaleString("en-US")} ${noun}${count === 1 ? "" : "s"}`;
