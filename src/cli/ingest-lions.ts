import path from "node:path";
import { settingsHelp } from "../config.ts";
import { ExpectedError } from "../errors.ts";
import { parsePreciseDate } from "../graph/dates.ts";
import { periodInName, releasePeriodHelp, releasePeriodPattern } from "../graph/caseload-period.ts";
import { formatSummary } from "../ingest/import-seed.ts";
import { renamedAgencyCodes } from "../graph/caseload-agencies.ts";
import { agencyCodesSource, type AgencyCodeReport } from "../ingest/lions/agency-code-table.ts";
import { loadRelease, removeRelease } from "../ingest/lions/load-release.ts";
import { caseloadCaveats, caseloadFigures } from "../ingest/lions/caseload-answer.ts";
import { checkRelease } from "../ingest/lions/check-release.ts";
import { defaultPrograms, selectCases } from "../ingest/lions/select-cases.ts";
import { parsePrograms, selectionByProgram } from "../ingest/lions/selection-summary.ts";
import { runCli } from "./run-cli.ts";
import { withGraph } from "./with-graph.ts";

const help = `Usage: npm run ingest:lions -- [--programs 080,05E|all] [--since yyyy-mm-dd [--until yyyy-mm-dd] [--agency-code HSCE] [--format text|json]] [--load [--name NAME] [--period FY2018|yyyy-mm]] <release>...
       npm run ingest:lions -- --remove NAME

Reads a release of the U.S. Attorneys' National Caseload Data ("LIONS"): its "Disk" zips
(every zip given is one release, read together, without unpacking), or a folder of its
fixed-width tables as unpacked from them. Tables are whole (gs_part_count.txt) or split per
district (gs_participant_FLM.txt), in any of the zips. It streams the tables the loader uses
(GS_CASE, GS_CASE_PROG_CAT, GS_PARTICIPANT, GS_COURT_HIST, GS_PART_COUNT, GS_SENTENCE) and
checks every line against the table's layout: the release's README.TXT when it ships one
(any difference from the built-in FY2018 layout is listed), else the built-in one. A table
that does not match is refused with the file, the line, and the expected and found lengths;
a zip that cannot be read, with its name and the reason; every problem is listed.

Agency codes are named by the release's own code table, GS_AGENCY in its global_LIONS.txt,
when it ships one (its lines checked too), else by the built-in list from LIONS Appendix A;
the output says which. Either way a code maps to our agencies through the built-in list
(HSCE is ice, JUFB fbi): where the release names such a code otherwise, a warning says so.

Then it selects the cases of the programs (default 080 Project Safe Childhood and 05E
trafficking in persons; --programs takes a comma-separated list, or all) and reports how
many cases, participants, counts, sentences and court-history rows each program has, and
how many counts name no court-history row of their case (CRTHISID).

With --since, it applies the counting rules (docs/model.md, Caseload data) and gives, per
program, the defendants convicted in the window with the agency code as the lead
investigating agency (convictionsLed) and as lead or partner (convictionsParticipated), by
statute, by how (plea, jury, bench, other), by year, and those that cannot be placed;
--agency-code is the release's code (default HSCE: all of ICE, of which HSI is the
investigative arm); --format json prints them as { caseload: { programs: [...],
agencyCodes: {...} } }. The agency codes the cases use that map to none of our agencies, or
that the release's code table lacks, are listed with the release's name for each.

With --load, it also writes the selected cases' convictions into the graph as facts of the
evidence tier "counted", each citing the release (its files' names and SHA-256) with the table
and row keys: an anonymous defendant, the case in its district (with the day it was filed in
court, from the court-history row its conviction names), its investigation led by the lead
agency, the charges, the conviction and the sentence. One transaction: all or nothing.
Loading the same release (--name, default the folder's or first zip's name) again writes
nothing. Convictions whose lead agency code names no agency of the graph are listed, not
written, and so are the agency codes listed above. The named-case tally never counts these
records. Once loaded, the graph draws candidate links between the named convictions and these
(npm run review).

Each release keeps its own records. --period is the period it covers, a fiscal year (FY2018)
or a month (2024-09); by default the one its name states (FY and four digits, or yyyy-mm),
and --load is refused when the name states none. A release is newer than another when its
period ends later (a fiscal year on 30 September, a month on its last day). A case held by
several loaded releases is counted once, as the newest says it: each participant's
conviction in that release is current, the older ones are kept as history (supersededBy).
A release whose period ends on the same day as a loaded release of another name is refused.
The load report says how many of its convictions are current, how many are history because a
newer release holds them, and how many of older releases it made history.

--remove NAME unloads a release and everything only it supports (statute subsections only it
charged included); the convictions of older releases it had made history become current
again, and the report says how many.

Configuration (for --load and --remove), from environment variables:
${settingsHelp()}
`;

