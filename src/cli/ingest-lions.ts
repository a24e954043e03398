import { ExpectedError } from "../errors.ts";
import { checkRelease } from "../ingest/lions/check-release.ts";
import { defaultPrograms, selectCases } from "../ingest/lions/select-cases.ts";
import { parsePrograms, selectionByProgram } from "../ingest/lions/selection-summary.ts";
import { runCli } from "./run-cli.ts";

const help = `Usage: npm run ingest:lions -- [--programs 080,05E|all] <release>...

Reads a release of the U.S. Attorneys' National Caseload Data ("LIONS"): its "Disk" zips
(every zip given is one release, read together, without unpacking), or a folder of its
fixed-width tables as unpacked from them. Tables are whole (gs_part_count.txt) or split per
district (gs_participant_FLM.txt), in any of the zips. It streams the tables the loader uses
(GS_CASE, GS_CASE_PROG_CAT, GS_PARTICIPANT, GS_COURT_HIST, GS_PART_COUNT, GS_SENTENCE) and
checks every line against the table's layout: the release's README.TXT when it ships one
(any difference from the built-in FY2018 layout is listed), else the built-in one. A table
that does not match is refused with the file, the line, and the expected and found lengths;
a zip that cannot be read, with its name and the reason; every problem is listed.

Then it selects the cases of the programs (default 080 Project Safe Childhood and 05E
trafficking in persons; --programs takes a comma-separated list, or all) and reports how
many cases, participants, counts and sentences each program has.

This version checks a release and reports its tables and selection (rows and bytes, with
progress). It does not write to the graph yet.
`;

runCli(help, { allowPositionals: true, options: { programs: { type: "string" } } }, async ({ positionals, values }) => {
  if (positionals.length === 0) throw new ExpectedError(`Give a release: its zip files, or a folder of its tables.\n\n${help}`);
  const programs = values.programs === undefined ? defaultPrograms : parsePrograms(values.programs);
  if (programs === undefined) throw new ExpectedError(`--programs takes program codes separated by commas (080,05E), or all.`);
  const zips = positionals.filter((p) => p.toLowerCase().endsWith(".zip"));
  const releases = [...positionals.filter((p) => !zips.includes(p)).map((folder) => [folder]), ...(zips.length > 0 ? [zips] : [])];
  for (const release of releases) {
    const label = release.join(", ");
    console.error(`Reading ${label}...`);
    const checked = await checkRelease(release, (line) => console.error(line));
    console.log(`${label}: layouts from ${checked.layoutsFrom === "readme" ? "its README.TXT" : "the built-in FY2018 layout (no README.TXT)"}.`);
    for (const d of checked.differences) console.log(`  README differs from the built-in layout: ${d}`);
    for (const t of checked.tables) {
      console.log(`  ${t.table}: ${t.rows.toLocaleString("en-US")} rows, ${t.bytes.toLocaleString("en-US")} bytes in ${t.files.length} file${t.files.length === 1 ? "" : "s"}`);
    }
    console.error(`Selecting the cases of ${programs === "all" ? "every program" : `programs ${programs.join(", ")}`}...`);
    const cases = await selectCases(release, { programs }, (line) => console.error(line));
    console.log(`  Selected ${cases.length.toLocaleString("en-US")} case${cases.length === 1 ? "" : "s"}:`);
    for (const p of selectionByProgram(cases, programs)) {
      console.log(`    program ${p.program}: ${n(p.cases, "case")}, ${n(p.participants, "participant")}, ${n(p.counts, "count")}, ${n(p.sentences, "sentence")}`);
    }
  }
  console.log("Checked; nothing was written to the graph.");
});

const n = (count: number, noun: string) => `${count.toLocaleString("en-US")} ${noun}${count === 1 ? "" : "s"}`;
