import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { startHttpServer, type RunningHttpServer } from "../src/api/http-server.ts";
import {
  AgenciesDocument,
  ClaimsDocument,
  ConvictionsDocument,
  ConvictionTallyDocument,
  type ConvictionFilter,
  type ConvictionTallyQuery,
  LookupDocument,
  ProvenanceDocument,
  SearchDocument,
  SourceImpactDocument,
} from "../src/api/generated/operations.ts";
import { createDriver } from "../src/db/driver.ts";
import { runnerFor } from "../src/db/query-runner.ts";
import { freePort } from "../src/db/local-neo4j/ports.ts";
import type { AnswerReport } from "../src/report/answer-report.ts";
import { cleanEnv, runCli } from "./helpers/cli.ts";
import { countingDriver } from "./helpers/counting-driver.ts";
import { testDriver } from "./helpers/db.ts";
import { loadSeed, removeSeed } from "./helpers/seed-data.ts";

// These tests read the real seed data through the HTTP API (see helpers/seed-data.ts).
const { driver, database, db } = testDriver();
const counted = countingDriver(driver);
let server: RunningHttpServer;

async function post<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<{ data?: R; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return (await response.json()) as { data?: R; errors?: { message: string }[] };
}

/** The tally with its lists as plain arrays (the seed answer's lists fit on one page). */
function flat(t: ConvictionTallyQuery["convictionTally"]) {
  return {
    ...t,
    inWindow: t.inWindow.edges.map((e) => e.node),
    notPlaceable: t.notPlaceable.edges.map((e) => e.node),
    pendingCharges: t.pendingCharges.edges.map((e) => e.node),
  };
}

beforeAll(async () => {
  await loadSeed(db);
  server = await startHttpServer({ db: runnerFor(counted.driver, database), host: "127.0.0.1", port: 0 });
});
afterAll(async () => {
  await server.stop();
  await removeSeed(driver, database);
  await driver.close();
});
beforeEach(() => counted.reset());

