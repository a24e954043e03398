import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { withInProcessApi } from "../src/cli/in-process-api.ts";
import { defaultApiSettings } from "../src/config.ts";
import { CaseloadLoadError, CaseloadReleaseError } from "../src/errors.ts";
import { loadRelease, removeRelease } from "../src/ingest/lions/load-release.ts";
import { cleanEnv, runCli } from "./helpers/cli.ts";
import { testDriver } from "./helpers/db.ts";
import { fixedWidthLine, layoutOf, releaseFolder, unloadIfLoaded } from "./helpers/lions-fixture.ts";
import { loadSeed, removeSeed } from "./helpers/seed-data.ts";

// Two releases of the caseload data that hold the same case: each keeps its own records, the
// newer one (its period ends later) is current and the older one is history, in whatever order
// they are loaded; removing the newer makes the older current again. Synthetic releases: SYN
// case ids, no names.

const { driver, database, db } = testDriver();
const neo4j = inject("neo4j");

const line = (table: string, values: Record<string, string>) => fixedWidthLine(layoutOf(table), values);
const ice = (caseId: string) => line("GS_PARTICIPANT", { DISTRICT: "TXS", CASEID: caseId, ID: "1", TYPE: "A", ROLE: "IN", AGENCY: "HSCE" });
const defendant = (caseId: string) => line("GS_PARTICIPANT", { DISTRICT: "TXS", CASEID: caseId, ID: "2", TYPE: "I", ROLE: "D" });
const guilty = (caseId: string, countId: string, charge: string, reason: string, date: string) =>
  line("GS_PART_COUNT", { DISTRICT: "TXS", CASEID: caseId, PARTID: "2", CRTHISID: "1", CHARGE: charge, COUNTID: countId, DISPOSITION: "GT", DISP_REASON: reason, DISP_DATE: date, SEALED: "N" });

/** A release of program 080 cases in TXS (S.D. Tex.), each investigated by HSCE (ICE) with one defendant, participant 2. */
function release(cases: string[], counts: string[], sentences: string[] = [], extra: Record<string, string[]> = {}) {
  return releaseFolder({
    "gs_case.txt": cases.map((id) => line("GS_CASE", { DISTRICT: "TXS", ID: id })),
    "gs_court_hist.txt": cases.map((id) => line("GS_COURT_HIST", { DISTRICT: "TXS", CASEID: id, ID: "1", DISPOSITION: "GT" })),
    "gs_case_prog_cat.txt": cases.map((id, i) => line("GS_CASE_PROG_CAT", { DISTRICT: "TXS", CASEID: id, PROG_CAT: "080", ID: String(i + 1) })),
    "gs_participant.txt": cases.flatMap((id) => [ice(id), defendant(id)]),
    "gs_part_count.txt": counts,
    "gs_sentence.txt": sentences,
    ...extra,
  });
}

/**
 * FY2023: SYN0000001 pleaded guilty on 11-JAN-2023 to § 2252A(a)(5)(B), not yet sentenced;
 * SYN0000002 (only in this release) was found guilty by a jury on 02-MAY-2023 under
 * § 2252A(a)(5)(B).
 */
const fy2023 = release(
  ["SYN0000001", "SYN0000002"],
  [guilty("SYN0000001", "1", "18 :2252A(a)(5)(B)", "PLED", "11-JAN-2023"), guilty("SYN0000002", "1", "18 :2252A(a)(5)(B)", "JTRD", "02-MAY-2023")],
);
/**
 * FY2024: SYN0000001 the same plea on 11-JAN-2023, now to a second count under § 2251(a) as
 * well, and sentenced to 10 years on 07-JUN-2023; SYN0000003 (only in this release) pleaded
 * guilty on 01-FEB-2024 under § 2251(a).
 */
const fy2024Tables = {
  cases: ["SYN0000001", "SYN0000003"],
  counts: [
    guilty("SYN0000001", "1", "18 :2252A(a)(5)(B)", "PLED", "11-JAN-2023"),
    guilty("SYN0000001", "2", "18 :2251(a)", "PLED", "11-JAN-2023"),
    guilty("SYN0000003", "1", "18 :2251(a)", "PLED", "01-FEB-2024"),
  ],
  sentences: [line("GS_SENTENCE", { DISTRICT: "TXS", CASEID: "SYN0000001", PARTID: "2", SENT_DATE: "07-JUN-2023", INCAR_YEARS: "10" })],
};
const fy2024 = release(fy2024Tables.cases, fy2024Tables.counts, fy2024Tables.sentences);

