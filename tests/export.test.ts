import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ConvictionTallyDocument, type ConvictionTallyQuery } from "../src/api/generated/operations.ts";
import { createGraphqlServer } from "../src/api/graphql-server.ts";
import { readConfig } from "../src/config.ts";
import { reviewer } from "../src/export/claimreview.ts";
import { expandLocally } from "../src/export/json-ld.ts";
import { importSeed } from "../src/ingest/import-seed.ts";
import { cleanEnv, runCli } from "./helpers/cli.ts";
import { testDriver, testIdPrefix } from "./helpers/db.ts";
import { loadSeed, removeSeed } from "./helpers/seed-data.ts";
import { writeSeedFolder } from "./helpers/synthetic-seed.ts";

// `npm run export` run as a user runs it, against the test database: a small synthetic case
// for the CSV and the PROV document, and the seed answer's own claims for the ClaimReviews.
const { driver, database, db } = testDriver();
const p = testIdPrefix();
const neo4j = inject("neo4j");
const env = cleanEnv({ NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database });

/** Runs the command; its exit code, what it printed to standard output, and everything it printed. */
async function exportCommand(...args: string[]) {
  const run = runCli("export", env, args);
  const code = await run.exited;
  return { code, stdout: run.stdout(), output: run.output() };
}

const url = (n: number) => `https://example.org/${p}release-${n}`;
const cite = (n: number, locator = "paragraph 1") => `[{ source: ${p}src-${n}, locator: "${locator}", supports: "Synthetic support ${n}." }]`;

/**
 * An agency with a field office that leads one investigation: four defendants, each
 * convicted once. Against the window since 2023-01-01: conviction 1 by plea on 2024-05-30
 * (in), conviction 2 undated but sentenced in 2023-12 (in, dated by the judgment),
 * conviction 3 dated FY2023 (imprecise: cannot be placed), conviction 4 on 2022-06-01 (out).
 */