runCli(
  help,
  {
    allowPositionals: true,
    options: {
      programs: { type: "string" },
      since: { type: "string" },
      until: { type: "string" },
      "agency-code": { type: "string", default: "HSCE" },
      format: { type: "string", default: "text" },
      load: { type: "boolean", default: false },
      name: { type: "string" },
      period: { type: "string" },
      remove: { type: "string" },
    },
  },
  async ({ positionals, values }) => {
    if (values.remove !== undefined) {
      const removed = await withGraph((db, timeoutMs) => removeRelease(db, values.remove!, { timeoutMs }));
      console.log(`Removed release "${values.remove}": ${formatSummary(removed.summary)}`);
      console.log(`  Convictions of other releases that became current again: ${removed.becameCurrent.toLocaleString("en-US")}.`);
      return;
    }
    // Every problem with the arguments at once, before any release is read: a load without a
    // period would otherwise be refused at the end.
    const problems: string[] = [];
    if (positionals.length === 0) problems.push("give a release: its zip files, or a folder of its tables");
    const programs = values.programs === undefined ? defaultPrograms : parsePrograms(values.programs);
    if (programs === undefined) problems.push("--programs takes program codes separated by commas (080,05E), or all");
    const window = windowOption(values.since, values.until, problems);
    if (values.format !== "text" && values.format !== "json") problems.push(`--format must be text or json, not "${values.format}"`);
    if (values.format === "json" && values.since === undefined) problems.push("--format json gives the caseload figures: give --since too");
    const zips = positionals.filter((p) => p.toLowerCase().endsWith(".zip"));
    const releases = [...positionals.filter((p) => !zips.includes(p)).map((folder) => [folder]), ...(zips.length > 0 ? [zips] : [])];
    const loads = values.load ? releases.map((release) => loadNaming(release, values.name, values.period, problems)) : [];
    if (problems.length > 0 || programs === undefined) {
      throw new ExpectedError(`${problems.length === 1 ? "A problem" : `${problems.length} problems`} with the arguments; nothing was read or written:\n${problems.map((p) => `  ${p}`).join("\n")}`);
    }
    const say = values.format === "json" ? (line: string) => console.error(line) : (line: string) => console.log(line);
    for (const [index, release] of releases.entries()) {
      const label = release.join(", ");
      console.error(`Reading ${label}...`);
      const checked = await checkRelease(release, (line) => console.error(line));
      say(`${label}: layouts from ${checked.layoutsFrom === "readme" ? "its README.TXT" : "the built-in FY2018 layout (no README.TXT)"}.`);
      for (const d of checked.differences) say(`  README differs from the built-in layout: ${d}`);
      for (const t of checked.tables) {
        say(
          `  ${t.table}: ${t.rows.toLocaleString("en-US")} rows, ${t.bytes.toLocaleString("en-US")} bytes in ${t.files.length} file${t.files.length === 1 ? "" : "s"}`,
        );
      }
      say(`  Agency codes named by ${agencyCodesSource(checked.agencyCodes)}.`);
      if (checked.agencyCodes.from === "release") for (const w of renamedAgencyCodes(checked.agencyCodes.names)) say(`  Warning: ${w}.`);
      console.error(`Selecting the cases of ${programs === "all" ? "every program" : `programs ${programs.join(", ")}`}...`);
      const cases = await selectCases(release, { programs }, (line) => console.error(line));
      say(`  Selected ${cases.length.toLocaleString("en-US")} case${cases.length === 1 ? "" : "s"}:`);
      for (const p of selectionByProgram(cases, programs)) {
        say(
          `    program ${p.program}: ${n(p.cases, "case")}, ${n(p.participants, "participant")}, ${n(p.counts, "count")}, ${n(p.sentences, "sentence")}, ${n(p.courtHistory, "court-history row")}` +
            (p.countsWithoutCourtHistory === 0 ? "" : `; ${n(p.countsWithoutCourtHistory, "count")} name${p.countsWithoutCourtHistory === 1 ? "s" : ""} no court-history row of ${p.countsWithoutCourtHistory === 1 ? "its" : "their"} case`),
        );
      }
      if (window !== undefined) {
        const figures = caseloadFigures(cases, {
          agencyCode: values["agency-code"],
          agencyCodes: checked.agencyCodes,
          ...window,
          programs: programs === "all" ? [...new Set(cases.flatMap((c) => c.programs))].sort() : programs,
        });
        if (values.format === "json") {
          console.log(
            JSON.stringify(
              { caseload: { release: label, agencyCode: values["agency-code"], window, ...figures, caveats: caseloadCaveats(values["agency-code"]) } },
              null,
              2,
            ),
          );
        } else {
          say(`  Convicted in ${window.since}${window.until ? ` to ${window.until}` : " onward"}, ${values["agency-code"]} as lead (as lead or partner):`);
          for (const p of figures.programs) {
            say(
              `    program ${p.code}${p.name ? ` (${p.name})` : ""}: ${p.convictionsLed} (${p.convictionsParticipated}); plea ${p.byHow.plea}, jury ${p.byHow.jury}, bench ${p.byHow.bench}, other ${p.byHow.other}; not placeable ${p.notPlaceable}`,
            );
            for (const s of p.byStatute.slice(0, 10)) say(`      ${s.statute}: ${s.convictions}`);
          }
          if (figures.agencyCodes.unknown.length > 0) say(`  ${unknownCodesLine(figures.agencyCodes)}`);
          for (const caveat of caseloadCaveats(values["agency-code"])) say(`  - ${caveat}`);
        }
      }
      if (!values.load) continue;
      const { name, period } = loads[index]!;
      const loaded = await withGraph((db, timeoutMs) =>
        loadRelease(db, release, { name, period, programs, loaded: new Date().toISOString().slice(0, 10), timeoutMs, progress: (line) => console.error(line) }),
      );
      say(`Loaded release "${name}", period ${period} (${n(loaded.cases, "case")} selected): ${formatSummary(loaded.summary)}`);
      for (const x of loaded.notWritten) say(`  not written: ${x.conviction}: ${x.reason}`);
      // With --since the figures listed them already, from the same cases.
      if (window === undefined && loaded.agencyCodes.unknown.length > 0) say(`  ${unknownCodesLine(loaded.agencyCodes)}`);
      const history = loaded.history.reduce((total, h) => total + h.convictions, 0);
      const newer = loaded.history.map((h) => `${h.convictions.toLocaleString("en-US")} in ${h.release}`).join(", ");
      say(`  Its convictions: ${loaded.current.toLocaleString("en-US")} current, ${history.toLocaleString("en-US")} history because a newer release holds the same key${history > 0 ? ` (${newer})` : ""}.`);
      say(`  Convictions of older releases it made history: ${loaded.madeHistory.toLocaleString("en-US")}.`);
    }
    if (!values.load) say("Checked; nothing was written to the graph.");
  },
);