describe("the question: HSI convictions since 2023-01-01", () => {
  const tally = async () => {
    const result = await post(ConvictionTallyDocument, { since: "2023-01-01", agency: "hsi" });
    expect(result.errors).toBeUndefined();
    return flat(result.data!.convictionTally);
  };

  it("counts two convictions as a documented lower bound, dated by plea or else by judgment", async () => {
    const t = await tally();
    expect(t.agency.path).toEqual(["DHS", "ICE", "HSI"]);
    expect({ count: t.convictionsInWindow, lowerBound: t.lowerBound }).toEqual({ count: 2, lowerBound: true });
    expect(t.rule).toMatch(/^Counts are documented lower bounds/);
    expect(t.inWindow.map((c) => [c.id, c.date.text, c.date.precision, c.datedBy, c.defendant, c.defendantNamed])).toEqual([
      // Sentenced December 2023 per the fact-check; no plea date: the judgment dates it.
      ["conv-perez-figueroa", "2023-12", "MONTH", "JUDGMENT", "Perez Figueroa", true],
      ["conv-sdtx-santos-moya", "2024-05-30", "DAY", "PLEA_OR_VERDICT", "Kevin Alejandro Santos-Moya", true],
    ]);
    expect({ cases: t.cases, districts: t.districts, fieldOffices: t.fieldOffices }).toEqual({
      cases: 2,
      districts: 1, // S.D. Tex.; the Perez Figueroa case has no district
      fieldOffices: 0, // both investigations are credited to HSI, not to a field office
    });
  });

  it("lists the four Charleston convictions as not placeable in time", async () => {
    const t = await tally();
    expect(t.notPlaceable.map((c) => [c.id, c.status, c.defendant, c.defendantNamed, c.case.leadAgency.name])).toEqual(
      [1, 2, 3, 4].map((n) => [`conv-hsi-charleston-${n}-of-4`, "UNKNOWN", `defendant ${n} of 4`, false, "HSI Charleston"]),
    );
  });

  it("lists the New England indictments as pending charges, not convictions", async () => {
    const t = await tally();
    expect(t.pendingCharges.map((c) => [c.id, c.stage, c.statute?.section, c.statuteBasis])).toEqual([
      ["charge-hsi-new-england-conspiracy", "INDICTED", "18 U.S.C. § 1594(c)", "INFERRED"],
      ["charge-hsi-new-england-force-fraud-coercion", "INDICTED", "18 U.S.C. § 1591", "INFERRED"],
      ["charge-hsi-new-england-minor", "INDICTED", "18 U.S.C. § 1591", "INFERRED"],
    ]);
  });

  it("breaks the count down by statute and by category", async () => {
    const t = await tally();
    expect(t.byStatute.map((s) => [s.statute?.section ?? null, s.convictions])).toEqual([
      [null, 2], // possession (Santos-Moya) and distribution (Perez Figueroa) name no statute
      ["18 U.S.C. § 2251", 1], // production, inferred from words (Perez Figueroa)
    ]);
    expect(t.byCategory.map((c) => [c.category.id, c.convictions])).toEqual([
      ["csam-distribution-receipt", 1],
      ["csam-possession", 1],
      ["csam-production", 1],
    ]);
  });

  it("traces every counted conviction to its case and sources", async () => {
    const t = await tally();
    const santos = t.inWindow.find((c) => c.id === "conv-sdtx-santos-moya")!;
    expect(santos.case.district).toBe("Southern District of Texas");
    expect(santos.case.districtInferred).toMatch(/dateline is Brownsville/);
    expect(santos.citations.map((c) => [c.source.id, c.source.url, c.source.mirrorOfPublisher])).toEqual([
      [
        "src-usao-sdtx-santos-moya",
        "https://securengin.fifthestate.nz/2025/01/24/possessing-images-and-videos-of-child-sexual-abuse-material-sends-mexican-man-to-prison",
        "Office of United States Attorneys",
      ],
    ]);
    for (const c of [...t.inWindow, ...t.notPlaceable]) {
      expect(c.citations.length, c.id).toBeGreaterThan(0);
      expect(c.case.citations.length, c.id).toBeGreaterThan(0);
    }
  });

  it("gives the agency statistics that bear on it, with their caveats", async () => {
    const t = await tally();
    const byId = Object.fromEntries(t.statistics.map((s) => [s.id, s]));
    expect(t.statistics.map((s) => s.id)).toEqual([
      "claim-factcheck-hsi-child-exploitation-convictions",
      "claim-hsi-child-exploitation-convictions-fy2021",
      "claim-dhs-fact-sheet-hsi-convictions-fy2022",
      "claim-ccht-fy2023-dhs-convictions",
      "claim-ccht-fy2024-dhs-convictions",
    ]);
    expect(byId["claim-ccht-fy2023-dhs-convictions"]!.caveats).toEqual([
      "Counts all of DHS, not only HSI.",
      "Covers FY2023 (2022-10-01 to 2023-09-30), not the window 2023-01-01 to today.",
      "Counts human trafficking of every kind (adults and forced labor included), not only child trafficking.",
    ]);
    expect(byId["claim-factcheck-hsi-child-exploitation-convictions"]!.discrepancies).toEqual([
      'period: "unknown" where the restated claim has "FY2022"',
    ]);
    expect(byId["claim-dhs-fact-sheet-hsi-convictions-fy2022"]!.caveats).toContain('"More than" 2147: a lower bound.');
  });

  it("keeps to its round-trip budget: one for the ids the arguments name, one for the numbers, one for the statistics, two per list of convictions and one for the pending charges", async () => {
    const ask = async (selection: string) => {
      counted.reset();
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `{ convictionTally(since: "2023-01-01", agency: "hsi") { ${selection} } }` }),
      });
      expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
      return counted.roundTrips();
    };
    expect(await ask("convictionsInWindow notPlaceableCount cases districts fieldOffices byStatute { convictions } byCategory { convictions }")).toBe(2);
    expect(await ask("convictionsInWindow statistics { id }")).toBe(3);
    // A list of convictions: the page's ids, then their rows. Its total is one of the numbers.
    expect(await ask("convictionsInWindow inWindow { totalCount edges { node { id } } }")).toBe(4);
    // A list alone is not charged for counting: the ids are checked, then the page is read.
    expect(await ask("inWindow(first: 5) { edges { node { id } } }")).toBe(3);
    expect(await ask("notPlaceable { totalCount edges { node { id } } }")).toBe(4);
    // The pending charges' count and their list share one query.
    expect(await ask("pendingChargeCount pendingCharges { totalCount edges { node { id } } }")).toBe(3);
    counted.reset();
    await tally(); // everything: the ids, the numbers, the statistics and three lists
    expect(counted.roundTrips()).toBe(8);
  });

  it("reads citations only when the request selects them, through fragments too", async () => {
    const ask = async (selection: string, fragments = "") => {
      counted.reset();
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: `query { convictionTally(since: "2023-01-01", agency: "hsi") { ${selection} } }${fragments}`,
        }),
      });
      const { data } = (await response.json()) as {
        data: { convictionTally: { convictionsInWindow: number; inWindow: { edges: { node: { id: string; citations?: unknown[] } }[] } } };
      };
      const page = counted.queries().find((q) => "withCitations" in q.parameters)!;
      return { tally: data.convictionTally, withCitations: page.parameters.withCitations };
    };
    const bare = await ask("convictionsInWindow inWindow { edges { node { id } } }");
    const cited = await ask("convictionsInWindow inWindow { edges { node { id ...Cited } } }", " fragment Cited on ConvictionRow { citations { source { id } } }");
    expect([bare.withCitations, cited.withCitations]).toEqual([false, true]);
    expect(bare.tally).toEqual({
      convictionsInWindow: 2,
      inWindow: { edges: [{ node: { id: "conv-perez-figueroa" } }, { node: { id: "conv-sdtx-santos-moya" } }] },
    });
    expect(cited.tally.inWindow.edges.map(({ node: c }) => [c.id, (c.citations ?? []).length])).toEqual([
      ["conv-perez-figueroa", 1],
      ["conv-sdtx-santos-moya", 1],
    ]);
  });
});

