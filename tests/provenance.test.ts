import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttpServer, type RunningHttpServer } from "../src/api/http-server.ts";
import { AgenciesDocument, ConvictionsDocument, ProvenanceDocument } from "../src/api/generated/operations.ts";
import { importSeed } from "../src/ingest/import-seed.ts";
import { testDriver, testIdPrefix } from "./helpers/db.ts";
import { writeSeedFolder } from "./helpers/synthetic-seed.ts";

// A synthetic case told by one synthetic source: an investigation led by a field office
// (part of an agency) with one partner agency; one prosecution; two defendants, the first
// with two charges and one conviction on both, sentenced to life; the second with one
// pending charge. A second file holds one-defendant cases that differ only in the sentence.
const { driver, database, db } = testDriver();
const p = testIdPrefix();
let server: RunningHttpServer;

const cite = (locator: string) => `[{ source: ${p}src, locator: "${locator}", supports: "Synthetic." }]`;

const caseFile = `
sources:
  - id: ${p}src
    kind: press_release
    publisher: Synthetic Publisher
    title: Synthetic release
    url: https://example.org/${p}release
    published: "2024-10-01"
    retrieved: "2026-11-26"
agencies:
  - id: ${p}agency
    name: Synthetic agency
    kind: department
    sources: ${cite("agency")}
  - id: ${p}office
    name: Synthetic field office
    abbreviation: SFO
    kind: field_office
    partOf: ${p}agency
    sources: ${cite("office")}
  - id: ${p}partner
    name: Synthetic partner
    kind: state_or_local
    sources: ${cite("partner")}
districts:
  - id: ${p}district
    name: Synthetic district
    sources: ${cite("district")}
categories:
  - id: ${p}category
    name: Synthetic category
    description: Synthetic.
statutes:
  - id: ${p}statute
    section: Synthetic section 1
    title: Synthetic statute
    categories: [${p}category]
    sources: ${cite("statute")}
investigations:
  - id: ${p}investigation
    title: Synthetic investigation
    summary: Synthetic.
    opened: "2023-02"
    leadAgency: ${p}office
    partnerAgencies: [${p}partner]
    sources: ${cite("investigation")}
prosecutions:
  - id: ${p}prosecution
    title: Synthetic prosecution
    investigation: ${p}investigation
    district: ${p}district
    docket: "0:00-cr-00000"
    sources: ${cite("prosecution")}
defendants:
  - id: ${p}defendant-1
    prosecution: ${p}prosecution
    name: Synthetic defendant 1
    sources: ${cite("defendant 1")}
  - id: ${p}defendant-2
    prosecution: ${p}prosecution
    anonymousLabel: defendant 2 of 2
    sources: ${cite("defendant 2")}
charges:
  - id: ${p}charge-1a
    defendant: ${p}defendant-1
    description: synthetic offense
    statute: { basis: stated, statute: ${p}statute }
    stage: convicted_plea
    sources: ${cite("charge 1a")}
  - id: ${p}charge-1b
    defendant: ${p}defendant-1
    description: synthetic offense in words
    statute: { basis: inferred, statute: ${p}statute, inference: Synthetic inference. }
    stage: convicted_plea
    sources: ${cite("charge 1b")}
  - id: ${p}charge-2
    defendant: ${p}defendant-2
    description: synthetic pending offense
    statute: null
    stage: pending
    sources: ${cite("charge 2")}
convictions:
  - id: ${p}conviction-1
    defendant: ${p}defendant-1
    charges: [${p}charge-1a, ${p}charge-1b]
    method: plea
    date: "2024-05-30"
    sources: ${cite("conviction")}
sentences:
  - id: ${p}sentence-1
    defendant: ${p}defendant-1
    conviction: ${p}conviction-1
    date: "2024-09"
    prison: life
    supervisedRelease: life
    restitutionUsd: 5000
    sources: ${cite("sentence")}
`;

