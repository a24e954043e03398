import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CaseloadReleaseError } from "../src/errors.ts";
import type { CaseloadCase } from "../src/ingest/lions/caseload-records.ts";
import { checkRelease } from "../src/ingest/lions/check-release.ts";
import { selectCases } from "../src/ingest/lions/select-cases.ts";
import { selectionByProgram } from "../src/ingest/lions/selection-summary.ts";
import { projectRoot } from "../src/paths.ts";
import { runCli } from "./helpers/cli.ts";
import { agencyCodeTable, codeTablesFile, fixedWidthLine, layoutOf, releaseFolder, releaseZip, scratchFolder } from "./helpers/lions-fixture.ts";

// Selecting a caseload release's cases by program, streaming, from its Disk zips or a folder.
// Fixtures are synthetic (SYN case ids, no names), in the exact published layout.

const readme = readFileSync(path.join(projectRoot, "tests", "fixtures", "lions", "SEPFY2018-README-excerpt.txt"), "latin1").split("\n");

const program = (district: string, caseId: string, code: string, id: string) => fixedWidthLine(layoutOf("GS_CASE_PROG_CAT"), { DISTRICT: district, CASEID: caseId, PROG_CAT: code, ID: id });
const participant = (district: string, caseId: string, values: Record<string, string>) => fixedWidthLine(layoutOf("GS_PARTICIPANT"), { DISTRICT: district, CASEID: caseId, ...values });
const count = (district: string, caseId: string, values: Record<string, string>) => fixedWidthLine(layoutOf("GS_PART_COUNT"), { DISTRICT: district, CASEID: caseId, ...values });
const sentence = (district: string, caseId: string, values: Record<string, string>) => fixedWidthLine(layoutOf("GS_SENTENCE"), { DISTRICT: district, CASEID: caseId, ...values });
const court = (district: string, caseId: string, values: Record<string, string>) => fixedWidthLine(layoutOf("GS_COURT_HIST"), { DISTRICT: district, CASEID: caseId, ...values });

/**
 * Three cases. TXS SYN0000001: programs 080, 05E and 080 again; its dismissed count names a
 * court-history row (9) the case does not have. TXS SYN0000002: program 001 only, its count's
 * CRTHISID blank. FLM SYN0000001: the same case id in another district, program 080.
 * GS_PARTICIPANT is split per district, TXS on Disk 1 and FLM on Disk 2.
 */
