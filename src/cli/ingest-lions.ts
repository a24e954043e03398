import { ExpectedError } from "../errors.ts";
import { checkRelease } from "../ingest/lions/check-release.ts";
import { runCli } from "./run-cli.ts";

const help = `Usage: npm run ingest:lions -- <folder>...

Reads a release of the U.S. Attorneys' National Caseload Data ("LIONS"): a folder of its
fixed-width tables, each whole (gs_part_count.txt) or split per district
(gs_participant_FLM.txt), as unpacked from the release's zips. It streams the tables the
loader uses (GS_CASE, GS_CASE_PROG_CAT, GS_PARTICIPANT, GS_COURT_HIST, GS_PART_COUNT,
GS_SENTENCE) and checks every line against the table's layout: the release's README.TXT
when it ships one (any difference from the built-in FY2018 layout is listed), else the
built-in one. A table that does not match is refused with the file, the line, and the
expected and found lengths; every problem is listed.

This version checks a release and reports its tables (rows and bytes, with progress). It
does not write to the graph yet.
`;

runCli(help, { allowPositionals: true, options: {} }, async ({ positionals }) => {
  if (positionals.length === 0) throw new ExpectedError(`Give at least one release folder.\n\n${help}`);
  for (const folder of positionals) {
    console.error(`Reading ${folder}...`);
    const checked = await checkRelease(folder, (line) => console.error(line));
    console.log(`${folder}: layouts from ${checked.layoutsFrom === "readme" ? "its README.TXT" : "the built-in FY2018 layout (no README.TXT)"}.`);
    for (const d of checked.differences) console.log(`  README differs from the built-in layout: ${d}`);
    for (const t of checked.tables) {
      console.log(`  ${t.table}: ${t.rows.toLocaleString("en-US")} rows, ${t.bytes.toLocaleString("en-US")} bytes in ${t.files.length} file${t.files.length === 1 ? "" : "s"}`);
    }
  }
  console.log("Checked; nothing was written to the graph.");
});