const load = (name: string, period: string, folder: string) => loadRelease(db, [folder], { name, period, programs: ["080"], loaded: "2026-12-01" });
const load2023 = () => load("synthetic-FY2023", "FY2023", fy2023);
const load2024 = () => load("synthetic-FY2024", "FY2024", fy2024);

const conv2023 = (caseId: string) => `conv-caseload-synthetic-fy2023-txs-${caseId.toLowerCase()}-2`;
const conv2024 = (caseId: string) => `conv-caseload-synthetic-fy2024-txs-${caseId.toLowerCase()}-2`;

/** Every caseload conviction: its id, the conviction it is history of (null when current), and its sentence. */
const convictions = async () =>
  (
    await driver.executeQuery(
      `MATCH (c:Conviction) WHERE c.recordFile STARTS WITH 'caseload/synthetic-'
       RETURN c.id AS id, c.caseloadKey AS key, c.supersededBy AS supersededBy,
              [(c)-[:SUPERSEDED_BY]->(n) | n.id] AS supersededByRel,
              [(s:Sentence)-[:FOR_CONVICTION]->(c) | s.prisonMonths] AS prison
       ORDER BY id`,
      {},
      { database },
    )
  ).records.map((r) => r.toObject());

/** Every node of the graph, with the file that wrote it and its standing. */
const everything = async () =>
  (await driver.executeQuery("MATCH (n:Entity) RETURN n.id AS id, n.recordFile AS file, n.supersededBy AS supersededBy ORDER BY id", {}, { database })).records.map((r) =>
    r.toObject(),
  );

/** The shared subsections, each with the releases it cites. */
const subsections = async () =>
  (
    await driver.executeQuery(
      "MATCH (s:Statute {recordFile: 'caseload/statutes'}) RETURN s.id AS id, [(s)-[:CITES]->(src) | src.id] AS releases ORDER BY id",
      {},
      { database },
    )
  ).records.map((r) => ({ id: r.get("id") as string, releases: (r.get("releases") as string[]).sort() }));

const figuresQuery = parse(`{ convictionTally(since: "2023-01-01", agency: "HSI") { caseload { releases { id }
  programs { code convictionsLed convictionsParticipated byStatute { statute convictions } byHow { plea jury bench other } byYear { year convictions } notPlaceable } } } }`);
type Figures = { releases: { id: string }[]; programs: { code: string }[] };
const figures080 = async () => {
  const data = await withInProcessApi(defaultApiSettings, db, (run) => run(figuresQuery as TypedDocumentNode<{ convictionTally: { caseload: Figures } }>, {}));
  const { caseload } = data.convictionTally;
  return { program: caseload.programs.find((p) => p.code === "080"), releases: caseload.releases.map((r) => r.id).sort() };
};

/**
 * By hand, with both releases: FY2024's SYN0000001 (plea, 2023, § 2251(a) and
 * § 2252A(a)(5)(B)), FY2023's SYN0000002 (jury, 2023, § 2252A(a)(5)(B)) and FY2024's
 * SYN0000003 (plea, 2024, § 2251(a)): 3 convictions, each statute twice (equal counts sorted
 * by citation), not 4 as when both releases' SYN0000001 counted.
 */
const bothReleases = {
  program: {
    code: "080",
    convictionsLed: 3,
    convictionsParticipated: 3,
    byStatute: [
      { statute: "18 U.S.C. § 2251(a)", convictions: 2 },
      { statute: "18 U.S.C. § 2252A(a)(5)(B)", convictions: 2 },
    ],
    byHow: { plea: 2, jury: 1, bench: 0, other: 0 },
    byYear: [
      { year: 2023, convictions: 2 },
      { year: 2024, convictions: 1 },
    ],
    notPlaceable: 0,
  },
  releases: ["src-caseload-synthetic-fy2023", "src-caseload-synthetic-fy2024"],
};

