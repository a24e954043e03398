import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, afterAll, describe, expect, it } from "vitest";
import { formatSummary, importSeed } from "../src/ingest/import-seed.ts";
import { ImportValidationError, type ImportProblem } from "../src/ingest/problems.ts";
import { testDriver, testIdPrefix } from "./helpers/db.ts";
import { graphFingerprint } from "./helpers/fingerprint.ts";
import { malformedCases } from "./helpers/malformed-cases.ts";
import { syntheticCase, writeSeedFolder } from "./helpers/synthetic-seed.ts";

const { driver, database, db } = testDriver();
const p = testIdPrefix();
const importFolder = (dir: string, dryRun = false) => importSeed([dir], { db, dryRun });

/** The problems an import reports, with files shown by name only (they sit in a temporary folder). */
async function problemsOf(files: Record<string, string>): Promise<ImportProblem[]> {
  const dir = writeSeedFolder(files);
  const error = await importFolder(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportValidationError);
  const shown = `${path.relative(process.cwd(), dir)}${path.sep}`;
  return (error as ImportValidationError).problems.map((problem) => ({
    ...problem,
    file: path.basename(problem.file),
    message: problem.message.replaceAll(shown, ""),
  }));
}

const count = (query: string, params: Record<string, unknown> = {}) =>
  driver.executeQuery(query, params, { database }).then((r) => r.records[0]?.get("n") as number);

afterEach(async () => {
  await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p }, { database });
});
afterAll(() => driver.close());