const syntheticData = `
sources:
  - id: ${p}src-1
    kind: press_release
    publisher: Synthetic mirror
    mirrorOf: { publisher: Synthetic original publisher, url: null }
    title: Synthetic release 1
    url: ${url(1)}
    published: "2024-06-01"
    retrieved: "2026-11-26"
  - id: ${p}src-2
    kind: news
    publisher: Synthetic news
    title: Synthetic report 2
    url: ${url(2)}
    published: "2024-06-02"
    retrieved: "2026-11-26"
agencies:
  - id: ${p}agency
    name: Synthetic agency
    abbreviation: SYN
    kind: department
    sources: ${cite(1)}
  - id: ${p}office
    name: Synthetic field office
    kind: field_office
    partOf: ${p}agency
    sources: ${cite(1, "paragraph 9")}
  - id: ${p}partner
    name: Synthetic partner
    kind: state_or_local
    sources: ${cite(2)}
districts:
  - id: ${p}district
    name: Synthetic District
    sources: ${cite(1)}
categories:
  - id: ${p}category-a
    name: Synthetic category A
    description: Synthetic.
  - id: ${p}category-b
    name: Synthetic category B
    description: Synthetic.
statutes:
  - id: ${p}statute
    section: Synthetic section 1
    title: Synthetic statute
    categories: [${p}category-a]
    sources: ${cite(1)}
investigations:
  - id: ${p}investigation
    title: Synthetic investigation
    summary: Synthetic.
    leadAgency: ${p}office
    partnerAgencies: [${p}partner]
    sources: ${cite(1, "paragraph 2")}
prosecutions:
  - id: ${p}prosecution
    title: United States v. Synthetic defendants
    investigation: ${p}investigation
    district: ${p}district
    sources: ${cite(1, "paragraph 3")}
defendants:
  - { id: ${p}defendant-1, prosecution: ${p}prosecution, name: "Synthetic defendant 1", sources: ${cite(1, "paragraph 4")} }
  - { id: ${p}defendant-2, prosecution: ${p}prosecution, anonymousLabel: "defendant 2 of 4", sources: ${cite(2)} }
  - { id: ${p}defendant-3, prosecution: ${p}prosecution, name: "Synthetic defendant 3, \\"the third\\",\\nof four", sources: ${cite(2)} }
  - { id: ${p}defendant-4, prosecution: ${p}prosecution, name: "Synthetic defendant 4", sources: ${cite(2)} }
charges:
  - id: ${p}charge-1
    defendant: ${p}defendant-1
    description: synthetic offense
    statute: { basis: stated, statute: ${p}statute }
    stage: convicted_plea
    sources: ${cite(1, "paragraph 5")}
  - id: ${p}charge-2
    defendant: ${p}defendant-1
    description: synthetic offense in other words
    statute: null
    category: { category: ${p}category-b, inference: Synthetic inference. }
    stage: convicted_plea
    sources: ${cite(2)}
  - id: ${p}charge-3
    defendant: ${p}defendant-2
    description: synthetic offense in words
    statute: { basis: inferred, statute: ${p}statute, inference: Synthetic inference. }
    stage: convicted
    sources: ${cite(2)}
  - id: ${p}charge-4
    defendant: ${p}defendant-3
    description: synthetic offense
    statute: { basis: stated, statute: ${p}statute }
    stage: convicted_trial
    sources: ${cite(2)}
  - id: ${p}charge-5
    defendant: ${p}defendant-4
    description: synthetic offense
    statute: { basis: stated, statute: ${p}statute }
    stage: convicted_plea
    sources: ${cite(2)}
convictions:
  - { id: ${p}conviction-1, defendant: ${p}defendant-1, charges: [${p}charge-1, ${p}charge-2], method: plea, date: "2024-05-30", sources: ${cite(1, "paragraph 6")} }
  - { id: ${p}conviction-2, defendant: ${p}defendant-2, charges: [${p}charge-3], method: unknown, date: unknown, sources: ${cite(2)} }
  - { id: ${p}conviction-3, defendant: ${p}defendant-3, charges: [${p}charge-4], method: trial, date: FY2023, sources: ${cite(2)} }
  - { id: ${p}conviction-4, defendant: ${p}defendant-4, charges: [${p}charge-5], method: plea, date: "2022-06-01", sources: ${cite(2)} }
sentences:
  - { id: ${p}sentence-1, defendant: ${p}defendant-1, conviction: ${p}conviction-1, date: unknown, prison: 60, supervisedRelease: unknown, restitutionUsd: null, sources: ${cite(1, "paragraph 7")} }
  - { id: ${p}sentence-2, defendant: ${p}defendant-2, conviction: ${p}conviction-2, date: "2023-12", prison: life, supervisedRelease: life, restitutionUsd: null, sources: ${cite(2)} }
`;

/** The tally of the synthetic agency since 2023-01-01, asked of the GraphQL API in this process. */
async function tallyThroughApi(): Promise<ConvictionTallyQuery["convictionTally"]> {
  const server = createGraphqlServer(readConfig(env).api);
  await server.start();
  try {
    const response = await server.executeOperation(
      { query: ConvictionTallyDocument, variables: { since: "2023-01-01", agency: `${p}agency` } },
      { contextValue: { db, write: "disabled", writer: "", log: pino({ level: "silent" }) } },
    );
    if (response.body.kind !== "single") throw new Error("Unexpected incremental response");
    expect(response.body.singleResult.errors).toBeUndefined();
    return (response.body.singleResult.data as ConvictionTallyQuery).convictionTally;
  } finally {
    await server.stop();
  }
}

beforeAll(async () => {
  await loadSeed(db);
  await importSeed([writeSeedFolder({ "synthetic.yaml": syntheticData })], { db });
});
afterAll(async () => {
  await driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n", { p }, { database });
  await removeSeed(driver, database);
  await driver.close();
});