function disks() {
  return {
    "Disk1.zip": {
      "README.TXT": readme,
      "gs_case.txt": [fixedWidthLine(layoutOf("GS_CASE"), { DISTRICT: "TXS", ID: "SYN0000001", STATUS: "C" })],
      "gs_case_prog_cat.txt": [program("TXS", "SYN0000001", "080", "1"), program("TXS", "SYN0000001", "05E", "2"), program("TXS", "SYN0000002", "001", "3"), program("FLM", "SYN0000001", "080", "4"), program("TXS", "SYN0000001", "080", "5")],
      "gs_court_hist.txt": [
        court("TXS", "SYN0000001", { ID: "7", FILING_DATE: "02-OCT-2023", DISPOSITION: "GT", DISP_DATE: "11-DEC-2023", DISP_REASON1: "PLED" }),
        court("FLM", "SYN0000001", { ID: "1", FILING_DATE: "10-JAN-2022", DISPOSITION: "GT", DISP_DATE: "05-MAR-2022", DISP_REASON1: "JTRD" }),
      ],
      "gs_participant_TXS.txt": [
        participant("TXS", "SYN0000001", { ID: "3", TYPE: "A", ROLE: "IN", AGENCY: "FBI" }),
        participant("TXS", "SYN0000001", { ID: "12", TYPE: "A", ROLE: "IN", AGENCY: "HSCE" }),
        participant("TXS", "SYN0000001", { ID: "20", TYPE: "I", ROLE: "D", JUVENILE: "N" }),
        participant("TXS", "SYN0000002", { ID: "1", TYPE: "I", ROLE: "D", JUVENILE: "N" }),
      ],
      "gs_part_count.txt": [
        count("TXS", "SYN0000001", { PARTID: "20", CRTHISID: "7", CHARGE: "18 :2251(a)", COUNTID: "1", DISPOSITION: "GT", DISP_REASON: "PLED", DISP_DATE: "11-DEC-2023", SEALED: "N" }),
        count("TXS", "SYN0000002", { PARTID: "1", CHARGE: "21 :841(a)(1)", COUNTID: "1", DISPOSITION: "GT", DISP_REASON: "PLED", DISP_DATE: "02-JAN-2024", SEALED: "N" }),
        count("FLM", "SYN0000001", { PARTID: "2", CRTHISID: "1", CHARGE: "18 :1591(a)", COUNTID: "1", DISPOSITION: "GT", DISP_REASON: "JTRD", DISP_DATE: "05-MAR-2022", SEALED: "N" }),
        count("TXS", "SYN0000001", { PARTID: "20", CRTHISID: "9", CHARGE: "18 :2252A(a)(5)(B)", COUNTID: "2", DISPOSITION: "DM", SEALED: "N" }),
      ],
    },
    "Disk2.zip": {
      "gs_participant_FLM.txt": [participant("FLM", "SYN0000001", { ID: "1", TYPE: "A", ROLE: "IN", AGENCY: "HSCE" }), participant("FLM", "SYN0000001", { ID: "2", TYPE: "I", ROLE: "DJ", JUVENILE: "Y" })],
      "gs_sentence.txt": [
        sentence("TXS", "SYN0000001", { PARTID: "20", SENT_DATE: "02-APR-2024", INCAR_MONTHS: "180" }),
        sentence("TXS", "SYN0000002", { PARTID: "1", SENT_DATE: "03-APR-2024", INCAR_MONTHS: "60" }),
        sentence("FLM", "SYN0000001", { PARTID: "2", SENT_DATE: "01-JUN-2022", INCAR_DAYS: "10", INCAR_YEARS: "2" }),
      ],
    },
  };
}

function writeDisks(files: ReturnType<typeof disks> = disks()): string[] {
  const dir = scratchFolder();
  return Object.entries(files).map(([zip, entries]) => releaseZip(dir, zip, entries));
}

const flmCase: CaseloadCase = {
  district: "FLM",
  caseId: "SYN0000001",
  programs: ["080"],
  participants: [
    { id: 1, type: "A", role: "IN", agency: "HSCE", juvenile: "" },
    { id: 2, type: "I", role: "DJ", agency: "", juvenile: "Y" },
  ],
  counts: [{ participantId: 2, countId: "1", courtHistoryId: 1, charge: "18 :1591(a)", disposition: "GT", reason: "JTRD", date: "05-MAR-2022", sealed: "N" }],
  sentences: [{ participantId: 2, date: "01-JUN-2022", incarcerationType: "", incarcerationDays: 10, incarcerationMonths: null, incarcerationYears: 2 }],
  courtHistory: [{ id: 1, filingDate: "10-JAN-2022", disposition: "GT", dispositionDate: "05-MAR-2022", dispositionReasons: ["JTRD"] }],
};

const txsCase: CaseloadCase = {
  district: "TXS",
  caseId: "SYN0000001",
  programs: ["080", "05E"],
  participants: [
    { id: 3, type: "A", role: "IN", agency: "FBI", juvenile: "" },
    { id: 12, type: "A", role: "IN", agency: "HSCE", juvenile: "" },
    { id: 20, type: "I", role: "D", agency: "", juvenile: "N" },
  ],
  counts: [
    { participantId: 20, countId: "1", courtHistoryId: 7, charge: "18 :2251(a)", disposition: "GT", reason: "PLED", date: "11-DEC-2023", sealed: "N" },
    { participantId: 20, countId: "2", courtHistoryId: 9, charge: "18 :2252A(a)(5)(B)", disposition: "DM", reason: "", date: "", sealed: "N" },
  ],
  sentences: [{ participantId: 20, date: "02-APR-2024", incarcerationType: "", incarcerationDays: null, incarcerationMonths: 180, incarcerationYears: null }],
  courtHistory: [{ id: 7, filingDate: "02-OCT-2023", disposition: "GT", dispositionDate: "11-DEC-2023", dispositionReasons: ["PLED"] }],
};