/** By hand, FY2023 alone: SYN0000001 (plea, 2023) and SYN0000002 (jury, 2023), both § 2252A(a)(5)(B). */
const fy2023Alone = {
  program: {
    code: "080",
    convictionsLed: 2,
    convictionsParticipated: 2,
    byStatute: [{ statute: "18 U.S.C. § 2252A(a)(5)(B)", convictions: 2 }],
    byHow: { plea: 1, jury: 1, bench: 0, other: 0 },
    byYear: [{ year: 2023, convictions: 2 }],
    notPlaceable: 0,
  },
  releases: ["src-caseload-synthetic-fy2023"],
};

/** The standing of every caseload conviction once both releases are loaded, in either order. */
const bothStanding = [
  { id: conv2023("SYN0000001"), key: "TXS SYN0000001 2", supersededBy: conv2024("SYN0000001"), supersededByRel: [conv2024("SYN0000001")], prison: [] },
  { id: conv2023("SYN0000002"), key: "TXS SYN0000002 2", supersededBy: null, supersededByRel: [], prison: [] },
  { id: conv2024("SYN0000001"), key: "TXS SYN0000001 2", supersededBy: null, supersededByRel: [], prison: [120] },
  { id: conv2024("SYN0000003"), key: "TXS SYN0000003 2", supersededBy: null, supersededByRel: [], prison: [] },
];

const removeAll = async () => {
  for (const name of ["synthetic-FY2023", "synthetic-FY2024"]) await unloadIfLoaded(db, name);
};

beforeAll(async () => {
  await loadSeed(db);
});
afterAll(async () => {
  await removeAll();
  await removeSeed(driver, database);
  await driver.close();
});