describe("filters", () => {
  it("a field office's own convictions: HSI Charleston has none it can place", async () => {
    const { data } = await post(ConvictionTallyDocument, { since: "2023-01-01", agency: "hsi-charleston" });
    expect(data!.convictionTally.convictionsInWindow).toBe(0);
    expect(flat(data!.convictionTally).notPlaceable).toHaveLength(4);
  });

  it("by category: only CSAM possession", async () => {
    const { data } = await post(ConvictionTallyDocument, {
      since: "2023-01-01",
      agency: "hsi",
      categories: ["csam-possession"],
    });
    expect(flat(data!.convictionTally).inWindow.map((c) => c.id)).toEqual(["conv-sdtx-santos-moya"]);
  });

  it("by statute: § 2251 keeps only the production charge", async () => {
    const { data } = await post(ConvictionTallyDocument, { since: "2023-01-01", agency: "hsi", statutes: ["18-usc-2251"] });
    expect(flat(data!.convictionTally).inWindow.map((c) => [c.id, c.charges.map((ch) => ch.id)])).toEqual([
      ["conv-perez-figueroa", ["charge-perez-figueroa-production"]],
    ]);
  });

  it("a closed window ending 2023-12-31 keeps the December 2023 judgment", async () => {
    const { data } = await post(ConvictionTallyDocument, { since: "2023-01-01", until: "2023-12-31", agency: "hsi" });
    expect(flat(data!.convictionTally).inWindow.map((c) => c.id)).toEqual(["conv-perez-figueroa"]);
  });
});