/** One-defendant cases led by the synthetic office, each sentenced as given (none: no sentence). */
const sortCases = (prisons: Record<string, string | null>) => {
  const names = Object.keys(prisons);
  const each = (section: string, record: (name: string) => string | null) =>
    `${section}:\n${names.map(record).filter((r) => r !== null).join("\n")}\n`;
  return [
    each("investigations", (n) => `  - { id: ${p}inv-${n}, title: Synthetic ${n}, summary: Synthetic., leadAgency: ${p}office, sources: ${cite(n)} }`),
    each("prosecutions", (n) => `  - { id: ${p}pros-${n}, title: Synthetic ${n}, investigation: ${p}inv-${n}, district: null, sources: ${cite(n)} }`),
    each("defendants", (n) => `  - { id: ${p}def-${n}, prosecution: ${p}pros-${n}, name: Synthetic defendant ${n}, sources: ${cite(n)} }`),
    each("convictions", (n) => `  - { id: ${p}conv-${n}, defendant: ${p}def-${n}, charges: [], method: unknown, date: "2024-01-01", sources: ${cite(n)} }`),
    each("sentences", (n) =>
      prisons[n] === null
        ? null
        : `  - { id: ${p}sent-${n}, defendant: ${p}def-${n}, conviction: ${p}conv-${n}, date: unknown, prison: ${prisons[n]}, supervisedRelease: unknown, restitutionUsd: null, sources: ${cite(n)} }`,
    ),
  ].join("");
};

async function post<R, V>(document: TypedDocumentNode<R, V>, variables: V) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return (await response.json()) as { data?: R; errors?: { message: string; extensions?: { code?: string } }[] };
}

beforeAll(async () => {
  await importSeed(
    [
      writeSeedFolder({
        "case.yaml": caseFile,
        "sort.yaml": sortCases({ a: "120", b: "life", c: "time_served", d: "unknown", e: null, f: "480", g: "0" }),
      }),
    ],
    { db },
  );
  server = await startHttpServer({ db, host: "127.0.0.1", port: 0 });
});
afterAll(async () => {
  await server.stop();
  await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p }, { database });
  await driver.close();
});

const sourced = (locator: string) => [{ locator, source: { id: `${p}src` } }];
const agency = (id: string, name: string, abbreviation: string | null, kind: string, path: string[], parentId: string | null) => ({
  id: `${p}${id}`,
  name,
  abbreviation,
  kind,
  path,
  parentId: parentId === null ? null : `${p}${parentId}`,
  citations: sourced(id),
});
const syntheticAgency = agency("agency", "Synthetic agency", null, "DEPARTMENT", ["Synthetic agency"], null);
const office = agency("office", "Synthetic field office", "SFO", "FIELD_OFFICE", ["Synthetic agency", "SFO"], "agency");
const partner = agency("partner", "Synthetic partner", null, "STATE_OR_LOCAL", ["Synthetic partner"], null);

/** The whole case, written out by hand from the files above. */
const investigation = {
  id: `${p}investigation`,
  title: "Synthetic investigation",
  opened: { text: "2023-02", precision: "MONTH" },
  leadAgency: office,
  leadAgencyParents: [syntheticAgency],
  partnerAgencies: [partner],
  citations: sourced("investigation"),
  prosecutions: [
    {
      id: `${p}prosecution`,
      title: "Synthetic prosecution",
      docket: "0:00-cr-00000",
      districtId: `${p}district`,
      district: "Synthetic district",
      citations: sourced("prosecution"),
      defendants: [
        {
          id: `${p}defendant-1`,
          name: "Synthetic defendant 1",
          named: true,
          citations: sourced("defendant 1"),
          charges: [
            {
              id: `${p}charge-1a`,
              description: "synthetic offense",
              stage: "CONVICTED_PLEA",
              statute: { id: `${p}statute` },
              statuteBasis: "STATED",
              inference: null,
              citations: sourced("charge 1a"),
            },
            {
              id: `${p}charge-1b`,
              description: "synthetic offense in words",
              stage: "CONVICTED_PLEA",
              statute: { id: `${p}statute` },
              statuteBasis: "INFERRED",
              inference: "Synthetic inference.",
              citations: sourced("charge 1b"),
            },
          ],
          convictions: [
            {
              id: `${p}conviction-1`,
              method: "PLEA",
              date: { text: "2024-05-30", precision: "DAY" },
              chargeIds: [`${p}charge-1a`, `${p}charge-1b`],
              citations: sourced("conviction"),
              sentences: [
                {
                  id: `${p}sentence-1`,
                  date: { text: "2024-09", precision: "MONTH" },
                  prison: { kind: "LIFE", months: null },
                  supervisedRelease: { kind: "LIFE", months: null },
                  restitutionUsd: 5000,
                  citations: sourced("sentence"),
                },
              ],
            },
          ],
          otherSentences: [],
        },
        {
          id: `${p}defendant-2`,
          name: "defendant 2 of 2",
          named: false,
          citations: sourced("defendant 2"),
          charges: [
            {
              id: `${p}charge-2`,
              description: "synthetic pending offense",
              stage: "PENDING",
              statute: null,
              statuteBasis: null,
              inference: null,
              citations: sourced("charge 2"),
            },
          ],
          convictions: [],
          otherSentences: [],
        },
      ],
    },
  ],
};