const otherCase: CaseloadCase = {
  district: "TXS",
  caseId: "SYN0000002",
  programs: ["001"],
  participants: [{ id: 1, type: "I", role: "D", agency: "", juvenile: "N" }],
  counts: [{ participantId: 1, countId: "1", courtHistoryId: null, charge: "21 :841(a)(1)", disposition: "GT", reason: "PLED", date: "02-JAN-2024", sealed: "N" }],
  sentences: [{ participantId: 1, date: "03-APR-2024", incarcerationType: "", incarcerationDays: null, incarcerationMonths: 60, incarcerationYears: null }],
  courtHistory: [],
};

describe("selecting the cases of a release's zips", () => {
  it("keeps the cases of programs 080 and 05E, each once, keyed by district and case id, with their rows from every Disk", async () => {
    const progress: string[] = [];
    expect(await selectCases(writeDisks(), { programs: ["080", "05E"] }, (line) => progress.push(line))).toEqual([flmCase, txsCase]);
    // Progress per table read: rows and bytes (5 program rows of 117 bytes; 4 + 2 participants of 1161).
    expect(progress).toEqual([
      "  GS_CASE_PROG_CAT: 5 rows, 0.0 MB",
      "  GS_PARTICIPANT: 2 rows, 0.0 MB",
      "  GS_PARTICIPANT: 6 rows, 0.0 MB",
      "  GS_COURT_HIST: 2 rows, 0.0 MB",
      "  GS_PART_COUNT: 4 rows, 0.0 MB",
      "  GS_SENTENCE: 3 rows, 0.0 MB",
    ]);
  });

  it("keeps only the programs asked for, or every case with all", async () => {
    const zips = writeDisks();
    expect(await selectCases(zips, { programs: ["05E"] })).toEqual([{ ...txsCase, programs: ["05E"] }]);
    expect(await selectCases(zips, { programs: "all" })).toEqual([flmCase, txsCase, otherCase]);
    expect(await selectCases(zips, { programs: ["999"] })).toEqual([]);
  });

  it("reads the same cases from a folder of the unpacked tables", async () => {
    const { "Disk1.zip": one, "Disk2.zip": two } = disks();
    expect(await selectCases(releaseFolder({ ...one, ...two }), { programs: ["080", "05E"] })).toEqual([flmCase, txsCase]);
  });

  it("counts per program, a case of two programs under each, with the counts that name no court-history row of their case", () => {
    // By hand: TXS SYN0000001's count 2 names row 9, which the case lacks (it has 7).
    expect(selectionByProgram([flmCase, txsCase, otherCase], ["080", "05E", "001", "999"])).toEqual([
      { program: "080", cases: 2, participants: 5, counts: 3, sentences: 2, courtHistory: 2, countsWithoutCourtHistory: 1 },
      { program: "05E", cases: 1, participants: 3, counts: 2, sentences: 1, courtHistory: 1, countsWithoutCourtHistory: 1 },
      // Its one count's CRTHISID is blank.
      { program: "001", cases: 1, participants: 1, counts: 1, sentences: 1, courtHistory: 0, countsWithoutCourtHistory: 1 },
      { program: "999", cases: 0, participants: 0, counts: 0, sentences: 0, courtHistory: 0, countsWithoutCourtHistory: 0 },
    ]);
  });

  it("checks every table of the zips, split tables together across Disks, with the README.TXT inside them", async () => {
    const [one, two] = writeDisks();
    const checked = await checkRelease([one!, two!]);
    expect(checked.layoutsFrom).toBe("readme");
    expect(checked.differences).toEqual([]);
    expect(checked.tables.map((t) => [t.table, t.files, t.rows, t.bytes])).toEqual([
      ["GS_CASE", [`${one}/gs_case.txt`], 1, 368],
      ["GS_CASE_PROG_CAT", [`${one}/gs_case_prog_cat.txt`], 5, 5 * 117],
      ["GS_PARTICIPANT", [`${two}/gs_participant_FLM.txt`, `${one}/gs_participant_TXS.txt`], 6, 6 * 1161],
      ["GS_COURT_HIST", [`${one}/gs_court_hist.txt`], 2, 2 * 241],
      ["GS_PART_COUNT", [`${one}/gs_part_count.txt`], 4, 4 * 188],
      ["GS_SENTENCE", [`${two}/gs_sentence.txt`], 3, 3 * 359],
    ]);
  });
});

