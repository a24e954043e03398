import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { convictionPage, noFilter } from "../src/graph/convictions.ts";
import { windowStatus, type Window } from "../src/graph/window.ts";
import { qualityReport, type QualityReport } from "../src/graph/quality-report.ts";
import { importSeed } from "../src/ingest/import-seed.ts";
import { testDriver, testIdPrefix } from "./helpers/db.ts";
import { syntheticCase, writeSeedFolder } from "./helpers/synthetic-seed.ts";

const { driver, database, db } = testDriver();
const p = testIdPrefix();

/** One synthetic conviction per date form, all for the synthetic defendant 1. */
const datedConvictions = (dates: Record<string, string>) =>
  `convictions:\n${Object.entries(dates)
    .map(
      ([name, date]) => `  - id: ${p}conv-${name}
    defendant: ${p}defendant-1
    charges: []
    method: unknown
    date: "${date}"
    sources: [{ source: ${p}src, locator: "p. 1", supports: "Synthetic." }]`,
    )
    .join("\n")}\n`;

/** Claims about the synthetic office's arrests, for conflict and discrepancy checks. */
const claim = (id: string, fields: string) => `  - id: ${p}${id}
    statement: Synthetic claim ${id}.
    metric: arrests
    qualifier: exact
    scopeOffense: human_trafficking
    claimant: ${p}agency
    sources: [{ source: ${p}src, locator: "p. 1", supports: "Synthetic." }]
${fields}`;

beforeAll(async () => {
  await importSeed(
    [
      writeSeedFolder({
        "case.yaml": syntheticCase(p),
        "dates.yaml": datedConvictions({
          day: "2023-03-15",
          month: "2022-12",
          year: "2023",
          "fiscal-2023": "FY2023",
          "fiscal-2024": "FY2024",
          "year-2025": "2025",
          unknown: "unknown",
          "judgment-only": "unknown",
          "plea-before": "2022-11-01",
        }),
        "sentences.yaml": `sentences:\n${[
          ["judgment-only", "2023-12"],
          ["plea-before", "2023-03-01"],
        ]
          .map(
            ([name, date]) => `  - id: ${p}sent-${name}
    defendant: ${p}defendant-1
    conviction: ${p}conv-${name}
    date: "${date}"
    prison: unknown
    supervisedRelease: unknown
    restitutionUsd: null
    sources: [{ source: ${p}src, locator: "p. 1", supports: "Synthetic." }]`,
          )
          .join("\n")}\n`,
        "claims.yaml": `claims:\n${[
          claim("conflict-a", "    value: 10\n    period: FY2022\n    scopeAgency: " + p + "office"),
          claim("conflict-b", "    value: 12\n    period: FY2022\n    scopeAgency: " + p + "office"),
          claim("other-year", "    value: 12\n    period: FY2021\n    scopeAgency: " + p + "office"),
          claim(
            "period-slip",
            `    value: 10\n    period: unknown\n    scopeAgency: ${p}office\n    restates: { claim: ${p}conflict-a, note: Synthetic. }`,
          ),
        ].join("\n")}\n`,
      }),
    ],
    { db },
  );
});

afterAll(async () => {
  await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p }, { database });
  await driver.close();
});

describe("dates with a precision", () => {
  /** The synthetic agency's convictions, placed against the window by the database. */
  const placed = async (window: Window) =>
    (await convictionPage(db, { ...noFilter, agency: `${p}agency`, window }, { sort: "date_asc", offset: 0, first: 100, withCitations: false })).items;
  const statuses = async (window: { since: string; until?: string }) =>
    Object.fromEntries(
      (await placed({ since: window.since, until: window.until ?? null }))
        .filter((c) => c.id.startsWith(`${p}conv-`))
        .map((c) => [c.id.slice(`${p}conv-`.length), c.status]),
    );

  it("place each conviction against 'since 2023-01-01'", async () => {
    expect(await statuses({ since: "2023-01-01" })).toEqual({
      day: "in",
      month: "out",
      year: "in", // "in 2023" counts as since 2023
      "fiscal-2023": "imprecise", // 2022-10-01..2023-09-30 straddles the start
      "fiscal-2024": "in",
      "year-2025": "in",
      unknown: "unknown", // neither in nor out
      "judgment-only": "in", // no plea date: the judgment at sentencing (2023-12) dates it
      "plea-before": "out", // the plea (2022-11-01) dates it, not the 2023 sentencing
    });
  });

  it("say which event dated each conviction", async () => {
    const rows = (await placed({ since: "2023-01-01", until: null })).filter((c) =>
      [`${p}conv-judgment-only`, `${p}conv-plea-before`, `${p}conv-unknown`].includes(c.id),
    );
    expect(rows.map(({ date, datedBy }) => ({ date: date.text, precision: date.precision, datedBy }))).toEqual([
      { date: "2022-11-01", precision: "day", datedBy: "plea_or_verdict" },
      { date: "2023-12", precision: "month", datedBy: "judgment" },
      { date: "unknown", precision: "unknown", datedBy: null },
    ]);
  });

  it("are placed by the database exactly as the window rule of src/graph/window.ts places them", async () => {
    const windows: Window[] = [
      { since: "2022-10-01", until: null },
      { since: "2022-10-02", until: "2023-09-30" },
      { since: "2023-01-01", until: "2023-01-01" },
      { since: "2023-03-15", until: "2023-03-15" },
      { since: "2022-12-31", until: "2023-12-01" },
      { since: "2024-01-01", until: "2025-12-31" },
    ];
    for (const window of windows) {
      const rows = await placed(window);
      expect(rows.length).toBe(10); // the nine above and the synthetic case's own conviction
      for (const c of rows) expect(c.status, `${c.id} in ${JSON.stringify(window)}`).toBe(windowStatus(c.date, window));
    }
  });

  it("respect both ends of a closed window", async () => {
    expect(await statuses({ since: "2023-01-01", until: "2023-12-31" })).toEqual({
      day: "in",
      month: "out",
      year: "in",
      "fiscal-2023": "imprecise",
      "fiscal-2024": "imprecise", // 2023-10-01..2024-09-30 straddles the end
      "year-2025": "out",
      unknown: "unknown",
      "judgment-only": "in",
      "plea-before": "out",
    });
  });

  it("are stored as written, with their precision and interval", async () => {
    const { records } = await driver.executeQuery(
      "MATCH (c:Conviction {id: $id}) RETURN c.date AS date, c.datePrecision AS precision, toString(c.dateFrom) AS from, toString(c.dateTo) AS to",
      { id: `${p}conv-fiscal-2023` },
      { database },
    );
    expect(records[0]?.toObject()).toEqual({ date: "FY2023", precision: "fiscal_year", from: "2022-10-01", to: "2023-09-30" });
  });
});

