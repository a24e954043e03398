import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startHttpServer, type RunningHttpServer } from "../src/api/http-server.ts";
import { hashToken } from "../src/config.ts";
import { storeCandidates } from "../src/ingest/doj/release-review.ts";
import { cleanEnv, runCli } from "./helpers/cli.ts";
import { testDriver } from "./helpers/db.ts";
import { noonUtc, syntheticRelease } from "./helpers/doj-api.ts";
import { loadSeed, removeSeed } from "./helpers/seed-data.ts";

// Press-release candidates reviewed through the GraphQL API, behind the write token, and the
// open ones given apart, marked, when a request asks for them (includeUnreviewed,
// --include-unreviewed): never in the reviewed figures. All synthetic: "Synthetic Defendant"
// names, example.org URLs, S.D. Tex. by the component, uuids ...0000000003xx.

const { driver, database, db } = testDriver();
const neo4j = inject("neo4j");
const env = cleanEnv({ NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database });
const token = "synthetic-write-token-0123456789";
const auth = `Bearer ${token}`;
let server: RunningHttpServer;

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const id = (n: number, name: string) => `rc-${uuid(n)}-synthetic-defendant-${name}`;
const ids = { 301: id(301, "thirty-one"), 302: id(302, "thirty-two"), 303: id(303, "thirty-three"), 304: id(304, "thirty-four"), 305: id(305, "thirty-five"), 306: id(306, "thirty-six") };
const ours = Object.values(ids);

const title = (n: string, what: string) => `Synthetic Defendant ${n} ${what}`;
const release = (n: number, day: string, heading: string, body: string) => ({ ...syntheticRelease(n, day, heading), body, date: noonUtc(day), component: [{ name: "USAO - Texas, Southern" }] });
const releases = [
  // Pleaded, HSI leads, dated inside 2024: would count.
  release(301, "2024-06-20", title("Thirty-One", "pleads guilty"), "<p>HOUSTON – Synthetic Defendant Thirty-One, 41, of Houston, pleaded guilty on June 3 to production of child pornography.</p><p>Homeland Security Investigations (HSI) Houston investigated the case.</p>"),
  // A sheriff's office the catalog lacks leads: no lead agency until a reviewer names one.
  release(302, "2024-07-15", title("Thirty-Two", "pleads guilty"), "<p>HOUSTON – Synthetic Defendant Thirty-Two, 52, of Houston, pleaded guilty on July 1 to possession of child pornography.</p><p>The Synthetic County Sheriff's Office investigated the case.</p>"),
  // Charged only: never a conviction.
  release(303, "2024-08-01", title("Thirty-Three", "indicted"), "<p>HOUSTON – Synthetic Defendant Thirty-Three, 30, of Houston, was indicted on a charge of sex trafficking of a minor.</p><p>HSI Houston investigated the case.</p>"),
  // Sentenced, with no date for the plea or the sentencing: not placeable.
  release(304, "2024-09-05", title("Thirty-Four", "sentenced"), "<p>HOUSTON – Synthetic Defendant Thirty-Four, 45, of Houston, was sentenced to 120 months in prison for distribution of child pornography.</p><p>HSI Houston investigated the case.</p>"),
  // Would count; a reviewer rejects it.
  release(305, "2024-10-10", title("Thirty-Five", "pleads guilty"), "<p>HOUSTON – Synthetic Defendant Thirty-Five, 38, of Houston, pleaded guilty on October 1 to enticement of a minor.</p><p>HSI Houston investigated the case.</p>"),
  // Pleaded on 2023-10-02: outside the window.
  release(306, "2023-11-01", title("Thirty-Six", "pleads guilty"), "<p>HOUSTON – Synthetic Defendant Thirty-Six, 29, of Houston, pleaded guilty on October 2 to receipt of child pornography.</p><p>HSI Houston investigated the case.</p>"),
];

