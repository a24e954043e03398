import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CaseloadReleaseError } from "../src/errors.ts";
import { checkRelease } from "../src/ingest/lions/check-release.ts";
import { builtInLayouts } from "../src/ingest/lions/layouts.ts";
import { readTable, type TableRow } from "../src/ingest/lions/read-table.ts";
import { layoutDifferences, parseReadmeLayouts } from "../src/ingest/lions/readme-layouts.ts";
import { diskFile } from "../src/ingest/lions/release-source.ts";
import { projectRoot } from "../src/paths.ts";
import { runCli } from "./helpers/cli.ts";
import { agencyCodeTable, codeTablesFile, fixedWidthLine, layoutOf, releaseFolder } from "./helpers/lions-fixture.ts";

// Reading a caseload release (U.S. Attorneys' National Caseload Data, "LIONS"): the layouts
// from the release's README.TXT or built in, every line's length checked, tables whole or
// split per district, streamed. Fixtures are synthetic (SYN case ids, no names).

const fy2018Readme = readFileSync(path.join(projectRoot, "tests", "fixtures", "lions", "SEPFY2018-README-excerpt.txt"), "latin1");

/** One synthetic case: a defendant with one guilty count, an investigating agency, a program, a sentence. */
function oneCase(district: string) {
  return {
    "gs_case.txt": [fixedWidthLine(layoutOf("GS_CASE"), { DISTRICT: "TXS", ID: "SYN0000001", STATUS: "C" })],
    "gs_case_prog_cat.txt": [fixedWidthLine(layoutOf("GS_CASE_PROG_CAT"), { DISTRICT: district, CASEID: "SYN0000001", PROG_CAT: "080", ID: "1" })],
    "gs_court_hist.txt": [fixedWidthLine(layoutOf("GS_COURT_HIST"), { DISTRICT: district, CASEID: "SYN0000001", ID: "7", DISPOSITION: "GT", DISP_DATE: "11-DEC-2023" })],
    "gs_part_count.txt": [
      fixedWidthLine(layoutOf("GS_PART_COUNT"), {
        DISTRICT: district,
        CASEID: "SYN0000001",
        PARTID: "2",
        CRTHISID: "7",
        CHARGE: "18 :2251(a)",
        COUNTID: "1",
        DISPOSITION: "GT",
        DISP_REASON: "PLED",
        DISP_DATE: "11-DEC-2023",
        SEALED: "N",
      }),
    ],
    "gs_sentence.txt": [fixedWidthLine(layoutOf("GS_SENTENCE"), { DISTRICT: district, CASEID: "SYN0000001", PARTID: "2", SENT_DATE: "02-APR-2024", INCAR_MONTHS: "180" })],
    // Split per district, as large releases are.
    "gs_participant_TXS.txt": [
      fixedWidthLine(layoutOf("GS_PARTICIPANT"), { DISTRICT: district, CASEID: "SYN0000001", ID: "1", TYPE: "A", ROLE: "IN", AGENCY: "HSCE" }),
      fixedWidthLine(layoutOf("GS_PARTICIPANT"), { DISTRICT: district, CASEID: "SYN0000001", ID: "2", TYPE: "I", ROLE: "D", JUVENILE: "N" }),
    ],
    "gs_participant_TXN.txt": [fixedWidthLine(layoutOf("GS_PARTICIPANT"), { DISTRICT: "TXN", CASEID: "SYN0000002", ID: "1", TYPE: "A", ROLE: "IN", AGENCY: "FBI" })],
  };
}

