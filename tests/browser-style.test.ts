import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importSeed } from "../src/ingest/import-seed.ts";
import { cypherDir, projectRoot } from "../src/paths.ts";
import { modelLabels } from "./helpers/schema.ts";
import { testDriver } from "./helpers/db.ts";
import { removeSeed } from "./helpers/seed-data.ts";

// cypher/browser/style.grass, read the way Neo4j Browser 5 reads it, against every node of the
// seed. Browser (src/neo4j-arc/graph-visualization/models/GraphStyle.ts) styles a node by
// applying, in the sheet's order, every rule whose labels the node has, later ones winning.
// Every node here has two labels, its own and Entity. When no rule gives its labels a caption,
// Browser writes one for the alphabetically first label, guessed from the properties: for an
// Investigation that is "node.Entity { caption: '{title}' }", which then wins on every
// Conviction and Defendant, and they have no title, so no caption. The sheet therefore gives
// Entity its rule first, and every label its own caption after it.
const { driver, database, db } = testDriver();

type Rules = [selector: string, props: Record<string, string>][];

/** Browser's own GraSS parser (parseGrass): quoted text may hold braces, `;` ends a property. */
function parseGrass(text: string): Rules {
  const rules: Rules = [];
  let quoted = false;
  let inside = false;
  let inner = false;
  let selector = "";
  let body = "";
  for (const char of text) {
    if (char === "'" || char === '"') quoted = !quoted;
    else if (char === "{" && !quoted && !inside) inside = true;
    else if (char === "{" && !quoted) inner = true;
    else if (char === "}" && !quoted && inner) inner = false;
    else if (char === "}" && !quoted) {
      rules.push([selector, Object.fromEntries(body.split(";").map((p) => p.split(":")).filter((kv) => kv.length === 2).map(([k, v]) => [k!.trim(), v!.trim()]))]);
      inside = false;
      selector = "";
      body = "";
    } else if (inside) body += char;
    else if (!/\s/.test(char)) selector += char;
  }
  return rules;
}

/** The caption Browser draws on a node: its matching rules in order, the text interpolated. */
function caption(rules: Rules, labels: string[], properties: Record<string, unknown>): { rule: string; text: string } {
  let chosen = { rule: "", template: "" };
  for (const [selector, props] of rules) {
    const [tag, ...classes] = selector.split(".");
    if (tag === "node" && classes.every((c) => labels.includes(c)) && props.caption !== undefined) chosen = { rule: selector, template: props.caption };
  }
  const text = chosen.template.replace(/\{([^{}]*)\}/g, (_, key: string) => {
    const value = properties[key];
    return typeof value === "string" || typeof value === "number" ? String(value) : "";
  });
  return { rule: chosen.rule, text: text.trim() };
}

const rules = parseGrass(readFileSync(path.join(cypherDir, "browser", "style.grass"), "utf8"));

beforeAll(() => importSeed([path.join(projectRoot, "seed")], { db }));
afterAll(async () => {
  await removeSeed(driver, database);
  await driver.close();
});

describe("style.grass in Neo4j Browser", () => {
  it("has a caption rule for every label of the model, Entity first", async () => {
    const { records } = await driver.executeQuery("MATCH (n:Entity) UNWIND labels(n) AS label RETURN DISTINCT label ORDER BY label", {}, { database });
    const labels = records.map((r) => r.get("label") as string);
    // Every label of the model but the schema's own version node, which holds no fact.
    expect(labels).toEqual(modelLabels.filter((label) => label !== "SchemaVersion"));
    const captioned = rules.filter(([, props]) => props.caption !== undefined).map(([selector]) => selector);
    expect(captioned.filter((s) => s.startsWith("node."))).toEqual(expect.arrayContaining(labels.map((l) => `node.${l}`)));
    expect(captioned.filter((s) => s.startsWith("node."))[0]).toBe("node.Entity");
  });

  it("captions every node of the seed by its own label's rule, never with empty text", async () => {
    const { records } = await driver.executeQuery("MATCH (n:Entity) RETURN labels(n) AS labels, properties(n) AS props", {}, { database });
    const wrong = records.flatMap((r) => {
      const labels = r.get("labels") as string[];
      const own = labels.find((l) => l !== "Entity")!;
      const { rule, text } = caption(rules, labels, r.get("props") as Record<string, unknown>);
      return rule === `node.${own}` && text !== "" ? [] : [`${String(r.get("props").id)}: ${rule} "${text}"`];
    });
    expect(records.length).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it("shows a conviction's placing date: a judgment's when the plea's is unknown", async () => {
    const { records } = await driver.executeQuery(
      "MATCH (c:Conviction {id: $id}) RETURN labels(c) AS labels, properties(c) AS props",
      { id: "conv-perez-figueroa" },
      { database },
    );
    const record = records[0]!;
    expect(caption(rules, record.get("labels") as string[], record.get("props") as Record<string, unknown>)).toEqual({ rule: "node.Conviction", text: "2023-12" });
  });
});