type Reply = { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
async function post(query: string, variables: object = {}, authorization?: string): Promise<Reply> {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Reply;
}

const judgementCount = async () =>
  (await driver.executeQuery("MATCH (j:CandidateJudgement) WHERE j.candidate IN $ours RETURN count(j) AS n", { ours }, { database })).records[0]!.get("n") as number;

/** Removes exactly what this file stores: its candidates (and the facts of those accepted, by rewriting the reviewed facts without them), then their judgements. */
async function clean() {
  await storeCandidates(db, [], releases.map((r) => r.uuid));
  await driver.executeQuery("MATCH (j:CandidateJudgement) WHERE j.candidate IN $ours DELETE j", { ours }, { database });
}

const tally = `query Tally($flag: Boolean) {
  convictionTally(since: "2024-01-01", until: "2024-12-31", agency: "HSI", includeUnreviewed: $flag) {
    convictionsInWindow
    unreviewed { count candidates { id status } notPlaceableCount notPlaceable { id status } }
  }
}`;
/** The tally's figure, and the unreviewed candidates of this file (another file's may be open too). */
async function tallied(flag: boolean) {
  const { data, errors } = await post(tally, { flag });
  expect(errors).toBeUndefined();
  const u = data!.convictionTally.unreviewed;
  const mine = (list: { id: string; status: string }[]) => list.filter((c) => ours.includes(c.id));
  return {
    inWindow: data!.convictionTally.convictionsInWindow as number,
    unreviewed: u === null ? null : { candidates: mine(u.candidates), notPlaceable: mine(u.notPlaceable), othersCounted: u.count - mine(u.candidates).length, othersNotPlaceable: u.notPlaceableCount - mine(u.notPlaceable).length },
  };
}

const candidateFields = `id status name stage method pleaOrVerdictDate pleaOrVerdictDateYearFromRelease pleaOrVerdictDateQuote { start end text }
  district leadAgency partnerAgencies missing edited { field by why }
  nameQuote { start end text } agencies { name role agency quote { start end text } }
  charges { words statute basis category inference quote { text } }
  release { uuid url title published component } extractorVersion judgements { verdict by why changes }`;
const accept = `mutation A($id: ID!, $why: String!) { acceptReleaseCandidate(id: $id, why: $why) { id status judgements { verdict by why } } }`;
const reject = `mutation R($id: ID!, $why: String!) { rejectReleaseCandidate(id: $id, why: $why) { id status judgements { verdict by why } } }`;
const edit = `mutation E($id: ID!, $changes: ReleaseCandidateEdit!, $why: String!) { editReleaseCandidate(id: $id, changes: $changes, why: $why) { id status leadAgency missing edited { field by why } } }`;

let before: number;
beforeAll(async () => {
  await clean();
  await loadSeed(db);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "doj-review-api-")), "releases.json");
  writeFileSync(file, JSON.stringify({ metadata: { resultset: { count: releases.length } }, results: releases }));
  const ingest = runCli("ingest-doj", env, [file]);
  expect(await ingest.exited, ingest.output()).toBe(0);
  server = await startHttpServer({ db, host: "127.0.0.1", port: 0, writeTokenHash: hashToken(token), writeTokenLabel: "Synthetic API reviewer" });
  before = (await tallied(false)).inWindow;
});
afterAll(async () => {
  await server?.stop();
  await clean();
  await removeSeed(driver, database);
  await driver.close();
});