describe("the layouts", () => {
  it("built in, match the FY2018 release's README for every column the loader reads", () => {
    const readme = parseReadmeLayouts(fy2018Readme);
    expect([...readme.keys()].sort()).toEqual(["GS_CASE", "GS_CASE_PROG_CAT", "GS_COURT_HIST", "GS_PARTICIPANT", "GS_PART_COUNT", "GS_SENTENCE"]);
    expect(readme.get("GS_PART_COUNT")).toMatchObject({ length: 186, columns: { DISPOSITION: { from: 87, to: 88 }, DISP_DATE: { from: 93, to: 103 } } });
    // parse.py's typo for SYS_SENT_DATE ((257:258)) is not copied: the README gives (248:258).
    expect(readme.get("GS_SENTENCE")!.columns.SYS_SENT_DATE).toEqual({ from: 248, to: 258 });
    expect(layoutDifferences(builtInLayouts, readme)).toEqual([]);
  });

  it("name every difference between a release's README and the built-in layout", () => {
    const moved = fy2018Readme.replace("GS_PART_COUNT - 186 Characters", "GS_PART_COUNT - 190 Characters").replace(/DISP_DATE(\s+)DATE(\s+)\(93:103\)/, "DISP_DATE$1DATE$2(97:107)");
    expect(layoutDifferences(builtInLayouts, parseReadmeLayouts(moved))).toEqual([
      "GS_PART_COUNT: the README gives 190 characters a line, the built-in layout 186",
      "GS_PART_COUNT.DISP_DATE: the README gives (97:107), the built-in layout (93:103)",
    ]);
  });
});

describe("a release folder", () => {
  it("is read table by table, split tables together, with the built-in layouts when it has no README.TXT", async () => {
    const folder = releaseFolder(oneCase("TXS"));
    const progress: string[] = [];
    const checked = await checkRelease(folder, (line) => progress.push(line));
    expect(checked.layoutsFrom).toBe("built-in");
    expect(checked.tables.map((t) => [t.table, t.files.map((f) => path.basename(f)), t.rows, t.bytes])).toEqual([
      ["GS_CASE", ["gs_case.txt"], 1, 368],
      ["GS_CASE_PROG_CAT", ["gs_case_prog_cat.txt"], 1, 117],
      ["GS_PARTICIPANT", ["gs_participant_TXN.txt", "gs_participant_TXS.txt"], 3, 3 * 1161],
      ["GS_COURT_HIST", ["gs_court_hist.txt"], 1, 241],
      ["GS_PART_COUNT", ["gs_part_count.txt"], 1, 188],
      ["GS_SENTENCE", ["gs_sentence.txt"], 1, 359],
    ]);
    expect(progress).toContain("  GS_PARTICIPANT: 3 rows, 0.0 MB");
  });

  it("hands on each row's values, padding removed", async () => {
    const folder = releaseFolder(oneCase("TXS"));
    const rows: TableRow[] = [];
    await readTable(diskFile(path.join(folder, "gs_part_count.txt")), layoutOf("GS_PART_COUNT"), { row: (r) => rows.push(r) });
    expect(rows.map((r) => [r.line, r.values])).toEqual([
      [
        1,
        {
          DISTRICT: "TXS",
          CASEID: "SYN0000001",
          PARTID: "2",
          CRTHISID: "7",
          CHARGE: "18 :2251(a)",
          COUNTID: "1",
          DISPOSITION: "GT",
          DISP_REASON: "PLED",
          DISP_DATE: "11-DEC-2023",
          SEALED: "N",
        },
      ],
    ]);
  });

  it("is read with its own README.TXT's layout, which may move a column", async () => {
    const readme = fy2018Readme.replace(/DISP_REASON(\s+)VARCHAR2\(4\)(\s+)\(89:92\)/, "DISP_REASON$1VARCHAR2(4)$2(157:160)");
    const files = oneCase("TXS");
    const count = layoutOf("GS_PART_COUNT");
    // The reason moved to where UPDATE_USER was: the README's layout finds it there.
    const line = fixedWidthLine(count, { DISTRICT: "TXS", CASEID: "SYN0000001", PARTID: "2", CHARGE: "18 :2251(a)", DISPOSITION: "GT" });
    files["gs_part_count.txt"] = [`${line.slice(0, 156)}JTRD${line.slice(160)}`];
    const folder = releaseFolder({ ...files, "README.TXT": readme.split("\n") });
    const checked = await checkRelease(folder);
    expect(checked.layoutsFrom).toBe("readme");
    expect(checked.differences).toEqual(["GS_PART_COUNT.DISP_REASON: the README gives (157:160), the built-in layout (89:92)"]);
  });

  it("is refused, with every problem, when a line has the wrong length, a table is missing or the README lacks a column", async () => {
    const files: Record<string, string[]> = oneCase("TXS");
    files["gs_part_count.txt"] = [files["gs_part_count.txt"]![0]!, files["gs_part_count.txt"]![0]!.slice(0, 185), `${files["gs_part_count.txt"]![0]!} `];
    delete files["gs_sentence.txt"];
    const readme = fy2018Readme.replace(/\nAGENCY\s+VARCHAR2\(4\)\s+\(244:247\)/, "");
    const folder = releaseFolder({ ...files, "readme.txt": readme.split("\n") });
    const error = await checkRelease(folder).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaseloadReleaseError);
    expect((error as CaseloadReleaseError).problems).toEqual([
      `${path.join(folder, "readme.txt")}: GS_PARTICIPANT.AGENCY is not in the README's layout, and the loader needs it`,
      `${path.join(folder, "gs_part_count.txt")}:2: 185 characters where GS_PART_COUNT has 186`,
      `${path.join(folder, "gs_part_count.txt")}:3: 187 characters where GS_PART_COUNT has 186`,
      `${folder}: no file of GS_SENTENCE (gs_sentence.txt, or one per district such as gs_sentence_FLM.txt)`,
    ]);
  });
});