describe("a release's zips are refused", () => {
  it("when a line inside a zip has the wrong length, naming the zip, the entry and the line", async () => {
    const files = disks();
    const counts = files["Disk1.zip"]["gs_part_count.txt"];
    counts[1] = counts[1]!.slice(0, 185);
    const [one, two] = writeDisks(files);
    const error = await selectCases([one!, two!], { programs: ["080"] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaseloadReleaseError);
    expect((error as CaseloadReleaseError).problems).toEqual([`${one}/gs_part_count.txt:2: 185 characters where GS_PART_COUNT has 186`]);
    expect((await checkRelease([one!, two!]).catch((e: CaseloadReleaseError) => e.problems))).toEqual([`${one}/gs_part_count.txt:2: 185 characters where GS_PART_COUNT has 186`]);
  });

  it("when a zip is cut short, naming it with yauzl's reason", async () => {
    const [one, two] = writeDisks();
    const whole = readFileSync(two!);
    writeFileSync(two!, whole.subarray(0, Math.floor(whole.length / 2)));
    const error = await selectCases([one!, two!], { programs: ["080"] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaseloadReleaseError);
    expect((error as CaseloadReleaseError).problems).toEqual([`${two}: not a readable zip (End of central directory record signature not found. Either not a zip file, or file is truncated.)`]);
  });

  it("when an entry inside a readable zip is corrupt, naming the zip, the entry and yauzl's reason", async () => {
    const [one, two] = writeDisks();
    const bytes = readFileSync(one!);
    // Break the local header's signature of gs_part_count.txt: the zip's directory still reads.
    bytes.write("XXXX", bytes.indexOf("gs_part_count.txt") - 30, "latin1");
    writeFileSync(one!, bytes);
    const error = await selectCases([one!, two!], { programs: ["080"] }).catch((e: unknown) => e);
    expect((error as CaseloadReleaseError).problems).toEqual([`${one}/gs_part_count.txt: cannot be read (invalid local file header signature: 0x58585858)`]);
  });

  it("when a table is in two Disks, or a Disk is missing a table, or a participant id is not a number", async () => {
    const files = disks();
    (files["Disk2.zip"] as Record<string, string[]>)["gs_part_count.txt"] = files["Disk1.zip"]["gs_part_count.txt"];
    files["Disk2.zip"]["gs_participant_FLM.txt"][1] = participant("FLM", "SYN0000001", { ID: "2A", TYPE: "I", ROLE: "DJ", JUVENILE: "Y" });
    delete (files["Disk2.zip"] as Record<string, string[]>)["gs_sentence.txt"];
    const [one, two] = writeDisks(files);
    const error = await selectCases([one!, two!], { programs: ["080"] }).catch((e: unknown) => e);
    expect((error as CaseloadReleaseError).problems).toEqual([
      `${two}/gs_participant_FLM.txt:2: ID is "2A", not a whole number`,
      `${two}/gs_part_count.txt: gs_part_count.txt is also ${one}/gs_part_count.txt`,
      `${one}, ${two}: no file of GS_SENTENCE (gs_sentence.txt, or one per district such as gs_sentence_FLM.txt)`,
    ]);
  });
});

describe("npm run ingest:lions with a release's zips", () => {
  it("checks them as one release and reports the selection per program", async () => {
    const [one, two] = writeDisks();
    const run = runCli("ingest-lions", process.env, ["--programs", "080,05E", one!, two!]);
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toContain(`${one}, ${two}: layouts from its README.TXT.`);
    expect(run.stdout()).toContain("  GS_PARTICIPANT: 6 rows, 6,966 bytes in 2 files");
    expect(run.stdout()).toContain(
      "  Selected 2 cases:\n" +
        "    program 080: 2 cases, 5 participants, 3 counts, 2 sentences, 2 court-history rows; 1 count names no court-history row of its case\n" +
        "    program 05E: 1 case, 3 participants, 2 counts, 1 sentence, 1 court-history row; 1 count names no court-history row of its case\n",
    );
    expect(run.stdout()).toContain("Checked; nothing was written to the graph.");
  });

  it("selects every program with --programs all, and refuses a cut zip with exit code 1", async () => {
    const [one, two] = writeDisks();
    const all = runCli("ingest-lions", process.env, ["--programs", "all", one!, two!]);
    expect(await all.exited).toBe(0);
    expect(all.stdout()).toContain(
      "  Selected 3 cases:\n" +
        "    program 001: 1 case, 1 participant, 1 count, 1 sentence, 0 court-history rows; 1 count names no court-history row of its case\n" +
        "    program 05E: 1 case, 3 participants, 2 counts, 1 sentence, 1 court-history row; 1 count names no court-history row of its case\n" +
        "    program 080: 2 cases, 5 participants, 3 counts, 2 sentences, 2 court-history rows; 1 count names no court-history row of its case\n",
    );
    writeFileSync(one!, readFileSync(one!).subarray(0, 100));
    const cut = runCli("ingest-lions", process.env, [one!, two!]);
    expect(await cut.exited).toBe(1);
    expect(cut.output()).toContain(`Error: The caseload release cannot be read (1 problem); nothing was written.\n  ${one}: not a readable zip (End of central directory record signature not found. Either not a zip file, or file is truncated.)`);
  });
});

describe("npm run ingest:lions --since: the caseload figures", () => {
  it("count, per program, the defendants convicted in the window with HSCE as lead, and as lead or partner", async () => {
    const [one, two] = writeDisks();
    const run = runCli("ingest-lions", process.env, ["--since", "2022-01-01", "--format", "json", one!, two!]);
    expect(await run.exited, run.output()).toBe(0);
    const { caseload } = JSON.parse(run.stdout()) as { caseload: { programs: unknown[]; agencyCodes: unknown; caveats: string[] } };
    // By hand. FLM SYN0000001 (080): HSCE leads; its juvenile defendant was found guilty by a
    // jury on 2022-03-05 of § 1591(a). TXS SYN0000001 (080 and 05E): the agency "FBI"
    // (participant 3) leads, HSCE (12) is a partner; a plea on 2023-12-11 to § 2251(a).
    expect(caseload.programs).toEqual([
      {
        code: "080",
        name: "Project Safe Childhood",
        convictionsLed: 1,
        convictionsParticipated: 2,
        byStatute: [{ statute: "18 U.S.C. § 1591(a)", convictions: 1 }],
        byHow: { plea: 0, jury: 1, bench: 0, other: 0 },
        byYear: [{ year: 2022, convictions: 1 }],
        notPlaceable: 0,
        sealedOnly: 0,
      },
      {
        code: "05E",
        name: "Civil Rights - Slavery/Involuntary Servitude, and trafficking in persons",
        convictionsLed: 0,
        convictionsParticipated: 1,
        byStatute: [],
        byHow: { plea: 0, jury: 0, bench: 0, other: 0 },
        byYear: [],
        notPlaceable: 0,
        sealedOnly: 0,
      },
    ]);
    // "FBI" is not the release's code for the FBI (JUFB): listed, never dropped. The release has
    // no code table of its own: the built-in list names the codes.
    expect(caseload.agencyCodes).toEqual({
      from: "built-in",
      source: "the built-in list (LIONS Appendix A): the release has no global_LIONS.txt",
      unknown: ["FBI (not in the built-in code list)"],
      renamed: [],
    });
    expect(caseload.caveats[0]).toBe("HSCE is all of ICE; HSI is ICE's investigative arm, and the data do not tell them apart.");
  });

  it("name the codes with the release's own code table when it ships one: a code only it defines, one it lacks, one it renames", async () => {
    const files = disks();
    // TXS SYN0000001 gets a third investigating agency, XSYN, a code only this release defines.
    files["Disk1.zip"]["gs_participant_TXS.txt"].push(participant("TXS", "SYN0000001", { ID: "13", TYPE: "A", ROLE: "IN", AGENCY: "XSYN" }));
    (files["Disk2.zip"] as Record<string, string[]>)["global_LIONS.txt"] = codeTablesFile([
      agencyCodeTable([
        ["HSCE", "Synthetic name for HSCE (test data)"],
        ["JUFB", "Federal Bureau of Investigation"],
        ["XSYN", "Synthetic agency only the release defines (test data)"],
      ]),
    ]);
    const [one, two] = writeDisks(files);
    const json = runCli("ingest-lions", process.env, ["--since", "2022-01-01", "--format", "json", one!, two!]);
    expect(await json.exited, json.output()).toBe(0);
    const warning =
      'HSCE is "Synthetic name for HSCE (test data)" in the release\'s code table, "Bureau of Immigration & Customs Enforcement (ICE)" in the built-in list (Appendix A); it is still read as ice';
    // By hand: FLM SYN0000001 uses HSCE (defined, ours); TXS SYN0000001 uses FBI (not
    // defined), HSCE and XSYN (defined, not ours). HSCE is still ICE: the figures are those above.
    const { caseload } = JSON.parse(json.stdout()) as { caseload: { programs: { convictionsLed: number; convictionsParticipated: number }[]; agencyCodes: unknown } };
    expect(caseload.agencyCodes).toEqual({
      from: "release",
      source: "its global_LIONS.txt (GS_AGENCY, 3 codes)",
      unknown: ["FBI (not in the release's code table)", "XSYN (Synthetic agency only the release defines (test data))"],
      renamed: [warning],
    });
    expect(caseload.programs.map((p) => [p.convictionsLed, p.convictionsParticipated])).toEqual([
      [1, 2],
      [0, 1],
    ]);
    expect(json.output()).toContain(`  Warning: ${warning}.\n`);

    const text = runCli("ingest-lions", process.env, ["--since", "2022-01-01", one!, two!]);
    expect(await text.exited, text.output()).toBe(0);
    expect(text.stdout()).toContain(`  Agency codes named by its global_LIONS.txt (GS_AGENCY, 3 codes).\n  Warning: ${warning}.\n`);
    expect(text.stdout()).toContain(
      "  Agency codes that name none of our agencies or that the release's code table lacks: FBI (not in the release's code table), XSYN (Synthetic agency only the release defines (test data))\n",
    );
  });

  it("refuses a window that is not one, naming every problem", async () => {
    const [one, two] = writeDisks();
    const run = runCli("ingest-lions", process.env, ["--since", "2024-01-01", "--until", "2023-01-01", one!, two!]);
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain("Error: A problem with the arguments; nothing was read or written:\n  --until (2023-01-01) is before --since (2024-01-01)\n");
  });

  it("refuses arguments that are not right, listing every problem before reading anything", async () => {
    const none = runCli("ingest-lions", process.env, ["--programs", ",", "--until", "2023-1-1", "--format", "xml"]);
    expect(await none.exited).toBe(1);
    expect(none.output()).toBe(
      [
        "Error: 4 problems with the arguments; nothing was read or written:",
        "  give a release: its zip files, or a folder of its tables",
        "  --programs takes program codes separated by commas (080,05E), or all",
        "  --until needs --since",
        '  --format must be text or json, not "xml"',
        "",
      ].join("\n"),
    );
    const [one, two] = writeDisks();
    const json = runCli("ingest-lions", process.env, ["--format", "json", "--since", "2024-13-01", "--load", "--period", "FY24", one!, two!]);
    expect(await json.exited).toBe(1);
    expect(json.output()).toBe(
      [
        "Error: 2 problems with the arguments; nothing was read or written:",
        '  --since must be a day written yyyy-mm-dd, not "2024-13-01"',
        '  --period must be a fiscal year (FY2018) or a month (2024-09), not "FY24"',
        "",
      ].join("\n"),
    );
  });
});