describe("the importer", () => {
  it("creates every record of a valid file, and the second import changes nothing", async () => {
    const dir = writeSeedFolder({ "case.yaml": syntheticCase(p) });
    const first = await importFolder(dir);
    expect(first.counts).toEqual({
      Source: { created: 1, updated: 0, unchanged: 0, removed: 0 },
      Agency: { created: 2, updated: 0, unchanged: 0, removed: 0 },
      OffenseCategory: { created: 1, updated: 0, unchanged: 0, removed: 0 },
      Statute: { created: 1, updated: 0, unchanged: 0, removed: 0 },
      Claim: { created: 2, updated: 0, unchanged: 0, removed: 0 },
      Investigation: { created: 1, updated: 0, unchanged: 0, removed: 0 },
      Prosecution: { created: 1, updated: 0, unchanged: 0, removed: 0 },
      Defendant: { created: 2, updated: 0, unchanged: 0, removed: 0 },
      Charge: { created: 2, updated: 0, unchanged: 0, removed: 0 },
      Conviction: { created: 1, updated: 0, unchanged: 0, removed: 0 },
      Sentence: { created: 1, updated: 0, unchanged: 0, removed: 0 },
    });
    const afterFirst = await graphFingerprint(driver, database);

    const second = await importFolder(dir);
    expect(formatSummary(second).split("\n")[0]).toBe("Imported 1 file: 0 created, 0 updated, 15 unchanged records.");
    expect(await graphFingerprint(driver, database)).toBe(afterFirst);
  });

  it("writes the relationships the records name, with citations on every fact", async () => {
    await importFolder(writeSeedFolder({ "case.yaml": syntheticCase(p) }));
    const { records } = await driver.executeQuery(
      `MATCH (c:Conviction {id: $id})-[:CONVICTS]->(d:Defendant)-[:DEFENDANT_IN]->(:Prosecution)
             -[:ARISES_FROM]->(:Investigation)-[:LED_BY]->(office:Agency)-[:PART_OF]->(parent:Agency)
       MATCH (c)-[:ON_CHARGE]->(:Charge)-[u:UNDER_STATUTE]->(s:Statute)
       MATCH (c)-[cite:CITES]->(src:Source)
       RETURN d.name AS defendant, office.id AS office, parent.id AS parent, s.id AS statute, u.basis AS basis,
              c.date AS date, c.datePrecision AS precision, toString(c.dateFrom) AS dateFrom, src.url AS url,
              cite.locator AS locator`,
      { id: `${p}conviction-1` },
      { database },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      {
        defendant: "Synthetic defendant 1",
        office: `${p}office`,
        parent: `${p}agency`,
        statute: `${p}statute`,
        basis: "stated",
        date: "2024-05-30",
        precision: "day",
        dateFrom: "2024-05-30",
        url: `https://example.org/${p}release`,
        locator: "paragraph 1",
      },
    ]);
    expect(await count("MATCH (n:Entity) WHERE n.id STARTS WITH $p AND NOT n:Source AND NOT n:OffenseCategory AND NOT (n)-[:CITES]->() RETURN count(n) AS n", { p })).toBe(0);
  });

  it("updates a changed record and replaces its relationships", async () => {
    const dir = writeSeedFolder({ "case.yaml": syntheticCase(p) });
    await importFolder(dir);
    const file = path.join(dir, "case.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(`leadAgency: ${p}office`, `leadAgency: ${p}agency`));

    const summary = await importFolder(dir);
    expect(summary.counts.Investigation).toEqual({ created: 0, updated: 1, unchanged: 0, removed: 0 });
    expect(summary.counts.Charge).toEqual({ created: 0, updated: 0, unchanged: 2, removed: 0 });
    const { records } = await driver.executeQuery(
      "MATCH (:Investigation {id: $id})-[:LED_BY]->(a) RETURN collect(a.id) AS leads",
      { id: `${p}investigation` },
      { database },
    );
    expect(records[0]?.get("leads")).toEqual([`${p}agency`]);
  });

  it("writes nothing on a dry run, and says what it would do", async () => {
    const before = await graphFingerprint(driver, database);
    const summary = await importFolder(writeSeedFolder({ "case.yaml": syntheticCase(p) }), true);
    expect(formatSummary(summary).split("\n")[0]).toBe(
      "Dry run, nothing written. Importing 1 file: 15 created, 0 updated, 0 unchanged records.",
    );
    expect(await graphFingerprint(driver, database)).toBe(before);
  });

  it("writes nothing when one of several files is invalid", async () => {
    const before = await graphFingerprint(driver, database);
    const problems = await problemsOf({
      "a-valid.yaml": syntheticCase(p),
      "b-invalid.yaml": `sources:\n  - id: ${p}other\n    kind: rumour\n`,
    });
    expect(problems.map((x) => `${x.file}:${x.line} ${x.field}: ${x.message}`)).toEqual([
      'b-invalid.yaml:3 sources[0].kind: Invalid option: expected one of "press_release"|"fact_sheet"|"annual_report"|"crs_report"|"court_record"|"statute_text"|"statistical_report"|"news"|"fact_check"|"web_page"',
      "b-invalid.yaml:2 sources[0].publisher: missing (required)",
      "b-invalid.yaml:2 sources[0].title: missing (required)",
      "b-invalid.yaml:2 sources[0].url: missing (required)",
      "b-invalid.yaml:2 sources[0].published: missing (required)",
      "b-invalid.yaml:2 sources[0].retrieved: missing (required)",
    ]);
    expect(await graphFingerprint(driver, database)).toBe(before);
  });

  it("rolls back every batch when the database refuses a late one", async () => {
    // 5,001 categories make two write batches. The last collides with a node that holds its
    // id outside the importer's :Entity index, so the database, not validation, refuses it.
    const categories = Array.from(
      { length: 5_001 },
      (_, i) => `  - { id: ${p}category-${i}, name: Synthetic category ${i}, description: Synthetic. }`,
    );
    await driver.executeQuery("CREATE (:OffenseCategory {id: $id})", { id: `${p}category-5000` }, { database });
    const before = await graphFingerprint(driver, database);
    const progress: string[] = [];

    await expect(
      importSeed([writeSeedFolder({ "many.yaml": `categories:\n${categories.join("\n")}\n` })], {
        db,
        progress: (line) => progress.push(line),
      }),
    ).rejects.toMatchObject({ code: "Neo.ClientError.Schema.ConstraintValidationFailed" });
    expect(progress).toContain("  wrote 5,000 of 5,001 nodes");
    expect(await graphFingerprint(driver, database)).toBe(before);
    expect(await count("MATCH (n:OffenseCategory) WHERE n.id STARTS WITH $p RETURN count(n) AS n", { p })).toBe(1);
  });

  it("removes a record its file no longer holds, unless something else still references it", async () => {
    const [withoutSentence] = syntheticCase(p).split("\nsentences:");
    const dir = writeSeedFolder({ "case.yaml": syntheticCase(p) });
    await importFolder(dir);
    writeFileSync(path.join(dir, "case.yaml"), withoutSentence!);
    const removed = await importFolder(dir);
    expect(removed.counts.Sentence).toEqual({ created: 0, updated: 0, unchanged: 0, removed: 1 });
    expect(await count("MATCH (n:Sentence {id: $id}) RETURN count(n) AS n", { id: `${p}sentence-1` })).toBe(0);

    // A sentence in another file refers to the conviction; taking the conviction out of its file is refused.
    const elsewhere = writeSeedFolder({ "sentence.yaml": `sentences:\n${syntheticCase(p).split("\nsentences:\n")[1]!}` });
    await importFolder(elsewhere);
    writeFileSync(path.join(dir, "case.yaml"), withoutSentence!.replace(/\nconvictions:[\s\S]*$/, "\n"));
    const before = await graphFingerprint(driver, database);
    const error = (await importFolder(dir).catch((e: unknown) => e)) as ImportValidationError;
    expect(error.problems.map((x) => x.message)).toEqual([`a Conviction "${p}conviction-1" is no longer in this file, but "${p}sentence-1" still references it`]);
    expect(await graphFingerprint(driver, database)).toBe(before);
  });

  it("refuses an id the graph already holds under another label", async () => {
    await importFolder(writeSeedFolder({ "case.yaml": syntheticCase(p) }));
    const before = await graphFingerprint(driver, database);
    const problems = await problemsOf({
      "clash.yaml": `districts:\n  - id: ${p}statute\n    name: Synthetic district\n    sources: [{ source: ${p}src, locator: "p. 1", supports: "Synthetic." }]\n`,
    });
    expect(problems).toEqual([
      {
        file: "clash.yaml",
        line: 2,
        field: "districts[0].id",
        message: `id "${p}statute" already belongs to a Statute in the graph, not a District`,
      },
    ]);
    expect(await graphFingerprint(driver, database)).toBe(before);
  });

  it("names a path that does not exist or is not YAML", async () => {
    const dir = writeSeedFolder({ "notes.txt": "not seed data" });
    const error = await importSeed([path.join(dir, "missing.yaml"), path.join(dir, "notes.txt")], {
      db,
    }).catch((e: unknown) => e);
    expect((error as ImportValidationError).problems.map((x) => `${path.basename(x.file)}: ${x.message}`)).toEqual([
      "missing.yaml: no such file or folder",
      "notes.txt: not a .yaml or .yml file",
    ]);
  });
});