describe("npm run export -- --format csv", () => {
  const header = [
    "conviction_id",
    "defendant",
    "district",
    "date",
    "date_precision",
    "dated_by",
    "window_status",
    "offense_families",
    "statutes",
    "prison",
    "lead_agency",
    "partner_agencies",
    "evidence_tier",
    "source_urls",
  ];

  it("writes one row per conviction in the window or not placeable, and survives a round trip through a CSV parser", async () => {
    const { code, stdout, output } = await exportCommand("--format", "csv", "--since", "2023-01-01", "--agency", `${p}agency`);
    expect(code, output).toBe(0);
    const rows = parse(stdout, { bom: true }) as string[][];
    // In the window in date order (2023-12, then 2024-05-30), then the one that cannot be
    // placed; conviction 4 (2022-06-01) is outside and absent. Conviction 2's sentence is life.
    expect(rows).toEqual([
      header,
      [
        `${p}conviction-2`,
        "defendant 2 of 4",
        "Synthetic District",
        "2023-12",
        "MONTH",
        "JUDGMENT",
        "IN",
        "Synthetic category A",
        "Synthetic section 1 (inferred)",
        "life",
        "Synthetic field office",
        "Synthetic partner",
        "announced",
        `${url(2)}; ${url(1)}`,
      ],
      [
        `${p}conviction-1`,
        "Synthetic defendant 1",
        "Synthetic District",
        "2024-05-30",
        "DAY",
        "PLEA_OR_VERDICT",
        "IN",
        "Synthetic category A; Synthetic category B",
        "Synthetic section 1 (stated)",
        "60",
        "Synthetic field office",
        "Synthetic partner",
        "announced",
        `${url(1)}; ${url(2)}`,
      ],
      [
        `${p}conviction-3`,
        'Synthetic defendant 3, "the third",\nof four',
        "Synthetic District",
        "FY2023",
        "FISCAL_YEAR",
        "PLEA_OR_VERDICT",
        "IMPRECISE",
        "Synthetic category A",
        "Synthetic section 1 (stated)",
        "",
        "Synthetic field office",
        "Synthetic partner",
        "announced",
        `${url(2)}; ${url(1)}`,
      ],
    ]);
    // Each row holds what the API returns for the same question.
    const api = await tallyThroughApi();
    const returned = [...api.inWindow.edges, ...api.notPlaceable.edges].map(({ node: c }) => [
      c.id,
      c.defendant,
      c.case.district ?? "",
      c.date.text,
      c.date.precision,
      c.datedBy ?? "",
      c.status,
      c.sentence === null ? "" : c.sentence.prison.kind === "LIFE" ? "life" : String(c.sentence.prison.months),
      c.case.leadAgency.abbreviation ?? c.case.leadAgency.name,
      c.evidenceTier,
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[9], r[10], r[12]])).toEqual(returned);
    // The text itself: CRLF line ends, and a cell with a comma, quotes and a line break quoted.
    expect(stdout.split("\r\n")[0]).toBe(header.join(","));
    expect(stdout).toContain(`,"Synthetic defendant 3, ""the third"",\nof four",`);
  });
});

const schema = (term: string) => `http://schema.org/${term}`;
const prov = (term: string) => `http://www.w3.org/ns/prov#${term}`;
const dcterms = (term: string) => `http://purl.org/dc/terms/${term}`;
const rdfs = (term: string) => `http://www.w3.org/2000/01/rdf-schema#${term}`;
type Expanded = Record<string, { "@id"?: string; "@value"?: unknown; "@type"?: string }[] | string | string[]> & { "@id"?: string; "@type"?: string[] };
const value = (node: Expanded, iri: string) => (node[iri] as { "@value": unknown }[] | undefined)?.map((v) => v["@value"]);
const only = (node: Expanded, iri: string) => (node[iri] as Expanded[])[0]!;

