import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startHttpServer, type RunningHttpServer } from "../src/api/http-server.ts";
import { hashToken } from "../src/config.ts";
import { LinkReviewError } from "../src/errors.ts";
import { judgeLink, listLinks } from "../src/graph/link-review.ts";
import { importDocuments } from "../src/ingest/import-seed.ts";
import { loadRelease, removeRelease } from "../src/ingest/lions/load-release.ts";
import { cleanEnv, runCli } from "./helpers/cli.ts";
import { testDriver } from "./helpers/db.ts";
import { fixedWidthLine, layoutOf, releaseFolder, unloadIfLoaded } from "./helpers/lions-fixture.ts";
import { readSavedQuery } from "./helpers/saved-query.ts";
import { loadSeed, removeSeed } from "./helpers/seed-data.ts";

// Candidate links between named convictions and counted ones, and the one review queue:
// drawn by the rule with their evidence, judged from the command line and through the API,
// with who, when and why, judgements outliving a reload, and coverage counting accepted ones.
// All synthetic: "Synthetic defendant" names, example.org URLs, SYN case ids, in D. Colo.,
// where the seed has no case.

const { driver, database, db } = testDriver();
const neo4j = inject("neo4j");
const env = cleanEnv({ NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database });
const token = "synthetic-write-token-0123456789";
let server: RunningHttpServer;

const namedFile = "test/links-named";
const releaseName = "synthetic-links";

/**
 * Two named convictions in D. Colo. (HSI led): "Synthetic defendant 1" pleaded guilty on
 * 2024-03-11 to a charge read as § 2252A from its words, sentenced to 180 months;
 * "Synthetic defendant 2" was convicted in May 2024 (no day) under § 2251, stated.
 */
function namedCases() {
  const cite = [{ source: "src-test-links", locator: "paragraph 1", supports: "Synthetic support." }];
  const defendant = (n: number, charge: Record<string, unknown>, conviction: Record<string, unknown>) => ({
    defendant: { id: `def-test-links-${n}`, prosecution: `pros-test-links-${n}`, name: `Synthetic defendant ${n}`, sources: cite },
    prosecution: { id: `pros-test-links-${n}`, title: `United States v. Synthetic defendant ${n}`, investigation: `inv-test-links-${n}`, district: "d-colo", sources: cite },
    investigation: { id: `inv-test-links-${n}`, title: `Synthetic investigation ${n}`, summary: "Synthetic.", leadAgency: "hsi", sources: cite },
    charge: { id: `charge-test-links-${n}`, defendant: `def-test-links-${n}`, description: "synthetic charge", stage: "convicted_plea", sources: cite, ...charge },
    conviction: { id: `conv-test-links-${n}`, defendant: `def-test-links-${n}`, charges: [`charge-test-links-${n}`], method: "plea", sources: cite, ...conviction },
  });
  const one = defendant(1, { statute: { basis: "inferred", statute: "18-usc-2252a", inference: "Synthetic words read as § 2252A." } }, { date: "2024-03-11" });
  const two = defendant(2, { statute: { basis: "stated", statute: "18-usc-2251" } }, { date: "2024-05" });
  return {
    sources: [{ id: "src-test-links", kind: "press_release", publisher: "Synthetic Publisher", title: "Synthetic release", url: "https://example.org/links", published: "2024-06-20", retrieved: "2026-12-01" }],
    investigations: [one.investigation, two.investigation],
    prosecutions: [one.prosecution, two.prosecution],
    defendants: [one.defendant, two.defendant],
    charges: [one.charge, two.charge],
    convictions: [one.conviction, two.conviction],
    sentences: [{ id: "sent-test-links-1", defendant: "def-test-links-1", conviction: "conv-test-links-1", date: "2024-06-10", prison: 180, supervisedRelease: "unknown", restitutionUsd: null, sources: cite }],
  };
}

const line = (table: string, values: Record<string, string>) => fixedWidthLine(layoutOf(table), values);

/**
 * Four cases of program 080 in CO, HSCE (ICE) leading, participant 2 the defendant:
 * SYN0000001 § 2252A(a)(5)(B), plea 13-MAR-2024, 180 months: a candidate for defendant 1 (2 days);
 * SYN0000002 § 2251(a), jury 20-MAY-2024, no sentence: a candidate for defendant 2 (May 2024);
 * SYN0000003 § 2252A(a)(5)(B), plea 20-MAR-2024, 180 months: 9 days from defendant 1, none;
 * SYN0000004 § 2252A(a)(2), plea 12-MAR-2024, 120 months: defendant 1 got 180, none.
 */