describe("malformed input", () => {
  const expected: Record<string, string[]> = {
    "YAML syntax error": [
      "a-case.yaml:29 undefined: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
    ],
    "duplicate key in a mapping": ["a-case.yaml:14 undefined: invalid YAML: Map keys must be unique"],
    "unknown section": ["b-extra.yaml:2 cases: unknown field"],
    "unknown field (a typo)": [
      "a-case.yaml:53 investigations[0].leadAgency: missing (required)",
      'a-case.yaml:56 investigations[0].leadAgencyy: unknown field (did you mean "leadAgency"?)',
    ],
    "missing required field": ["a-case.yaml:3 sources[0].title: missing (required)"],
    "wrong type": ["a-case.yaml:98 sentences[0].prison: must be a number of months, life, time_served or unknown"],
    "negative number": ["a-case.yaml:98 sentences[0].prison: Too small: expected number to be >=0"],
    "id not in the id format": [
      "a-case.yaml:25 statutes[0].id: must be lower-case letters, digits and hyphens, e.g. hsi-charleston",
      `a-case.yaml:77 charges[0].statute.statute: unknown reference "${p}statute": no Statute has this id`,
      `a-case.yaml:83 charges[1].statute.statute: unknown reference "${p}statute": no Statute has this id`,
    ],
    "duplicate id in one file": [
      `a-case.yaml:69 defendants[1].id: duplicate id "${p}defendant-1": already used at line 65`,
      `a-case.yaml:81 charges[1].defendant: unknown reference "${p}defendant-2": no Defendant has this id`,
    ],
    "duplicate id across files": [
      `b-extra.yaml:2 categories[0].id: duplicate id "${p}category": already used at a-case.yaml:21`,
    ],
    "unknown reference": [
      `a-case.yaml:56 investigations[0].leadAgency: unknown reference "${p}no-such-office": no Agency has this id`,
    ],
    "reference to the wrong kind of record": [
      `a-case.yaml:56 investigations[0].leadAgency: "${p}src" is a Source; expected an Agency`,
    ],
    "unknown statute": [
      `a-case.yaml:77 charges[0].statute.statute: unknown reference "${p}18-usc-9999": no Statute has this id`,
    ],
    "empty sources": ["a-case.yaml:57 investigations[0].sources: every fact needs at least one source"],
    "missing sources": ["a-case.yaml:53 investigations[0].sources: missing (required)"],
    "citation of something that is not a source": [
      `a-case.yaml:57 investigations[0].sources[0].source: "${p}agency" is an Agency; expected a Source`,
    ],
    "date in words": [
      'a-case.yaml:91 convictions[0].date: must be a date as "2024-05-30", "2023-12", "2023", "FY2023" or "unknown"',
    ],
    "impossible date": ["a-case.yaml:91 convictions[0].date: is not a real calendar date"],
    "stage not in the list": [
      'a-case.yaml:84 charges[1].stage: Invalid option: expected one of "indicted"|"convicted"|"convicted_plea"|"convicted_trial"|"acquitted"|"dismissed"|"pending"',
    ],
    "defendant with a name and an anonymous label": [
      "a-case.yaml:67 defendants[0].name: give exactly one of name (as printed by a source) or anonymousLabel",
    ],
    "defendant with neither name nor label": [
      "a-case.yaml:69 defendants[1].name: give exactly one of name (as printed by a source) or anonymousLabel",
    ],
    "inferred statute without its inference": ["a-case.yaml:83 charges[1].statute.inference: missing (required)"],
    "conviction on another defendant's charge": [
      `a-case.yaml:89 convictions[0].charges[0]: "${p}charge-2" belongs to defendant "${p}defendant-2", not "${p}defendant-1"`,
    ],
    "URL that is not a URL": ["a-case.yaml:7 sources[0].url: Invalid URL"],
    "release period that is not a fiscal year or a month": ["a-case.yaml:7 sources[0].period: must be a fiscal year (FY2018) or a month (2024-09)"],
    "several problems in one file, all listed": [
      'a-case.yaml:84 charges[1].stage: Invalid option: expected one of "indicted"|"convicted"|"convicted_plea"|"convicted_trial"|"acquitted"|"dismissed"|"pending"',
      "a-case.yaml:98 sentences[0].prison: must be a number of months, life, time_served or unknown",
      `a-case.yaml:56 investigations[0].leadAgency: unknown reference "${p}nowhere": no Agency has this id`,
    ],
  };

  it("covers every case listed here", () => {
    expect(malformedCases(p).map((c) => c.name)).toEqual(Object.keys(expected));
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(20);
  });

  it.each(malformedCases(p))("$name: a clear error, and nothing written", async ({ name, files }) => {
    const before = await graphFingerprint(driver, database);
    const problems = await problemsOf(files);
    expect(problems.map((x) => `${x.file}:${x.line} ${x.field}: ${x.message}`)).toEqual(expected[name]);
    expect(await graphFingerprint(driver, database)).toBe(before);
  });
});