/**
 * A synthetic global_LIONS.txt: GS_AGENCY between two other code tables. HSCE has a name of
 * its own here (renamed), JUFB Appendix A's, XSYN is a code only this release defines, and
 * ZCAC's name is withheld (*).
 */
const globalLions = () =>
  codeTablesFile([
    { name: "GS_AGENCY_MASTER", columns: [{ heading: "Code", width: 4 }, { heading: "Description", width: 30 }], rows: [["SYNM", "Synthetic master (test data)"]] },
    agencyCodeTable([
      ["HSCE", "Synthetic name for HSCE (test data)"],
      ["JUFB", "Federal Bureau of Investigation"],
      ["XSYN", "Synthetic agency only the release defines (test data)"],
      ["ZCAC", "*"],
    ]),
    { name: "GS_APPEAL_TYPE", columns: [{ heading: "Code", width: 4 }, { heading: "Description", width: 30 }], rows: [["SYNA", "Synthetic appeal (test data)"]] },
  ]);

describe("the release's agency code table", () => {
  it("is GS_AGENCY in its global_LIONS.txt, read code by code, the tables around it left alone", async () => {
    const checked = await checkRelease(releaseFolder({ ...oneCase("TXS"), "global_LIONS.txt": globalLions() }));
    expect(checked.agencyCodes).toMatchObject({ from: "release" });
    const names = checked.agencyCodes.from === "release" ? [...checked.agencyCodes.names] : [];
    expect(names).toEqual([
      ["HSCE", "Synthetic name for HSCE (test data)"],
      ["JUFB", "Federal Bureau of Investigation"],
      ["XSYN", "Synthetic agency only the release defines (test data)"],
      ["ZCAC", null],
    ]);
  });

  it("is the built-in list when the release has no global_LIONS.txt, or one without GS_AGENCY", async () => {
    expect((await checkRelease(releaseFolder(oneCase("TXS")))).agencyCodes).toEqual({ from: "built-in", why: "the release has no global_LIONS.txt" });
    const withoutAgencies = codeTablesFile([{ name: "GS_APPEAL_TYPE", columns: [{ heading: "Code", width: 4 }, { heading: "Description", width: 30 }], rows: [["SYNA", "Synthetic appeal (test data)"]] }]);
    expect((await checkRelease(releaseFolder({ ...oneCase("TXS"), "global_LIONS.txt": withoutAgencies }))).agencyCodes).toEqual({
      from: "built-in",
      why: "its global_LIONS.txt has no GS_AGENCY table",
    });
  });

  it("refuses the release, naming file and line, for a row past the divider, a row with no code, or a code named twice otherwise", async () => {
    const lines = globalLions();
    const row = (code: string, description: string) => codeTablesFile([agencyCodeTable([[code, description]])])[4]!;
    // GS_AGENCY starts at line 7: its name, a blank line, its header (9), its divider (10), then
    // its rows, JUFB at line 12. Three more rows go in after it, at lines 13 to 15.
    lines.splice(12, 0, `${row("SYNL", "Synthetic (test data)")}X`, row("", "Synthetic row with no code (test data)"), row("JUFB", "Synthetic other name (test data)"));
    const folder = releaseFolder({ ...oneCase("TXS"), "global_LIONS.txt": lines });
    const file = path.join(folder, "global_LIONS.txt");
    const error = await checkRelease(folder).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaseloadReleaseError);
    // By hand: the divider is 4 + 70 + 6 + 10 + 10 characters with a space between, 104.
    expect((error as CaseloadReleaseError).problems).toEqual([
      `${file}:13: 105 characters (trailing blanks aside) where GS_AGENCY's divider line (line 10) has 104`,
      `${file}:14: a GS_AGENCY row with no CODE`,
      `${file}:15: code JUFB is also at line 12, with another name`,
    ]);
  });

  it("refuses a GS_AGENCY whose header has no DESCRIPTION, or that has no divider", async () => {
    const noDescription = codeTablesFile([{ name: "GS_AGENCY", columns: [{ heading: "Code", width: 4 }, { heading: "Abbrev", width: 10 }], rows: [["SYNX", ""]] }]);
    const folder = releaseFolder({ ...oneCase("TXS"), "global_LIONS.txt": noDescription });
    expect(await checkRelease(folder).catch((e: CaseloadReleaseError) => e.problems)).toEqual([
      `${path.join(folder, "global_LIONS.txt")}:3: GS_AGENCY's header has no DESCRIPTION column (it has CODE, ABBREV)`,
    ]);
    const noDivider = releaseFolder({ ...oneCase("TXS"), "global_LIONS.txt": ["GS_AGENCY", "", "Code Description", "SYNX Synthetic (test data)"] });
    expect(await checkRelease(noDivider).catch((e: CaseloadReleaseError) => e.problems)).toEqual([
      `${path.join(noDivider, "global_LIONS.txt")}:4: GS_AGENCY's header (line 3) is not followed by a divider line of hyphens`,
    ]);
  });
});