function release() {
  const cases = [
    { id: "SYN0000001", charge: "18 :2252A(a)(5)(B)", reason: "PLED", date: "13-MAR-2024", months: "180" },
    { id: "SYN0000002", charge: "18 :2251(a)", reason: "JTRD", date: "20-MAY-2024", months: null },
    { id: "SYN0000003", charge: "18 :2252A(a)(5)(B)", reason: "PLED", date: "20-MAR-2024", months: "180" },
    { id: "SYN0000004", charge: "18 :2252A(a)(2)", reason: "PLED", date: "12-MAR-2024", months: "120" },
  ];
  return releaseFolder({
    "gs_case.txt": cases.map((c) => line("GS_CASE", { DISTRICT: "CO", ID: c.id })),
    "gs_court_hist.txt": cases.map((c) => line("GS_COURT_HIST", { DISTRICT: "CO", CASEID: c.id, ID: "1", DISPOSITION: "GT", DISP_DATE: c.date })),
    "gs_case_prog_cat.txt": cases.map((c, i) => line("GS_CASE_PROG_CAT", { DISTRICT: "CO", CASEID: c.id, PROG_CAT: "080", ID: String(i + 1) })),
    "gs_participant.txt": cases.flatMap((c) => [
      line("GS_PARTICIPANT", { DISTRICT: "CO", CASEID: c.id, ID: "1", TYPE: "A", ROLE: "IN", AGENCY: "HSCE" }),
      line("GS_PARTICIPANT", { DISTRICT: "CO", CASEID: c.id, ID: "2", TYPE: "I", ROLE: "D" }),
    ]),
    "gs_part_count.txt": cases.map((c) =>
      line("GS_PART_COUNT", { DISTRICT: "CO", CASEID: c.id, PARTID: "2", CRTHISID: "1", CHARGE: c.charge, COUNTID: "1", DISPOSITION: "GT", DISP_REASON: c.reason, DISP_DATE: c.date, SEALED: "N" }),
    ),
    "gs_sentence.txt": cases.flatMap((c) => (c.months === null ? [] : [line("GS_SENTENCE", { DISTRICT: "CO", CASEID: c.id, PARTID: "2", SENT_DATE: "10-JUN-2024", INCAR_MONTHS: c.months })])),
  });
}

const folder = release();
const load = () => loadRelease(db, [folder], { name: releaseName, period: "FY2024", programs: ["080"], loaded: "2026-12-01" });
const one = "conv-test-links-1~CO:SYN0000001:2";
const two = "conv-test-links-2~CO:SYN0000002:2";