describe("provenance: the whole case, from any of its nodes", () => {
  it.each([
    ["sentence-1", "Sentence"],
    ["charge-1b", "Charge"],
    ["investigation", "Investigation"],
    ["conviction-1", "Conviction"],
    ["defendant-2", "Defendant"],
    ["prosecution", "Prosecution"],
  ])("from %s: the same tree, focused on it", async (id, label) => {
    const { data, errors } = await post(ProvenanceDocument, { id: `${p}${id}` });
    expect(errors).toBeUndefined();
    expect(data!.provenance).toEqual({ focus: `${p}${id}`, focusLabel: label, investigation });
  });

  it("is null for an id that names nothing", async () => {
    const { data, errors } = await post(ProvenanceDocument, { id: `${p}nothing` });
    expect(errors).toBeUndefined();
    expect(data!.provenance).toBeNull();
  });

  it("refuses a node outside any case, saying where provenance starts", async () => {
    const { errors } = await post(ProvenanceDocument, { id: `${p}partner` });
    expect(errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      [
        `"${p}partner" is an Agency, not part of a case: provenance starts from a node of a case (Investigation, Prosecution, Defendant, Charge, Conviction, Sentence).`,
        "BAD_USER_INPUT",
      ],
    ]);
  });
});

describe("agencies", () => {
  it("lists every agency after its parent, with its parent's id and its path", async () => {
    const { data } = await post(AgenciesDocument, {});
    expect(data!.agencies.filter((a) => a.id.startsWith(p))).toEqual([syntheticAgency, office, partner]);
  });
});

describe("sentences of convictions", () => {
  const convictions = async (sort: "SENTENCE_DESC" | "DEFENDANT_ASC") => {
    const { data, errors } = await post(ConvictionsDocument, { filter: { agency: `${p}agency` }, sort, first: 20 });
    expect(errors).toBeUndefined();
    return data!.convictions.edges.map((e) => e.node);
  };

  it("sort longest first: life, months from most to fewest, time served, then unknown or none", async () => {
    const rows = await convictions("SENTENCE_DESC");
    expect(rows.map((c) => [c.id.slice(p.length), c.sentence?.prison.kind ?? null, c.sentence?.prison.months ?? null])).toEqual([
      ["conv-b", "LIFE", null],
      ["conviction-1", "LIFE", null],
      ["conv-f", "MONTHS", 480],
      ["conv-a", "MONTHS", 120],
      ["conv-g", "MONTHS", 0],
      ["conv-c", "TIME_SERVED", null],
      ["conv-d", "UNKNOWN", null],
      ["conv-e", null, null], // no sentence
    ]);
  });

  it("show the sentence with its sources: a term of months, life or time served", async () => {
    const rows = await convictions("DEFENDANT_ASC");
    const byId = new Map(rows.map((c) => [c.id.slice(p.length), c]));
    expect(byId.get("conviction-1")!.sentence).toEqual({
      id: `${p}sentence-1`,
      date: { text: "2024-09", precision: "MONTH" },
      prison: { kind: "LIFE", months: null },
      supervisedRelease: { kind: "LIFE", months: null },
      restitutionUsd: 5000,
      citations: sourced("sentence"),
    });
    expect(["conviction-1", "conv-a", "conv-c", "conv-e"].map((id) => byId.get(id)!.sentence?.prison ?? null)).toEqual([
      { kind: "LIFE", months: null },
      { kind: "MONTHS", months: 120 },
      { kind: "TIME_SERVED", months: null },
      null,
    ]);
  });

  it("carry the case's partner agencies", async () => {
    const rows = await convictions("DEFENDANT_ASC");
    const partners = new Map(rows.map((c) => [c.id.slice(p.length), c.case.partnerAgencies]));
    expect(partners.get("conviction-1")).toEqual([{ id: `${p}partner`, parentId: null, citations: [{ source: { id: `${p}src` } }] }]);
    expect(partners.get("conv-a")).toEqual([]);
  });
});