describe("npm run ingest:lions", () => {
  it("reports the tables of a release and says that nothing was written", async () => {
    const folder = releaseFolder(oneCase("TXS"));
    const run = runCli("ingest-lions", process.env, [folder]);
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toContain(`${folder}: layouts from the built-in FY2018 layout (no README.TXT).`);
    expect(run.stdout()).toContain("  GS_PARTICIPANT: 3 rows, 3,483 bytes in 2 files");
    expect(run.stdout()).toContain("  Agency codes named by the built-in list (LIONS Appendix A): the release has no global_LIONS.txt.\n");
    expect(run.stdout()).toContain("Checked; nothing was written to the graph.");
  });

  it("says whose agency code table it read, and warns where the release renames a code the built-in list maps", async () => {
    const run = runCli("ingest-lions", process.env, [releaseFolder({ ...oneCase("TXS"), "global_LIONS.txt": globalLions() })]);
    expect(await run.exited, run.output()).toBe(0);
    expect(run.stdout()).toContain(
      "  Agency codes named by its global_LIONS.txt (GS_AGENCY, 4 codes).\n" +
        '  Warning: HSCE is "Synthetic name for HSCE (test data)" in the release\'s code table, "Bureau of Immigration & Customs Enforcement (ICE)" in the built-in list (Appendix A); it is still read as ice.\n',
    );
  });

  it("refuses a folder that is not one, with exit code 1", async () => {
    const run = runCli("ingest-lions", process.env, ["/no/such/release"]);
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain("Error: The caseload release cannot be read (1 problem); nothing was written.\n  /no/such/release: not a folder of the release's tables");
  });
});
