import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startHttpServer, type RunningHttpServer } from "../src/api/http-server.ts";
import { defaultApiSettings } from "../src/config.ts";
import { cleanEnv, runCli } from "./helpers/cli.ts";
import { countingDriver } from "./helpers/counting-driver.ts";
import { testDriver } from "./helpers/db.ts";
import { runnerFor } from "../src/db/query-runner.ts";
import { loadSeed, removeSeed } from "./helpers/seed-data.ts";

// An id that names nothing is refused with the closest valid ids, never answered with zero.
// These tests read the seed answer's data (helpers/seed-data.ts): its reference files hold the
// 94 districts, the statute catalog, the categories and the agencies.
const { driver, database, db } = testDriver();
const counted = countingDriver(driver);
let server: RunningHttpServer;
let production: RunningHttpServer;

type Answer = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

async function ask(query: string, target: RunningHttpServer = server): Promise<Answer> {
  const response = await fetch(`${target.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  return (await response.json()) as Answer;
}
const refusal = (answer: Answer) => answer.errors?.map((e) => [e.extensions?.code, e.message]);

beforeAll(async () => {
  await loadSeed(db);
  server = await startHttpServer({ db: runnerFor(counted.driver, database), host: "127.0.0.1", port: 0 });
  production = await startHttpServer({ db, host: "127.0.0.1", port: 0, api: { ...defaultApiSettings, introspection: false, production: true } });
});
afterAll(async () => {
  await server.stop();
  await production.stop();
  await removeSeed(driver, database);
  await driver.close();
});

describe("an id that names nothing", () => {
  it("a district written the old way: refused, with sd-tex first (1 edit) and then the Texas districts 2 edits away", async () => {
    expect(refusal(await ask(`{ convictions(filter: { district: "s-d-tex" }) { totalCount } }`))).toEqual([
      ["BAD_USER_INPUT", 'Argument "filter.district" names no district: "s-d-tex". The closest district ids: sd-tex, ed-tex, nd-tex.'],
    ]);
  });

  it("a bare section number: refused, with the one statute id that contains it", async () => {
    expect(refusal(await ask(`{ convictionTally(since: "2023-01-01", statutes: ["2251"]) { convictionsInWindow } }`))).toEqual([
      ["BAD_USER_INPUT", 'Argument "statutes" names no statute: "2251". The closest statute ids: 18-usc-2251.'],
    ]);
    // 2252 is in two ids: § 2252 and § 2252A.
    expect(refusal(await ask(`{ convictionTally(since: "2023-01-01", statutes: ["18-usc-2251", "2252"]) { convictionsInWindow } }`))).toEqual([
      ["BAD_USER_INPUT", 'Argument "statutes" names no statute: "2252". The closest statute ids: 18-usc-2252, 18-usc-2252a.'],
    ]);
  });

  it("an unknown agency and an unknown category in convictions, both named in one refusal, before anything is counted", async () => {
    counted.reset();
    const answer = await ask(`{ convictions(filter: { agency: "hsi-charlston", category: "csam" }) { totalCount edges { node { id } } } }`);
    expect(refusal(answer)).toEqual([
      [
        "BAD_USER_INPUT",
        'Argument "filter.agency" names no agency: "hsi-charlston". The closest agency ids: hsi-charleston.\n' +
          // "csam" is in the ids of the three CSAM categories: the two 11 letters longer first.
          'Argument "filter.category" names no offense category: "csam". The closest offense category ids: csam-possession, csam-production, csam-distribution-receipt.',
      ],
    ]);
    expect(answer.errors![0]!.extensions!.problems).toEqual([
      { argument: "filter.agency", value: "hsi-charlston", closest: ["hsi-charleston"] },
      { argument: "filter.category", value: "csam", closest: ["csam-possession", "csam-production", "csam-distribution-receipt"] },
    ]);
    expect(counted.roundTrips()).toBe(1);
  });

  it("an unknown agency in the tally, even when only its lists are asked for", async () => {
    expect(refusal(await ask(`{ convictionTally(since: "2023-01-01", agency: "ici") { inWindow { edges { node { id } } } } }`))).toEqual([
      // ice is 1 edit away; fbi, hsi and hti 2, alphabetically.
      ["BAD_USER_INPUT", 'Argument "agency" names no agency: "ici". The closest agency ids: ice, fbi, hsi.'],
    ]);
  });

  it("claims: an unknown claimant and scope agency", async () => {
    expect(refusal(await ask(`{ claims(claimant: "bsj", scopeAgency: "HSI Charleston") { id } }`))).toEqual([
      [
        "BAD_USER_INPUT",
        // bjs (two letters swapped), doj (b→d, s→o) and hsi (b→h, j→i) are each 2 edits from bsj; hsi-charleston is 1 from "hsi charleston".
        'Argument "claimant" names no claimant: "bsj". The closest claimant ids: bjs, doj, hsi.\n' +
          'Argument "scopeAgency" names no agency: "HSI Charleston". The closest agency ids: hsi-charleston.',
      ],
    ]);
  });
});

describe("ids as people write them", () => {
  const tally = (agency: string) => ask(`{ convictionTally(since: "2023-01-01", agency: "${agency}") { agency { id } convictionsInWindow } }`);

  it("an agency by its abbreviation, in any case: HSI, hsi and Hsi are hsi", async () => {
    const answers = await Promise.all(["HSI", "hsi", "Hsi"].map(tally));
    expect(answers.map((a) => a.data)).toEqual(["HSI", "hsi", "Hsi"].map(() => ({ convictionTally: { agency: { id: "hsi" }, convictionsInWindow: 2 } })));
  });

  it("a claimant by the name the API shows for it: factually.co is the fact-check", async () => {
    const byName = await ask(`{ claims(claimant: "factually.co") { id claimant } }`);
    const byId = await ask(`{ claims(claimant: "src-factually-ice-hsi-convictions-since-2023") { id claimant } }`);
    expect(byName.errors).toBeUndefined();
    expect(byName.data).toEqual(byId.data);
    // The fact-check makes nine claims (seed/sources/factually-fact-check.yaml).
    expect((byName.data!.claims as { claimant: string }[]).map((c) => c.claimant)).toEqual(Array.from({ length: 9 }, () => "factually.co"));
  });

  it("a district by abbreviation or caseload code: the S.D. Tex. conviction", async () => {
    const ids = async (district: string) =>
      ((await ask(`{ convictions(filter: { district: "${district}" }) { edges { node { id } } } }`)).data!.convictions as { edges: { node: { id: string } }[] }).edges.map(
        (e) => e.node.id,
      );
    expect(await Promise.all(["sd-tex", "S.D. Tex.", "TXS"].map(ids))).toEqual([["conv-sdtx-santos-moya"], ["conv-sdtx-santos-moya"], ["conv-sdtx-santos-moya"]]);
  });

  it("npm run answer -- --agency Hsi answers for HSI", async () => {
    const neo4j = inject("neo4j");
    const run = runCli(
      "answer",
      cleanEnv({ NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database }),
      ["--since", "2023-01-01", "--agency", "Hsi", "--format", "json"],
    );
    expect(await run.exited).toBe(0);
    expect((JSON.parse(run.stdout()) as { bottomLine: { convictionsInWindow: number } }).bottomLine.convictionsInWindow).toBe(2);
  });
});

describe("a window that ends before it starts", () => {
  it("is refused by every query that takes since and until", async () => {
    const answers = await Promise.all([
      ask(`{ convictionTally(since: "2023-01-01", until: "2022-12-31") { convictionsInWindow } }`),
      ask(`{ claims(since: "2023-01-01", until: "2022-12-31") { id } }`),
      ask(`{ convictions(filter: { since: "2023-01-01", until: "2022-12-31" }) { totalCount } }`),
    ]);
    expect(answers.map(refusal)).toEqual([
      [["BAD_USER_INPUT", 'Argument "until" (2022-12-31) is before "since" (2023-01-01): the window would be empty.']],
      [["BAD_USER_INPUT", 'Argument "until" (2022-12-31) is before "since" (2023-01-01): the window would be empty.']],
      [["BAD_USER_INPUT", 'Argument "filter.until" (2022-12-31) is before "filter.since" (2023-01-01): the window would be empty.']],
    ]);
  });

  it("a one-day window is a window", async () => {
    expect((await ask(`{ convictionTally(since: "2024-05-30", until: "2024-05-30") { convictionsInWindow } }`)).data).toEqual({
      convictionTally: { convictionsInWindow: 1 },
    });
  });
});

describe("an enum value outside its list", () => {
  const wrongStage = `{ convictions(filter: { stage: CONVICTED_PLE }) { totalCount } }`;
  const allowed = "Allowed values: INDICTED, CONVICTED, CONVICTED_PLEA, CONVICTED_TRIAL, ACQUITTED, DISMISSED, PENDING.";

  it("gets GraphQL's own validation error, which names the allowed values", async () => {
    expect(refusal(await ask(wrongStage))).toEqual([["GRAPHQL_VALIDATION_FAILED", `Value "CONVICTED_PLE" does not exist in "ChargeStage" enum. ${allowed}`]]);
  });

  it("names them in production too, where schema hints are hidden", async () => {
    expect(refusal(await ask(wrongStage, production))).toEqual([["GRAPHQL_VALIDATION_FAILED", `Value "CONVICTED_PLE" does not exist in "ChargeStage" enum. ${allowed}`]]);
  });
});
