import type { Driver } from "neo4j-driver";

/** Every label the model defines; each must have a unique `id` (Entity: across all labels). */
export const modelLabels = [
  "Agency",
  "Charge",
  "Claim",
  "Conviction",
  "Defendant",
  "District",
  "Entity",
  "Investigation",
  "OffenseCategory",
  "Prosecution",
  "SchemaVersion",
  "Sentence",
  "Source",
  "Statute",
];

export interface SchemaEntry {
  name: string;
  type: string;
  labels: string[];
  properties: string[];
}

/** Constraints and indexes, sorted by name, as SHOW lists them. */
export async function schemaSnapshot(driver: Driver, database: string) {
  const read = async (query: string): Promise<SchemaEntry[]> => {
    const { records } = await driver.executeQuery(query, {}, { database });
    return records
      .map((r) => ({
        name: r.get("name") as string,
        type: r.get("type") as string,
        labels: (r.get("labelsOrTypes") as string[] | null) ?? [],
        properties: (r.get("properties") as string[] | null) ?? [],
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  };
  return {
    constraints: await read("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties"),
    indexes: await read("SHOW INDEXES YIELD name, type, labelsOrTypes, properties"),
  };
}