describe("a newer caseload release of the same case", () => {
  beforeEach(removeAll);

  it("is current and keeps the older one as its history (FY2023, then FY2024)", async () => {
    const first = await load2023();
    expect([first.current, first.history, first.madeHistory]).toEqual([2, [], 0]);
    const second = await load2024();
    // By hand: FY2024's two convictions are current; FY2023's SYN0000001 became history.
    expect([second.current, second.history, second.madeHistory]).toEqual([2, [], 1]);
    expect(await convictions()).toEqual(bothStanding);
    // The older conviction is kept, citing its own release.
    const { records } = await driver.executeQuery("MATCH (:Conviction {id: $id})-[:CITES]->(s:Source) RETURN s.id AS source", { id: conv2023("SYN0000001") }, { database });
    expect(records.map((r) => r.get("source") as string)).toEqual(["src-caseload-synthetic-fy2023"]);
    expect(await figures080()).toEqual(bothReleases);
    // § 2252A(a)(5)(B) is charged in both releases, § 2251(a) only in FY2024.
    expect(await subsections()).toEqual([
      { id: "18-usc-2251-a", releases: ["src-caseload-synthetic-fy2024"] },
      { id: "18-usc-2252a-a-5-b", releases: ["src-caseload-synthetic-fy2023", "src-caseload-synthetic-fy2024"] },
    ]);
  });

  it("writes nothing when the older release is loaded again, and says what is history", async () => {
    await load2023();
    await load2024();
    const before = await everything();
    const again = await load2023();
    const changed = Object.values(again.summary.counts).reduce((sum, c) => sum + c.created + c.updated + c.removed, 0);
    expect(changed).toBe(0);
    expect([again.current, again.history, again.madeHistory]).toEqual([1, [{ release: "synthetic-FY2024", convictions: 1 }], 0]);
    expect(await everything()).toEqual(before);
  });

  it("gives the same current set when loaded in the other order (FY2024, then FY2023)", async () => {
    await load2024();
    const older = await load2023();
    expect([older.current, older.history, older.madeHistory]).toEqual([1, [{ release: "synthetic-FY2024", convictions: 1 }], 0]);
    expect(await convictions()).toEqual(bothStanding);
    expect(await figures080()).toEqual(bothReleases);
  });

  it("makes the older one current again when the newer is removed, with the subsections only the newer used", async () => {
    await load2023();
    await load2024();
    const { becameCurrent } = await removeRelease(db, "synthetic-FY2024");
    expect(becameCurrent).toBe(1);
    expect(await convictions()).toEqual([
      { id: conv2023("SYN0000001"), key: "TXS SYN0000001 2", supersededBy: null, supersededByRel: [], prison: [] },
      { id: conv2023("SYN0000002"), key: "TXS SYN0000002 2", supersededBy: null, supersededByRel: [], prison: [] },
    ]);
    expect(await figures080()).toEqual(fy2023Alone);
    expect(await subsections()).toEqual([{ id: "18-usc-2252a-a-5-b", releases: ["src-caseload-synthetic-fy2023"] }]);
  });

  it("removes the older one, whichever was loaded first, leaving the newer as it was", async () => {
    await load2024();
    await load2023();
    const { becameCurrent } = await removeRelease(db, "synthetic-FY2023");
    expect(becameCurrent).toBe(0);
    expect(await convictions()).toEqual(bothStanding.filter((c) => c.id.includes("fy2024")));
    expect(await subsections()).toEqual([
      { id: "18-usc-2251-a", releases: ["src-caseload-synthetic-fy2024"] },
      { id: "18-usc-2252a-a-5-b", releases: ["src-caseload-synthetic-fy2024"] },
    ]);
    const { becameCurrent: none } = await removeRelease(db, "synthetic-FY2024");
    expect(none).toBe(0);
    expect(await convictions()).toEqual([]);
    expect(await subsections()).toEqual([]);
  });

  it("leaves the graph exactly as it was when a load fails", async () => {
    await load2023();
    await load2024();
    const before = await everything();
    // The FY2024 release again, its sentence table one character short.
    const bad = release(fy2024Tables.cases, fy2024Tables.counts, [fy2024Tables.sentences[0]!.slice(1)]);
    const error = await load("synthetic-FY2024", "FY2024", bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaseloadReleaseError);
    expect(await everything()).toEqual(before);
  });

  it("is refused when its period ends on the same day as a loaded release's, naming it", async () => {
    await load2024();
    const before = await everything();
    for (const period of ["FY2024", "2024-09"]) {
      const error = await load("synthetic-copy", period, fy2024).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CaseloadLoadError);
      expect((error as CaseloadLoadError).problems).toEqual([
        `the release "synthetic-FY2024" is loaded with period FY2024, which ends on 2024-09-30 as ${period} does, so neither would be newer: to replace it, load this one with --name synthetic-FY2024, or remove it first (--remove synthetic-FY2024)`,
      ]);
    }
    expect(await everything()).toEqual(before);
  });
});

describe("npm run ingest:lions --load and --remove", () => {
  const env = cleanEnv({ NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database });
  const ingest = async (...args: string[]) => {
    const run = runCli("ingest-lions", env, args);
    return { code: await run.exited, stdout: run.stdout(), output: run.output() };
  };
  beforeEach(removeAll);

  it("refuses --load when the name states no period, before reading the release", async () => {
    const { code, output } = await ingest("--load", "--name", "synthetic-release", fy2023);
    expect(code).toBe(1);
    expect(output).toContain(
      'Error: A problem with the arguments; nothing was read or written:\n  the name "synthetic-release" does not state the release\'s period (FY and four digits, or yyyy-mm): give it with --period, a fiscal year (FY2018) or a month (2024-09)\n',
    );
    expect(output).not.toContain("Reading");
  });

  it("takes the period from the name, reports what is current and history, and what --remove made current again", async () => {
    await load2024();
    const loaded = await ingest("--load", "--name", "synthetic-FY2023", fy2023);
    expect(loaded.code).toBe(0);
    expect(loaded.stdout).toContain('Loaded release "synthetic-FY2023", period FY2023 (2 cases selected)');
    expect(loaded.stdout).toContain("  Its convictions: 1 current, 1 history because a newer release holds the same key (1 in synthetic-FY2024).\n");
    expect(loaded.stdout).toContain("  Convictions of older releases it made history: 0.\n");
    const removed = await ingest("--remove", "synthetic-FY2024");
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain('Removed release "synthetic-FY2024": Imported 2 files');
    expect(removed.stdout).toContain("  Convictions of other releases that became current again: 1.\n");
  });
});