describe("press-release candidates through the API", () => {
  it("lists the open ones with their facts as read, each with the words it was read from", async () => {
    const { data, errors } = await post(`{ releaseCandidates { ${candidateFields} } }`);
    expect(errors).toBeUndefined();
    const listed = data!.releaseCandidates.filter((c: { id: string }) => ours.includes(c.id));
    // By district, release date and id: 306 (2023) first.
    expect(listed.map((c: { id: string }) => c.id)).toEqual([ids[306], ids[301], ids[302], ids[303], ids[304], ids[305]]);
    // By hand: the release's text is the title (44 characters), a blank line, then the body as
    // text, so the body starts at 46; "HOUSTON – " is 10 characters, the name 30, and "June 3"
    // follows ", 41, of Houston, pleaded guilty on " (36), at 76 of the body. June 3 in a
    // release of 2024-06-20 is 2024-06-03.
    expect(listed[1]).toEqual({
      id: ids[301],
      status: "OPEN",
      name: "Synthetic Defendant Thirty-One",
      stage: "PLEADED",
      method: "PLEA",
      pleaOrVerdictDate: "2024-06-03",
      pleaOrVerdictDateYearFromRelease: true,
      pleaOrVerdictDateQuote: { start: 122, end: 128, text: "June 3" },
      district: "sd-tex",
      leadAgency: "hsi",
      partnerAgencies: [],
      missing: [],
      edited: [],
      nameQuote: { start: 56, end: 86, text: "Synthetic Defendant Thirty-One" },
      agencies: [{ name: "Homeland Security Investigations (HSI) Houston", role: "LEAD", agency: "hsi", quote: { start: 166, end: 212, text: "Homeland Security Investigations (HSI) Houston" } }],
      charges: [{ words: "production of child pornography", statute: "18-usc-2251", basis: "INFERRED", category: null, inference: expect.any(String), quote: { text: "production of child pornography" } }],
      release: { uuid: uuid(301), url: "https://example.org/synthetic-301", title: "Synthetic Defendant Thirty-One pleads guilty", published: "2024-06-20", component: "USAO - Texas, Southern" },
      extractorVersion: expect.stringMatching(/\S/),
      judgements: [],
    });
    // The sheriff's office is in no catalog: what it lacks, in words.
    expect(listed[2].missing).toEqual(["the release credits no agency of the catalog as the lead (credited: Synthetic County Sheriff's Office, lead): give the lead agency the release states (edit --lead-agency)"]);
  });

  it("shows one by id, and refuses an id no candidate has with the closest", async () => {
    const one = await post(`query One($id: ID!) { releaseCandidate(id: $id) { id stage prisonMonths life sentenceDate } }`, { id: ids[304] });
    expect(one.data!.releaseCandidate).toEqual({ id: ids[304], stage: "SENTENCED", prisonMonths: 120, life: false, sentenceDate: null });
    const unknown = await post(`query One($id: ID!) { releaseCandidate(id: $id) { id } }`, { id: `${ids[301]}x` });
    expect(unknown.data).toBeNull();
    expect(unknown.errors?.map((e) => [e.extensions?.code, e.extensions?.argument])).toEqual([["BAD_USER_INPUT", "id"]]);
    expect(unknown.errors![0]!.message).toMatch(new RegExp(`^No press-release candidate has the id "${ids[301]}x"\\. The closest candidate ids: ${ids[301]}`));
  });

  it("counts none of them, and gives those that would count apart only when asked", async () => {
    expect(await tallied(false)).toEqual({ inWindow: before, unreviewed: null });
    // By hand: 301 (plea 2024-06-03) and 305 (2024-10-01) are in 2024 and HSI's; 302 has no
    // lead, 303 is only charged, 306 pleaded in 2023; 304 is not dated at all.
    expect(await tallied(true)).toEqual({
      inWindow: before,
      unreviewed: { candidates: [{ id: ids[301], status: "OPEN" }, { id: ids[305], status: "OPEN" }], notPlaceable: [{ id: ids[304], status: "OPEN" }], othersCounted: 0, othersNotPlaceable: 0 },
    });
  });

  it("keeps to the question's statutes and categories, as the tally does", async () => {
    const filtered = async (filter: string) => {
      const { data, errors } = await post(`{ convictionTally(since: "2024-01-01", until: "2024-12-31", ${filter}, includeUnreviewed: true) { unreviewed { candidates { id } notPlaceable { id } } } }`);
      expect(errors).toBeUndefined();
      const mine = (list: { id: string }[]) => list.map((c) => c.id).filter((c) => ours.includes(c));
      return { candidates: mine(data!.convictionTally.unreviewed.candidates), notPlaceable: mine(data!.convictionTally.unreviewed.notPlaceable) };
    };
    // By hand: 301's production of child pornography is § 2251 in words; 304's distribution is in the family csam-distribution-receipt.
    expect(await filtered(`statutes: ["18-usc-2251"]`)).toEqual({ candidates: [ids[301]], notPlaceable: [] });
    expect(await filtered(`categories: ["csam-distribution-receipt"]`)).toEqual({ candidates: [], notPlaceable: [ids[304]] });
  });

  it("refuses a judgement without the write token, and writes nothing", async () => {
    const before = await judgementCount();
    const refused = await post(accept, { id: ids[301], why: "Synthetic." });
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    const wrong = await post(accept, { id: ids[301], why: "Synthetic." }, "Bearer not-the-token");
    expect(wrong.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    expect(await judgementCount()).toBe(before);
  });

  it("accepts one as the write token's label: it counts, and leaves the unreviewed", async () => {
    const blank = await post(accept, { id: ids[301], why: " " }, auth);
    expect(blank.errors?.map((e) => [e.extensions?.code, e.extensions?.argument])).toEqual([["BAD_USER_INPUT", "why"]]);
    const done = await post(accept, { id: ids[301], why: "Synthetic: the release says he pleaded guilty on June 3." }, auth);
    expect(done.errors).toBeUndefined();
    expect(done.data!.acceptReleaseCandidate).toEqual({
      id: ids[301],
      status: "ACCEPTED",
      judgements: [{ verdict: "ACCEPTED", by: "Synthetic API reviewer", why: "Synthetic: the release says he pleaded guilty on June 3." }],
    });
    const now = await tallied(true);
    expect(now.inWindow).toBe(before + 1);
    expect(now.unreviewed!.candidates).toEqual([{ id: ids[305], status: "OPEN" }]);
  });

  it("refuses an edit with every problem at once and writes nothing; a valid one names a sub-office of HSI as the lead, and then it would count", async () => {
    const judged = await judgementCount();
    const bad = await post(edit, { id: ids[302], changes: { leadAgency: "hsii", district: "sd-texx", prisonMonths: -1, name: " " }, why: "Synthetic." }, auth);
    expect(bad.errors?.map((e) => [e.extensions?.code, e.extensions?.argument])).toEqual([["BAD_USER_INPUT", "changes"]]);
    const message = bad.errors![0]!.message;
    expect(message).toMatch(/^The judgement on "rc-[^"]+-thirty-two" was not recorded: /);
    for (const problem of ["name: must not be empty", "prisonMonths:", 'district: no district has the id "sd-texx" (the closest: sd-tex', 'leadAgency: no agency has the id "hsii" (the closest: hsi']) {
      expect(message).toContain(problem);
    }
    const empty = await post(edit, { id: ids[302], changes: {}, why: "Synthetic." }, auth);
    expect(empty.errors?.map((e) => [e.extensions?.argument, e.message])).toEqual([["changes", `The judgement on "${ids[302]}" was not recorded: the edit: give at least one field to change.`]]);
    expect(await judgementCount()).toBe(judged);

    const done = await post(edit, { id: ids[302], changes: { leadAgency: "hsi-charleston" }, why: "Synthetic: a later paragraph credits HSI Charleston." }, auth);
    expect(done.errors).toBeUndefined();
    expect(done.data!.editReleaseCandidate).toEqual({
      id: ids[302],
      status: "OPEN",
      leadAgency: "hsi-charleston",
      missing: [],
      edited: [{ field: "leadAgency", by: "Synthetic API reviewer", why: "Synthetic: a later paragraph credits HSI Charleston." }],
    });
    // By hand: HSI Charleston is part of HSI, so 302 (plea 2024-07-01) joins 305.
    const now = await tallied(true);
    expect(now.inWindow).toBe(before + 1);
    expect(now.unreviewed!.candidates).toEqual([{ id: ids[302], status: "OPEN" }, { id: ids[305], status: "OPEN" }]);
  });

  it("rejects one, keeping its reason: rejected ones are never among the unreviewed", async () => {
    const done = await post(reject, { id: ids[305], why: "Synthetic: another district's case." }, auth);
    expect(done.errors).toBeUndefined();
    expect(done.data!.rejectReleaseCandidate).toEqual({ id: ids[305], status: "REJECTED", judgements: [{ verdict: "REJECTED", by: "Synthetic API reviewer", why: "Synthetic: another district's case." }] });
    const rejected = await post(`{ releaseCandidates(status: REJECTED) { id judgements { why } } }`);
    expect(rejected.data!.releaseCandidates.filter((c: { id: string }) => ours.includes(c.id))).toEqual([{ id: ids[305], judgements: [{ why: "Synthetic: another district's case." }] }]);
    // By hand: 302 alone would count; 304 still cannot be placed.
    expect(await tallied(true)).toEqual({
      inWindow: before + 1,
      unreviewed: { candidates: [{ id: ids[302], status: "OPEN" }], notPlaceable: [{ id: ids[304], status: "OPEN" }], othersCounted: 0, othersNotPlaceable: 0 },
    });
  });

  it("npm run answer -- --include-unreviewed adds a marked line and section, and the JSON its unreviewed; without it, nothing", async () => {
    const args = ["--since", "2024-01-01", "--until", "2024-12-31"];
    const md = runCli("answer", env, [...args, "--include-unreviewed"]);
    expect(await md.exited, md.output()).toBe(0);
    // By hand: 302 would count, 304 cannot be placed (this file's only open ones, as the tally above shows).
    expect(md.stdout()).toContain(
      "**Not reviewed:** 1 press-release candidate would add 1 conviction in the window if a reviewer accepted it, and 1 more candidate cannot be placed in the window; not counted above (`npm run review`).",
    );
    expect(md.stdout()).toContain("## Not reviewed: press-release candidates (not counted)");
    expect(md.stdout()).toContain(
      `- ${ids[302]} [not reviewed]: Synthetic Defendant Thirty-Two, pleaded; plea or verdict 2024-07-01 (year from the release date); csam-possession (inferred from the words); sd-tex, lead hsi-charleston; "Synthetic Defendant Thirty-Two pleads guilty" https://example.org/synthetic-302`,
    );
    expect(md.stdout()).toContain(
      `- ${ids[304]} [not reviewed]: Synthetic Defendant Thirty-Four, sentenced; not dated; csam-distribution-receipt (inferred from the words); sd-tex, lead hsi; "Synthetic Defendant Thirty-Four sentenced" https://example.org/synthetic-304`,
    );

    const json = runCli("answer", env, [...args, "--format", "json", "--include-unreviewed"]);
    expect(await json.exited, json.output()).toBe(0);
    const report = JSON.parse(json.stdout());
    expect(report.bottomLine.convictionsInWindow).toBe(before + 1);
    expect({ count: report.unreviewed.count, ids: report.unreviewed.candidates.map((c: { id: string }) => c.id), notPlaceable: report.unreviewed.notPlaceable.map((c: { id: string }) => c.id) }).toEqual({
      count: 1,
      ids: [ids[302]],
      notPlaceable: [ids[304]],
    });

    const plain = runCli("answer", env, [...args, "--format", "json"]);
    expect(await plain.exited, plain.output()).toBe(0);
    expect(JSON.parse(plain.stdout()).unreviewed).toBeNull();
  });
});