describe("the data-quality report", () => {
  let report: QualityReport;
  const ours = <T extends object>(rows: T[]) => rows.filter((row) => JSON.stringify(row).includes(p));

  beforeAll(async () => {
    // Writes that bypass the importer: a fact with no source, a source nobody cites, a
    // defendant in no prosecution, and a conviction dated after its only source.
    await driver.executeQuery(
      `CREATE (:Entity:Investigation {id: $p + 'unsourced', title: 'Synthetic unsourced investigation'})
       CREATE (:Entity:Source {id: $p + 'orphan-source', title: 'Synthetic orphan source'})
       CREATE (d:Entity:Defendant {id: $p + 'stray-defendant', name: 'Synthetic defendant 9'})
       CREATE (d)-[:CITES]->(s:Entity:Source {id: $p + 'early-source', title: 'Synthetic early source',
                                               published: '2020', publishedFrom: date('2020-01-01'), publishedTo: date('2020-12-31')})
       CREATE (c:Entity:Conviction {id: $p + 'late-conviction', date: '2024-05-30', dateFrom: date('2024-05-30'), dateTo: date('2024-05-30')})
       CREATE (c)-[:CITES]->(s)
       CREATE (c)-[:CONVICTS]->(d)`,
      { p },
      { database },
    );
    report = await qualityReport(db);
  });

  it("lists facts without a source", () => {
    expect(ours(report.factsWithoutSource)).toEqual([{ label: "Investigation", id: `${p}unsourced` }]);
  });

  it("lists sources that nothing cites", () => {
    expect(ours(report.uncitedSources)).toEqual([{ id: `${p}orphan-source`, title: "Synthetic orphan source" }]);
  });

  it("lists dangling references", () => {
    expect(ours(report.danglingReferences)).toEqual([
      { label: "Defendant", id: `${p}stray-defendant`, problem: "a defendant without a prosecution" },
      { label: "Investigation", id: `${p}unsourced`, problem: "an investigation without a lead agency" },
    ]);
  });

  it("lists events dated after the source that reports them", () => {
    expect(ours(report.eventsAfterSource)).toEqual([
      // The synthetic case's source is dated 2024-06-01, so a conviction "in 2025" postdates it.
      {
        id: `${p}conv-year-2025`,
        source: `${p}src`,
        problem: "dated 2025, after its source was published (2024-06-01)",
      },
      {
        id: `${p}late-conviction`,
        source: `${p}early-source`,
        problem: "dated 2024-05-30, after its source was published (2020)",
      },
    ]);
  });

  it("finds conflicting figures only for the same metric, period and scope", () => {
    expect(ours(report.conflictingFigures)).toEqual([
      {
        metric: "arrests",
        period: "FY2022",
        scopeAgency: `${p}office`,
        scopeOffense: "human_trafficking",
        claims: expect.arrayContaining([
          { claim: `${p}conflict-a`, value: 10, qualifier: "exact" },
          { claim: `${p}conflict-b`, value: 12, qualifier: "exact" },
        ]),
      },
    ]);
  });

  it("reports a claim that repeats another with a different scope or period", () => {
    expect(
      ours(report.discrepancies).map((d) => ({ claim: d.claim, restates: d.restates, differences: d.differences })),
    ).toEqual([
      {
        claim: `${p}claim-restated`,
        restates: `${p}claim-office`,
        differences: [{ aspect: "scope agency", claim: `Synthetic agency ${p}`, restated: `Synthetic field office ${p}` }],
      },
      {
        claim: `${p}period-slip`,
        restates: `${p}conflict-a`,
        differences: [{ aspect: "period", claim: "unknown", restated: "FY2022" }],
      },
    ]);
  });
});