describe("npm run export -- --format claimreview", () => {
  const factCheck = {
    title: "How many ICE/HSI child\u2011trafficking cases since 2023 have led to federal convictions and what were the charges?",
    url: "https://factually.co/fact-checks/justice/ice-hsi-child-trafficking-federal-convictions-since-2023-charges-6d42f7",
  };

  const reviews = async () => {
    const { code, stdout, output } = await exportCommand("--format", "claimreview", "--since", "2023-01-01", "--as-of", "2026-11-26");
    expect(code, output).toBe(0);
    const document = JSON.parse(stdout) as { "@context": string };
    expect(document["@context"]).toBe("https://schema.org");
    return (await expandLocally(document)) as Expanded[];
  };

  it("rates every figure the graph checks, right or wrong, on one scale", async () => {
    const expanded = await reviews();
    // The nine figures of the fact-check, and the news write-up that restates DHS's arrests as HSI's.
    expect(expanded.map((r) => [value(only(r, schema("itemReviewed")), schema("identifier"))![0], value(only(r, schema("reviewRating")), schema("ratingValue"))![0], value(only(r, schema("reviewRating")), schema("alternateName"))![0]])).toEqual([
      ["claim-factcheck-doj-ht-cases-filed-fy2023", 3, "No source found"],
      ["claim-factcheck-doj-ht-convictions-fy2023", 3, "No source found"],
      ["claim-factcheck-hsi-arrests-fy2023", 1, "Wrong scope (DHS-wide)"],
      ["claim-factcheck-hsi-child-exploitation-arrests", 3, "No source found"],
      ["claim-factcheck-hsi-child-exploitation-convictions", 1, "Wrong period (FY2022)"],
      ["claim-factcheck-hsi-ht-investigations-fy2023", 5, "Correct"],
      ["claim-factcheck-hsi-vap-minor-victims-fy2023", 3, "No source found"],
      ["claim-factcheck-hsi-vap-trafficking-exploitation-victims-fy2023", 3, "No source found"],
      ["claim-factcheck-hsi-vap-victims-fy2023", 3, "No source found"],
      ["claim-latinarepublic-hsi-arrests-fy2023", 1, "Wrong scope (DHS-wide)"],
    ]);
    for (const review of expanded) {
      expect(review["@type"]).toEqual([schema("ClaimReview")]);
      expect(review[schema("datePublished")]).toEqual([{ "@type": schema("Date"), "@value": "2026-11-26" }]);
      expect(review[schema("author")]).toEqual([{ "@type": [schema("Organization")], [schema("name")]: [{ "@value": reviewer }] }]);
      const rating = only(review, schema("reviewRating"));
      expect([rating["@type"], value(rating, schema("worstRating")), value(rating, schema("bestRating"))]).toEqual([[schema("Rating")], [1], [5]]);
    }
  });

  it("names the claim, who made it, when, and where it appears, in schema.org's terms", async () => {
    const expanded = await reviews();
    const byClaim = (id: string) => expanded.find((r) => value(only(r, schema("itemReviewed")), schema("identifier"))![0] === id)!;
    expect(byClaim("claim-factcheck-hsi-arrests-fy2023")).toEqual({
      "@type": [schema("ClaimReview")],
      [schema("claimReviewed")]: [{ "@value": "HSI made 2,610 human-trafficking arrests in FY2023." }],
      [schema("itemReviewed")]: [
        {
          "@type": [schema("Claim")],
          [schema("identifier")]: [{ "@value": "claim-factcheck-hsi-arrests-fy2023" }],
          [schema("author")]: [{ "@type": [schema("Organization")], [schema("name")]: [{ "@value": "factually.co" }] }],
          [schema("datePublished")]: [{ "@type": schema("Date"), "@value": "2026-01-22" }],
          [schema("appearance")]: [{ "@type": [schema("CreativeWork")], [schema("url")]: [{ "@id": factCheck.url }], [schema("name")]: [{ "@value": factCheck.title }] }],
        },
      ],
      [schema("datePublished")]: [{ "@type": schema("Date"), "@value": "2026-11-26" }],
      [schema("author")]: [{ "@type": [schema("Organization")], [schema("name")]: [{ "@value": reviewer }] }],
      [schema("reviewRating")]: [
        {
          "@type": [schema("Rating")],
          [schema("ratingValue")]: [{ "@value": 1 }],
          [schema("alternateName")]: [{ "@value": "Wrong scope (DHS-wide)" }],
          [schema("worstRating")]: [{ "@value": 1 }],
          [schema("bestRating")]: [{ "@value": 5 }],
        },
      ],
      [schema("reviewBody")]: [
        {
          "@value":
            'Checked against "In FY2023 DHS agencies arrested 2,610 people for human-trafficking-related offenses": ' +
            "DHS's release of the CCHT FY2023 report gives 2,610 as arrests by DHS agencies as a whole, not by HSI. " +
            "Covers FY2023 (2022-10-01 to 2023-09-30), not the window 2023-01-01 to today. " +
            "Counts human trafficking of every kind (adults and forced labor included), not only child trafficking. " +
            "Stated by factually.co, not by the agency that counted.",
        },
      ],
    });
    const latina = only(byClaim("claim-latinarepublic-hsi-arrests-fy2023"), schema("itemReviewed"));
    expect([value(only(latina, schema("author")), schema("name")), latina[schema("datePublished")], only(latina, schema("appearance"))[schema("url")]]).toEqual([
      ["Latina Republic"],
      [{ "@type": schema("Date"), "@value": "2024-04-09" }],
      [{ "@id": "https://latinarepublic.com/2024/04/09/dhs-combats-human-trafficking-recovers-thousands/" }],
    ]);
    const unsourced = byClaim("claim-factcheck-hsi-vap-victims-fy2023")[schema("reviewBody")] as { "@value": string }[];
    expect(unsourced[0]!["@value"]).toMatch(/^No claim in the graph gives this figure at its source\. /);
  });
});

