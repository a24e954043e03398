import { afterAll, describe, expect, it } from "vitest";
import { latestSchemaVersion, migrate, readSchemaVersion } from "../src/db/migrate.ts";
import { testDriver } from "./helpers/db.ts";
import { modelLabels, schemaSnapshot } from "./helpers/schema.ts";

const { driver, database, db } = testDriver();
afterAll(() => driver.close());

describe("migrations", () => {
  it("record the newest version in the graph", async () => {
    expect(latestSchemaVersion()).toBe(8);
    expect(await readSchemaVersion(db)).toBe(8);
  });

  it("apply nothing when the graph is already at the newest version", async () => {
    expect(await migrate(db)).toEqual({ from: 8, to: 8, applied: [] });
  });

  it("are idempotent: applying all of them again leaves the same schema", async () => {
    const before = await schemaSnapshot(driver, database);
    const result = await migrate(db, { reapply: true });
    expect(result).toEqual({
      from: 8,
      to: 8,
      applied: ["0001_unique_ids", "0002_filter_indexes", "0003_fulltext_names_titles", "0004_entity_ids", "0005_stored_placement", "0006_candidate_links", "0007_release_candidates", "0008_same_case_judgements"],
    });
    expect(await schemaSnapshot(driver, database)).toEqual(before);
    expect(await readSchemaVersion(db)).toBe(8);
  });

  it("give every node label a uniqueness constraint on id", async () => {
    const { constraints } = await schemaSnapshot(driver, database);
    const uniqueIds = constraints
      .filter((c) => c.type === "UNIQUENESS" && c.properties.join() === "id")
      .map((c) => c.labels.join())
      .sort();
    // And the press-release candidates, found by id though no Entity: they are not facts yet.
    expect(uniqueIds).toEqual([...modelLabels, "ReleaseCandidate"].sort());
  });

  it("index the dates and statute that queries filter by", async () => {
    const { indexes } = await schemaSnapshot(driver, database);
    const range = indexes.filter((i) => i.type === "RANGE").map((i) => `${i.labels.join()}.${i.properties.join()}`);
    expect(range).toEqual(
      expect.arrayContaining([
        "Conviction.dateFrom",
        "Conviction.dateTo",
        "Sentence.dateFrom",
        "Sentence.dateTo",
        "Investigation.openedFrom",
        "Claim.periodFrom",
        "Claim.periodTo",
        "Claim.metric",
        "Source.publishedFrom",
        "Statute.section",
        "Charge.stage",
      ]),
    );
  });

  it("build one fulltext index over names and titles", async () => {
    const { indexes } = await schemaSnapshot(driver, database);
    expect(indexes.filter((i) => i.type === "FULLTEXT")).toEqual([
      {
        name: "names_and_titles",
        type: "FULLTEXT",
        labels: ["Agency", "District", "Investigation", "Defendant", "Statute", "OffenseCategory", "Source", "Claim"],
        properties: ["name", "title"],
      },
    ]);
  });
});