async function post(query: string, variables: object, authorization?: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

const removeJudgements = () => driver.executeQuery("MATCH (j:LinkJudgement) WHERE j.link STARTS WITH 'conv-test-links-' DELETE j", {}, { database });
const judgements = async () => (await driver.executeQuery("MATCH (j:LinkJudgement) RETURN count(j) AS n", {}, { database })).records[0]!.get("n") as number;

beforeAll(async () => {
  await removeJudgements();
  await loadSeed(db);
  await importDocuments([{ file: namedFile, content: namedCases() }], { db, prune: true });
  await load();
  server = await startHttpServer({ db, host: "127.0.0.1", port: 0, writeTokenHash: hashToken(token), writeTokenLabel: "Synthetic API reviewer" });
});
afterAll(async () => {
  await server?.stop();
  await removeJudgements();
  await unloadIfLoaded(db, releaseName);
  await importDocuments([{ file: namedFile, content: {} }], { db, prune: true });
  await removeSeed(driver, database);
  await driver.close();
});

describe("candidate links", () => {
  it("are drawn between named and counted convictions with the evidence the rule read, open until judged", async () => {
    const links = await listLinks(db);
    expect(links.map((l) => [l.id, l.status, l.defendantName, l.counted])).toEqual([
      [one, "open", "Synthetic defendant 1", `conv-caseload-synthetic-links-co-syn0000001-2`],
      [two, "open", "Synthetic defendant 2", `conv-caseload-synthetic-links-co-syn0000002-2`],
    ]);
    expect(links[0]!.evidence).toEqual({
      id: one,
      status: "open",
      district: "d-colo",
      namedStatutes: ["18-usc-2252a"],
      countedStatutes: ["18-usc-2252a-a-5-b"],
      namedStatutesInferred: true,
      namedDate: "2024-03-11",
      countedDate: "2024-03-13",
      daysApart: 2,
      namedPrison: "180 months",
      countedPrison: "180 months",
      caseloadKey: "CO SYN0000001 2",
    });
    expect(links[1]!.evidence).toMatchObject({ namedStatutes: ["18-usc-2251"], countedStatutes: ["18-usc-2251-a"], namedStatutesInferred: false, namedDate: "2024-05", daysApart: null, namedPrison: null });
  });

  it("are listed and judged from the command line, with who, when and why", async () => {
    const list = runCli("review", env, ["list"]);
    expect(await list.exited, list.output()).toBe(0);
    expect(list.stdout()).toContain("2 candidate links open.");
    expect(list.stdout()).toContain(`${one} [open]\n  Synthetic defendant 1 ~ caseload CO SYN0000001 2, district d-colo; statutes 18-usc-2252a ~ 18-usc-2252a-a-5-b (named side inferred from the charge words); dates 2024-03-11 and 2024-03-13, 2 days apart; prison 180 months on both sides`);
    const accept = runCli("review", env, ["accept", one, "--as", "Synthetic reviewer", "--why", "Same district, plea days 2 days apart, same term."]);
    expect(await accept.exited, accept.output()).toBe(0);
    expect(accept.stdout()).toMatch(new RegExp(`^${one}: accepted by Synthetic reviewer at \\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z\\.\\n$`));
    const show = runCli("review", env, ["show", one]);
    expect(await show.exited, show.output()).toBe(0);
    expect(show.stdout()).toContain("named side cites: Synthetic release <https://example.org/links> (paragraph 1)");
    expect(show.stdout()).toContain("counted side cites: National Caseload Data, release synthetic-links, period FY2024 (GS_PART_COUNT, district CO, case SYN0000001, participant 2, counts 1)");
    expect(show.stdout()).toMatch(/accepted by Synthetic reviewer at .*: Same district, plea days 2 days apart, same term\./);
  });

  it("refuses, from the command line, an unknown id with the closest ones, and a judgement without its reason, writing nothing", async () => {
    const before = await judgements();
    const wrong = runCli("review", env, ["accept", "conv-test-links-1~CO:SYN0000009:2", "--why", "Synthetic."]);
    expect(await wrong.exited).toBe(1);
    expect(wrong.output()).toContain(`Error: No candidate link has the id "conv-test-links-1~CO:SYN0000009:2". The closest link ids: ${one}, ${two}.`);
    const noReason = runCli("review", env, ["reject", two]);
    expect(await noReason.exited).toBe(1);
    expect(noReason.output()).toContain(`Error: The judgement on "${two}" was not recorded: a judgement needs its reason (why): what in the sources settles it.`);
    const status = runCli("review", env, ["list", "--status", "maybe"]);
    expect(await status.exited).toBe(1);
    expect(status.output()).toContain('Error: --status must be open, accepted, rejected or all, not "maybe".');
    expect(await judgements()).toBe(before);
  });

  it("are judged through the API behind the write token, as the token's label", async () => {
    const reject = `mutation Reject($id: ID!, $why: String!) { rejectLink(id: $id, why: $why) { verdict by at why } }`;
    const before = await judgements();
    expect((await post(reject, { id: two, why: "Synthetic: a jury verdict, the release says a plea." })).errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    const wrong = await post(reject, { id: "conv-test-links-2~CO:SYN000002:2", why: "Synthetic." }, `Bearer ${token}`);
    expect(wrong.errors?.map((e) => [e.extensions?.code, e.extensions?.argument, e.message])).toEqual([
      ["BAD_USER_INPUT", "id", `No candidate link has the id "conv-test-links-2~CO:SYN000002:2". The closest link ids: ${two}, ${one}.`],
    ]);
    const blank = await post(reject, { id: two, why: "  " }, `Bearer ${token}`);
    expect(blank.errors?.map((e) => [e.extensions?.code, e.extensions?.argument])).toEqual([["BAD_USER_INPUT", "why"]]);
    expect(await judgements()).toBe(before);

    const done = await post(reject, { id: two, why: "Synthetic: a jury verdict, the release says a plea." }, `Bearer ${token}`);
    expect(done.errors).toBeUndefined();
    expect(done.data!.rejectLink).toMatchObject({ verdict: "REJECTED", by: "Synthetic API reviewer", why: "Synthetic: a jury verdict, the release says a plea." });

    // The list carries each link's judgements and citations too: never an empty list for a judged link.
    const all = await post(`{ candidateLinks(status: null) { id status evidence { daysApart } judgements { verdict by } namedCitations { source { url } } } }`, {});
    expect(all.data!.candidateLinks).toEqual([
      { id: one, status: "ACCEPTED", evidence: { daysApart: 2 }, judgements: [{ verdict: "ACCEPTED", by: "Synthetic reviewer" }], namedCitations: [{ source: { url: "https://example.org/links" } }] },
      { id: two, status: "REJECTED", evidence: { daysApart: null }, judgements: [{ verdict: "REJECTED", by: "Synthetic API reviewer" }], namedCitations: [{ source: { url: "https://example.org/links" } }] },
    ]);
    expect((await post(`{ candidateLinks { id } }`, {})).data!.candidateLinks).toEqual([]);
    const shown = await post(`query One($id: ID!) { candidateLink(id: $id) { status drawn judgements { verdict by } namedCitations { source { url } } countedCitations { locator } } }`, { id: one });
    expect(shown.data!.candidateLink).toEqual({
      status: "ACCEPTED",
      drawn: true,
      judgements: [{ verdict: "ACCEPTED", by: "Synthetic reviewer" }],
      namedCitations: [{ source: { url: "https://example.org/links" } }],
      countedCitations: [{ locator: "GS_PART_COUNT, district CO, case SYN0000001, participant 2, counts 1" }],
    });
    const unknown = await post(`{ candidateLink(id: "nothing") { id } }`, {});
    expect(unknown.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  });

  it("count in the caseload figures' coverage only when accepted", async () => {
    const { data } = await post(
      `{ convictionTally(since: "2024-01-01", agency: "HSI") { caseload { programs { code convictionsLed linkedToNamedCases byStatute { statute convictions linkedToNamedCases } } } } }`,
      {},
    );
    // By hand: the four SYN cases, ICE leading, all in 2024; only SYN0000001's link is accepted.
    expect(data!.convictionTally.caseload.programs[0]).toEqual({
      code: "080",
      convictionsLed: 4,
      linkedToNamedCases: 1,
      byStatute: [
        { statute: "18 U.S.C. § 2252A(a)(5)(B)", convictions: 2, linkedToNamedCases: 1 },
        { statute: "18 U.S.C. § 2251(a)", convictions: 1, linkedToNamedCases: 0 },
        { statute: "18 U.S.C. § 2252A(a)(2)", convictions: 1, linkedToNamedCases: 0 },
      ],
    });
  });

  it("are drawn in Neo4j Browser by saved query 06 as the API lists them", async () => {
    const saved = readSavedQuery("06-candidate-links");
    // By hand: the first accepted, the second rejected, none open.
    const expected = [["accepted", [one]], ["rejected", [two]], [null, [one, two]]] as const;
    for (const [status, ids] of expected) {
      const { records } = await driver.executeQuery(saved.text, { status }, { database });
      expect(records.map((r) => r.get("link").segments[0].relationship.properties.id as string).sort()).toEqual(ids);
      expect((await listLinks(db, status)).map((l) => l.id)).toEqual(ids);
    }
    expect((await driver.executeQuery(saved.text, saved.parameters, { database })).records).toEqual([]);
  });

  it("keep their judgements when the release is unloaded and loaded again", async () => {
    await removeRelease(db, releaseName);
    expect(await listLinks(db)).toEqual([]);
    const empty = runCli("review", env, ["list"]);
    expect(await empty.exited, empty.output()).toBe(0);
    expect(empty.stdout()).toBe("0 press-release candidates open.\nPress-release candidates are stored by npm run ingest:doj -- <file.json>.\n0 same-case links open.\n0 candidate links open.\nCandidates are drawn between named convictions and those of loaded caseload releases (npm run ingest:lions -- --load).\n");
    await expect(judgeLink(db, { id: one, verdict: "rejected", by: "Synthetic reviewer", why: "Synthetic." })).rejects.toThrow(
      new LinkReviewError(`The rule no longer draws the link "${one}": its convictions changed since it was judged. Its judgements are kept (show it).`, "id"),
    );
    await load();
    expect((await listLinks(db)).map((l) => [l.id, l.status])).toEqual([
      [one, "accepted"],
      [two, "rejected"],
    ]);
  });

  it("follow a newer release of the same cases to its convictions, keeping their ids and judgements", async () => {
    const listed = async () => (await post(`{ convictions(filter: { district: "d-colo" }, first: 50) { totalCount edges { node { id } } } }`, {})).data!.convictions;
    const before = await listed();
    // By hand: the 2 named convictions and the 4 counted ones in D. Colo.
    expect(before.totalCount).toBe(6);
    await loadRelease(db, [folder], { name: "synthetic-links-fy2025", period: "FY2025", programs: ["080"], loaded: "2026-12-01" });
    try {
      // The older release's convictions are history now: still 6, the newer release's listed.
      const after = await listed();
      expect(after.totalCount).toBe(6);
      expect(after.edges.filter((e: { node: { id: string } }) => e.node.id.startsWith("conv-caseload-synthetic-links-fy2025-"))).toHaveLength(4);
      expect((await listLinks(db)).map((l) => [l.id, l.status, l.counted])).toEqual([
        [one, "accepted", "conv-caseload-synthetic-links-fy2025-co-syn0000001-2"],
        [two, "rejected", "conv-caseload-synthetic-links-fy2025-co-syn0000002-2"],
      ]);
    } finally {
      await removeRelease(db, "synthetic-links-fy2025");
    }
    expect((await listLinks(db)).map((l) => l.counted)).toEqual(["conv-caseload-synthetic-links-co-syn0000001-2", "conv-caseload-synthetic-links-co-syn0000002-2"]);
  });
});
