import { afterAll, describe, expect, it } from "vitest";
import { testDriver, testIdPrefix } from "./helpers/db.ts";
import { modelLabels } from "./helpers/schema.ts";

const { driver, database, db } = testDriver();
const prefix = testIdPrefix();

afterAll(async () => {
  await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix }, { database });
  await driver.close();
});

// A label as a parameter: Cypher's dynamic labels (Neo4j 5.26).
const create = (label: string, id: string) => driver.executeQuery("CREATE (:$($label) {id: $id})", { label, id }, { database });

describe("uniqueness constraints", () => {
  it.each(modelLabels)("reject a second %s with the same id", async (label) => {
    await create(label, `${prefix}${label}-1`);
    await expect(create(label, `${prefix}${label}-1`)).rejects.toMatchObject({
      code: "Neo.ClientError.Schema.ConstraintValidationFailed",
    });
  });

  it.each(modelLabels)("accept a second %s with another id", async (label) => {
    await create(label, `${prefix}${label}-2`);
    await create(label, `${prefix}${label}-3`);
    const { records } = await driver.executeQuery(
      "MATCH (n:$($label)) WHERE n.id IN $ids RETURN count(n) AS n",
      { label, ids: [`${prefix}${label}-2`, `${prefix}${label}-3`] },
      { database },
    );
    expect(records[0]?.get("n")).toBe(2);
  });
});