describe("npm run export -- --format prov", () => {
  const id = (name: string) => `_:${p}${name}`;

  it("writes the conviction's case as PROV-O entities and agents, each derived from its sources", async () => {
    const { code, stdout, output } = await exportCommand("--format", "prov", "--id", `${p}conviction-1`);
    expect(code, output).toBe(0);
    const expanded = (await expandLocally(JSON.parse(stdout) as object)) as Expanded[];
    // From the conviction (resting on its defendant and the charges it is on, its sentence
    // resting on it) up its case to the lead agency and its parent and the partner, then the
    // sources they cite.
    const links = expanded.map((n) => [
      n["@id"],
      n["@type"],
      ...[prov("wasInfluencedBy"), prov("wasAttributedTo"), prov("actedOnBehalfOf")].flatMap((r) =>
        n[r] === undefined ? [] : [r, (n[r] as { "@id": string }[]).map((x) => x["@id"])],
      ),
    ]);
    expect(links).toEqual([
      [id("conviction-1"), [prov("Entity")], prov("wasInfluencedBy"), [id("defendant-1"), id("charge-1"), id("charge-2")]],
      [id("sentence-1"), [prov("Entity")], prov("wasInfluencedBy"), [id("conviction-1")]],
      [id("charge-1"), [prov("Entity")], prov("wasInfluencedBy"), [id("defendant-1")]],
      [id("charge-2"), [prov("Entity")], prov("wasInfluencedBy"), [id("defendant-1")]],
      [id("defendant-1"), [prov("Entity")], prov("wasInfluencedBy"), [id("prosecution")]],
      [id("prosecution"), [prov("Entity")], prov("wasInfluencedBy"), [id("investigation")]],
      [id("investigation"), [prov("Entity")], prov("wasAttributedTo"), [id("office"), id("partner")]],
      [id("office"), [prov("Agent"), prov("Organization")], prov("wasInfluencedBy"), [id("src-1")], prov("actedOnBehalfOf"), [id("agency")]],
      [id("agency"), [prov("Agent"), prov("Organization")], prov("wasInfluencedBy"), [id("src-1")]],
      [id("partner"), [prov("Agent"), prov("Organization")], prov("wasInfluencedBy"), [id("src-2")]],
      [id("src-1"), [prov("Entity")]],
      [id("src-2"), [prov("Entity")]],
    ]);
    expect(expanded[0]).toEqual({
      "@id": id("conviction-1"),
      "@type": [prov("Entity")],
      [dcterms("identifier")]: [{ "@value": `${p}conviction-1` }],
      [dcterms("type")]: [{ "@value": "Conviction" }],
      [rdfs("label")]: [{ "@value": "Conviction (by plea), dated 2024-05-30" }],
      [dcterms("date")]: [{ "@value": "2024-05-30" }],
      [prov("wasInfluencedBy")]: [{ "@id": id("defendant-1") }, { "@id": id("charge-1") }, { "@id": id("charge-2") }],
      [prov("wasDerivedFrom")]: [{ "@id": id("src-1") }],
      [prov("qualifiedDerivation")]: [
        {
          "@type": [prov("Derivation")],
          [prov("entity")]: [{ "@id": id("src-1") }],
          [prov("atLocation")]: [{ "@value": "paragraph 6" }],
          [rdfs("comment")]: [{ "@value": "Synthetic support 1." }],
        },
      ],
    });
    expect(only(expanded[7]!, prov("qualifiedInfluence"))).toEqual({
      "@type": [prov("Influence")],
      [prov("influencer")]: [{ "@id": id("src-1") }],
      [prov("atLocation")]: [{ "@value": "paragraph 9" }],
      [rdfs("comment")]: [{ "@value": "Synthetic support 1." }],
    });
    // The page read is a mirror: the original publisher's release is its primary source.
    expect(expanded[10]).toEqual({
      "@id": id("src-1"),
      "@type": [prov("Entity")],
      [dcterms("identifier")]: [{ "@value": `${p}src-1` }],
      [dcterms("type")]: [{ "@value": "PRESS_RELEASE" }],
      [dcterms("title")]: [{ "@value": "Synthetic release 1" }],
      [dcterms("publisher")]: [{ "@value": "Synthetic mirror" }],
      [dcterms("issued")]: [{ "@value": "2024-06-01" }],
      [prov("atLocation")]: [{ "@id": url(1) }],
      [prov("hadPrimarySource")]: [{ "@type": [prov("Entity")], [dcterms("publisher")]: [{ "@value": "Synthetic original publisher" }] }],
    });
  });

  it("refuses an id that names nothing, with a non-zero exit and nothing written", async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "export-")), "prov.jsonld");
    const { code, stdout, output } = await exportCommand("--format", "prov", "--id", `${p}no-such-conviction`, "--out", out);
    expect(code).toBe(1);
    expect(output).toContain(`Error: No conviction or other fact has the id "${p}no-such-conviction"; nothing was written.`);
    expect(stdout).toBe("");
    expect(existsSync(out)).toBe(false);
  });

  it("writes to --out, and nothing to standard output", async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "export-")), "prov.jsonld");
    const { code, stdout, output } = await exportCommand("--format", "prov", "--id", `${p}conviction-1`, "--out", out);
    expect(code, output).toBe(0);
    expect(stdout).toBe("");
    expect((JSON.parse(readFileSync(out, "utf8")) as { "@graph": unknown[] })["@graph"]).toHaveLength(12);
  });
});

describe("npm run export: its options", () => {
  it("explains itself with --help", async () => {
    const { code, stdout } = await exportCommand("--help");
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: npm run export -- --format csv|claimreview|prov [options]");
    expect(stdout).toContain("--as-of");
  });

  it("lists every problem with the options, before touching the database", async () => {
    const unknown = await exportCommand("--format", "xml");
    expect([unknown.code, unknown.output.trim()]).toEqual([1, 'Error: --format must be csv, claimreview or prov, not "xml".']);
    const csv = await exportCommand("--format", "csv", "--id", "x", "--as-of", "2026-11-26");
    expect([csv.code, csv.output.trim()]).toEqual([
      1,
      "Error: --since is required for --format csv.\n--id is for --format prov; --format csv exports the whole window.\n--as-of is for --format claimreview.",
    ]);
    const provenance = await exportCommand("--format", "prov", "--since", "2023-01-01");
    expect([provenance.code, provenance.output.trim()]).toEqual([
      1,
      "Error: --id is required for --format prov: the id of a conviction.\n--since is not used by --format prov, which follows one conviction (--id).",
    ]);
  });
});