/** The release's default name: its folder's, or its first zip's without the extension. */
function releaseName(release: readonly string[]): string {
  return path.basename(release[0]!).replace(/\.zip$/i, "");
}

/** The name and period a release is loaded under: as given, else the name's own and the period it states; a problem is noted. */
function loadNaming(release: readonly string[], givenName: string | undefined, givenPeriod: string | undefined, problems: string[]): { name: string; period: string } {
  const name = givenName ?? releaseName(release);
  if (givenPeriod !== undefined) {
    if (!releasePeriodPattern.test(givenPeriod)) problems.push(`--period must be ${releasePeriodHelp}, not "${givenPeriod}"`);
    return { name, period: givenPeriod };
  }
  const period = periodInName(name);
  if (period === undefined) problems.push(`the name "${name}" does not state the release's period (FY and four digits, or yyyy-mm): give it with --period, ${releasePeriodHelp}`);
  return { name, period: period ?? "" };
}

/** --since and --until as a window, or undefined without --since; each problem is noted. */
function windowOption(since: string | undefined, until: string | undefined, problems: string[]): { since: string; until: string | null } | undefined {
  // A real calendar day: 2024-13-01 is not one.
  const day = { test: (text: string) => parsePreciseDate(text)?.precision === "day" };
  if (since === undefined) {
    if (until !== undefined) problems.push("--until needs --since");
    return undefined;
  }
  if (!day.test(since)) problems.push(`--since must be a day written yyyy-mm-dd, not "${since}"`);
  if (until !== undefined && !day.test(until)) problems.push(`--until must be a day written yyyy-mm-dd, not "${until}"`);
  if (until !== undefined && day.test(since) && day.test(until) && until < since) problems.push(`--until (${until}) is before --since (${since})`);
  return { since, until: until ?? null };
}

/** The codes the cases use that the load cannot tie to one of our agencies, or that the release's code table lacks. */
const unknownCodesLine = (report: AgencyCodeReport) =>
  `Agency codes that name none of our agencies${report.from === "release" ? " or that the release's code table lacks" : ""}: ${report.unknown.join(", ")}`;

const n = (count: number, noun: string) => `${count.toLocaleString("en-US")} ${noun}${count === 1 ? "" : "s"}`;
