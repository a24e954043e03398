import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importSeed } from "../src/ingest/import-seed.ts";
import { seedJsonSchema } from "../src/ingest/seed-json-schema.ts";
import { projectRoot } from "../src/paths.ts";
import { testDriver } from "./helpers/db.ts";
import { graphFingerprint } from "./helpers/fingerprint.ts";

const { driver, database, db } = testDriver();
afterAll(() => driver.close());

describe("the seed data", () => {
  it("validates, and a dry run against the test database writes nothing", async () => {
    const before = await graphFingerprint(driver, database);
    const summary = await importSeed([path.join(projectRoot, "seed")], { db, dryRun: true });
    expect(summary.files).toBeGreaterThan(0);
    expect(await graphFingerprint(driver, database)).toBe(before);
  });

  it("is described by an up-to-date seed/schema.json (run `npm run schema` after changing the format)", () => {
    expect(readFileSync(path.join(projectRoot, "seed", "schema.json"), "utf8")).toBe(seedJsonSchema());
  });
});