describe("errors", () => {
  it("say what is wrong with an argument", async () => {
    const result = await post(ConvictionTallyDocument, { since: "January 2023", agency: "hsi" });
    expect(result.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['Argument "since" must be a day written yyyy-mm-dd, such as 2023-01-01; got "January 2023".', "BAD_USER_INPUT"],
    ]);
  });

  it("name an unknown agency and the closest ids, whether the request asks for the numbers or only for a list", async () => {
    const refusal = 'Argument "agency" names no agency: "hsi-charlestown". The closest agency ids: hsi-charleston.';
    const result = await post(ConvictionTallyDocument, { since: "2023-01-01", agency: "hsi-charlestown" });
    expect(result.errors?.map((e) => e.message)).toEqual([refusal]);
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ convictionTally(since: "2023-01-01", agency: "hsi-charlestown") { inWindow { edges { node { id } } } } }` }),
    });
    const listOnly = (await response.json()) as { data: unknown; errors?: { message: string; extensions: { code: string } }[] };
    expect(listOnly.errors?.map((e) => [e.message, e.extensions.code])).toEqual([[refusal, "BAD_USER_INPUT"]]);
    expect(listOnly.data).toBeNull();
  });
});

describe("provenance", () => {
  it.each<[string, string, string, string[]]>([
    ["conv-sdtx-santos-moya", "Conviction", "inv-sdtx-santos-moya", ["hsi", "ice", "dhs"]],
    ["sent-perez-figueroa", "Sentence", "inv-perez-figueroa", ["hsi", "ice", "dhs"]],
    ...[1, 2, 3, 4].map((n): [string, string, string, string[]] => [
      `conv-hsi-charleston-${n}-of-4`,
      "Conviction",
      "inv-hsi-charleston-sex-trafficking-org",
      ["hsi-charleston", "hsi", "ice", "dhs"],
    ]),
  ])("of %s: its whole case up to the lead agency and its parents, every node sourced", async (id, label, investigation, agencies) => {
    const { data } = await post(ProvenanceDocument, { id });
    const tree = data!.provenance!;
    expect([tree.focus, tree.focusLabel, tree.investigation.id]).toEqual([id, label, investigation]);
    const inv = tree.investigation;
    expect([inv.leadAgency, ...inv.leadAgencyParents].map((a) => a.id)).toEqual(agencies);
    const defendants = inv.prosecutions.flatMap((p) => p.defendants);
    const nodes = [
      inv,
      inv.leadAgency,
      ...inv.leadAgencyParents,
      ...inv.prosecutions,
      ...defendants,
      ...defendants.flatMap((d) => [...d.charges, ...d.convictions, ...d.convictions.flatMap((c) => c.sentences)]),
    ];
    expect(nodes.map((n) => n.id)).toContain(id);
    for (const node of nodes) expect(node.citations.length, node.id).toBeGreaterThan(0);
    expect(counted.roundTrips()).toBe(1);
  });

  it("carries each date with its precision, and the sentence's prison term", async () => {
    const { data } = await post(ProvenanceDocument, { id: "sent-perez-figueroa" });
    const conviction = data!.provenance!.investigation.prosecutions[0]!.defendants[0]!.convictions[0]!;
    expect([conviction.id, conviction.date, conviction.sentences.map((s) => [s.id, s.date, s.prison])]).toEqual([
      "conv-perez-figueroa",
      { text: "unknown", precision: "UNKNOWN" },
      [["sent-perez-figueroa", { text: "2023-12", precision: "MONTH" }, { kind: "MONTHS", months: 360 }]],
    ]);
  });

  it("of a source: everything it supports, and what only it supports", async () => {
    const { data } = await post(SourceImpactDocument, { id: "src-usao-sdtx-santos-moya" });
    const impact = data!.sourceImpact!;
    expect(impact.supports.map((s) => [s.id, s.soleSupport])).toEqual([
      ["charge-sdtx-santos-moya-possession", true],
      ["conv-sdtx-santos-moya", true],
      ["def-sdtx-santos-moya", true],
      ["doj-ceos", true],
      ["doj-criminal-division", true],
      ["inv-sdtx-santos-moya", true],
      ["pros-sdtx-santos-moya", true],
      ["sent-sdtx-santos-moya", true],
      ["usao-sdtx", false], // also cited to an ICE release
    ]);
    expect(impact.wouldLoseAllSupport).toBe(8);
    expect(counted.roundTrips()).toBe(1);
  });

  it("of an unknown id: null", async () => {
    const { data } = await post(ProvenanceDocument, { id: "no-such-fact" });
    expect(data!.provenance).toBeNull();
  });

  it("lists the agencies of the seed's hierarchy with their parents", async () => {
    const { data } = await post(AgenciesDocument, {});
    const hsi = data!.agencies.filter((a) => ["dhs", "ice", "hsi", "hsi-charleston"].includes(a.id));
    expect(hsi.map((a) => [a.id, a.parentId, a.path])).toEqual([
      ["dhs", null, ["DHS"]],
      ["ice", "dhs", ["DHS", "ICE"]],
      ["hsi", "ice", ["DHS", "ICE", "HSI"]],
      ["hsi-charleston", "hsi", ["DHS", "ICE", "HSI", "HSI Charleston"]],
    ]);
  });
});

describe("faults", () => {
  it("mask an internal error", async () => {
    const failing = new Proxy(driver, {
      get: (target, property) =>
        property === "executeQuery"
          ? () => Promise.reject(new Error("a secret detail of the failure"))
          : (Reflect.get(target, property) as unknown),
    });
    const broken = await startHttpServer({ db: runnerFor(failing, database), host: "127.0.0.1", port: 0 });
    try {
      const response = await fetch(`${broken.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: '{ provenance(id: "conv-perez-figueroa") { focus } }' }),
      });
      const text = await response.text();
      expect(text).not.toContain("secret");
      expect(JSON.parse(text).errors).toEqual([
        { message: "Internal server error", path: ["provenance"], extensions: { code: "INTERNAL_SERVER_ERROR" } },
      ]);
    } finally {
      await broken.stop();
    }
  });

  it("say the database is unavailable when it does not answer", async () => {
    const port = await freePort();
    const down = createDriver({ uri: `bolt://127.0.0.1:${port}`, user: "neo4j", password: undefined, database });
    const orphan = await startHttpServer({ db: runnerFor(down, database), host: "127.0.0.1", port: 0 });
    try {
      const started = Date.now();
      const response = await fetch(`${orphan.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: '{ provenance(id: "conv-perez-figueroa") { focus } }' }),
      });
      expect((await response.json()).errors).toEqual([
        { message: "The database is unavailable; try again shortly.", path: ["provenance"], extensions: { code: "UNAVAILABLE" } },
      ]);
      expect(Date.now() - started).toBeLessThan(8_000);
      const health = await fetch(`${orphan.url}/health`);
      expect(health.status).toBe(503);
    } finally {
      await orphan.stop();
      await down.close();
    }
  });
});

describe("npm run answer", () => {
  const neo4j = inject("neo4j");
  const answer = async (format: "json" | "md") => {
    const run = runCli(
      "answer",
      cleanEnv({ NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database }),
      ["--since", "2023-01-01", "--agency", "HSI", "--format", format],
    );
    expect(await run.exited).toBe(0);
    return run.stdout();
  };

  it("gives the bottom line from the graph", async () => {
    const report = JSON.parse(await answer("json")) as AnswerReport;
    expect(report.bottomLine).toEqual({
      convictionsInWindow: 2,
      lowerBound: true,
      childSexualExploitation: 2,
      childSexTrafficking: 0,
      transportationOfAMinor: 0,
      cases: 2,
      districts: 1,
      fieldOffices: 0,
      notPlaceable: 4,
      pendingCharges: 3,
      partnerOnly: 0,
      // Perez Figueroa (counted) and the Charleston four: only the fact-check states them.
      restingOnClaimUnderReview: 5,
    });
    // Perez Figueroa: production and distribution, so production; Santos-Moya: possession.
    expect(report.families.map((f) => [f.family, f.convictions, f.inferred])).toEqual([
      ["csam-production", 1, 1],
      ["csam-possession", 1, 1],
    ]);
    expect(report.data.version).toMatch(/^[0-9a-f]{64}$/);
    expect(report.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(report.convictions.map((c) => [c.defendant, c.date, c.datedBy, c.prison?.months])).toEqual([
      ["Perez Figueroa", "2023-12", "JUDGMENT", 360],
      ["Kevin Alejandro Santos-Moya", "2024-05-30", "PLEA_OR_VERDICT", 60],
    ]);
    expect(report.notPlaceable.map((c) => c.prison?.months)).toEqual([327, 293, 60, 60]);
  });

  it("reproduces every figure of the seed answer, each with a citation that resolves", async () => {
    const report = JSON.parse(await answer("json")) as AnswerReport;
    const figures = report.publishedAnswers.map((c) => String(c.value ?? c.valueText)).sort();
    expect(figures).toEqual(["1282", "181", "1919", "2147", "2610", "289", "7110", "hundreds", "thousands"].sort());
    expect(report.pendingCharges.map((c) => c.description)).toEqual([
      "conspiracy to commit sex trafficking",
      "sex trafficking by force, fraud or coercion",
      "sex trafficking of a minor",
    ]);
    const numbers = new Set(report.sources.map((s) => s.n));
    const cited = JSON.stringify(report)
      .match(/"citations":\[[\d,]*\]/g)!
      .flatMap((m) => (JSON.parse(m.slice("\"citations\":".length)) as number[]));
    expect(cited.length).toBeGreaterThan(0);
    for (const n of cited) expect(numbers.has(n), `citation [${n}]`).toBe(true);
    expect(report.publishedAnswers.every((c) => c.citations.length > 0)).toBe(true);
  });

  it("states both discrepancies of the seed answer", async () => {
    const report = JSON.parse(await answer("json")) as AnswerReport;
    expect(
      report.discrepancies.filter((d) => d.claim.startsWith("claim-factcheck-")).map((d) => [d.claim, d.restates, d.differences]),
    ).toEqual([
      ["claim-factcheck-hsi-arrests-fy2023", "claim-ccht-fy2023-dhs-arrests", ['scope agency: "HSI" where the restated claim has "DHS"']],
      [
        "claim-factcheck-hsi-child-exploitation-convictions",
        "claim-dhs-fact-sheet-hsi-convictions-fy2022",
        ['period: "unknown" where the restated claim has "FY2022"'],
      ],
    ]);
    const markdown = await answer("md");
    for (const heading of [
      "## Bottom line",
      "## Offence families",
      "## Cases behind the count",
      "## Not in the count",
      "## Compared with the agencies' published figures",
      "## How the cases were found",
      "## Caveats",
      "## Sources",
    ]) {
      expect(markdown).toContain(heading);
    }
    expect(markdown).toContain("At least 2 federal convictions for child sexual exploitation are documented in 2 cases that HSI led, dated 2023-01-01 onward.");
  });
});

describe("exploration", () => {
  it("pages through convictions with a total, in date order, undated last", async () => {
    const first = await post(ConvictionsDocument, { filter: { agency: "hsi" }, sort: "DATE_ASC", first: 2 });
    const page1 = first.data!.convictions;
    expect(page1.totalCount).toBe(6);
    expect(page1.edges.map((e) => e.node.id)).toEqual(["conv-perez-figueroa", "conv-sdtx-santos-moya"]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(counted.roundTrips()).toBe(4); // the agency checked, the page's ids and rows, and the total (counted only when selected)

    const second = await post(ConvictionsDocument, { filter: { agency: "hsi" }, first: 10, after: page1.pageInfo.endCursor });
    const page2 = second.data!.convictions;
    expect(page2.totalCount).toBe(6);
    expect(page2.edges.map((e) => e.node.id)).toEqual([1, 2, 3, 4].map((n) => `conv-hsi-charleston-${n}-of-4`));
    expect(page2.pageInfo).toEqual({ hasNextPage: false, endCursor: page2.edges.at(-1)!.cursor });
  });

  it("filters by district, statute, category, stage and date window", async () => {
    const ids = async (filter: ConvictionFilter) =>
      (await post(ConvictionsDocument, { filter })).data!.convictions.edges.map((e) => e.node.id);
    expect(await ids({ district: "sd-tex" })).toEqual(["conv-sdtx-santos-moya"]);
    expect(await ids({ statute: "18-usc-2251" })).toEqual(["conv-perez-figueroa"]);
    expect(await ids({ category: "child-sex-trafficking" })).toEqual([1, 2, 3, 4].map((n) => `conv-hsi-charleston-${n}-of-4`));
    expect(await ids({ stage: "CONVICTED_PLEA" })).toEqual(["conv-sdtx-santos-moya"]);
    expect(await ids({ since: "2024-01-01" })).toEqual(["conv-sdtx-santos-moya"]);
    expect(await ids({ agency: "hsi-new-england" })).toEqual([]);
  });

  it("sorts by defendant", async () => {
    const { data } = await post(ConvictionsDocument, { sort: "DEFENDANT_ASC", first: 3 });
    expect(data!.convictions.edges.map((e) => e.node.defendant)).toEqual([
      "Kevin Alejandro Santos-Moya",
      "Perez Figueroa",
      "defendant 1 of 4",
    ]);
  });

  it("refuses a page size out of range and a cursor it did not give out", async () => {
    const tooMany = await post(ConvictionsDocument, { first: 500 });
    expect(tooMany.errors?.map((e) => e.message)).toEqual(['"first" must be from 1 to 100; got 500.']);
    const forged = await post(ConvictionsDocument, { after: "not-a-cursor" });
    expect(forged.errors?.map((e) => e.message)).toEqual(['"after" is not a cursor this API gave out: "not-a-cursor".']);
  });

  it("searches names and titles", async () => {
    const { data } = await post(SearchDocument, { text: "Charleston", first: 5 });
    expect(data!.search.map((h) => [h.label, h.id])).toEqual(
      expect.arrayContaining([
        ["Agency", "hsi-charleston"],
        ["Investigation", "inv-hsi-charleston-sex-trafficking-org"],
      ]),
    );
    const hostile = await post(SearchDocument, { text: 'Charleston" OR *:* AND (' });
    expect(hostile.errors).toBeUndefined();
  });

  it("lists statistics by metric, period and scope, with discrepancies flagged", async () => {
    const { data } = await post(ClaimsDocument, { metric: "arrests", period: "FY2023", since: "2023-01-01", agency: "hsi" });
    expect(data!.claims.map((c) => [c.id, c.scopeAgency.abbreviation, c.discrepancies])).toEqual([
      ["claim-ccht-fy2023-dhs-arrests", "DHS", []],
      ["claim-factcheck-hsi-arrests-fy2023", "HSI", ['scope agency: "HSI" where the restated claim has "DHS"']],
      ["claim-latinarepublic-hsi-arrests-fy2023", "HSI", ['scope agency: "HSI" where the restated claim has "DHS"']],
    ]);
    const dhsOnly = await post(ClaimsDocument, { metric: "arrests", period: "FY2023", scopeAgency: "dhs", since: "2023-01-01", agency: "hsi" });
    expect(dhsOnly.data!.claims.map((c) => c.id)).toEqual(["claim-ccht-fy2023-dhs-arrests"]);
  });

  it("looks a fact up by id", async () => {
    const { data } = await post(LookupDocument, { id: "sent-perez-figueroa" });
    expect(data!.lookup).toEqual({
      id: "sent-perez-figueroa",
      label: "Sentence",
      summary: "Sentence of 360 months in prison, dated 2023-12",
      date: { text: "2023-12", precision: "MONTH" },
      citations: [{ locator: "section 2, second sentence", source: { id: "src-factually-ice-hsi-convictions-since-2023" } }],
    });
    expect((await post(LookupDocument, { id: "no-such-fact" })).data!.lookup).toBeNull();
  });
});
