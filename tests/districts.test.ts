import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { districtIdOf, resolveDistricts } from "../src/graph/districts.ts";
import { projectRoot } from "../src/paths.ts";
import { testDriver } from "./helpers/db.ts";
import { loadSeed, removeSeed } from "./helpers/seed-data.ts";

interface CatalogDistrict {
  id: string;
  name: string;
  abbreviation: string;
  lionsCode: string | null;
  dojComponent: string | null;
  dojComponentInferred?: string;
  sources: { source: string }[];
}

const catalog = (parse(readFileSync(path.join(projectRoot, "seed/reference/districts.yaml"), "utf8")) as { districts: CatalogDistrict[] }).districts;

describe("the district catalog", () => {
  it("holds the 94 federal districts: 89 in the states, D.C., Puerto Rico and the three territorial courts", () => {
    expect(catalog).toHaveLength(94);
    const outsideStates = ["d-dc", "d-pr", "d-guam", "d-vi", "d-nmari"];
    expect(catalog.filter((d) => outsideStates.includes(d.id)).map((d) => d.name)).toEqual([
      "District of Columbia",
      "District of Guam",
      "District of the Northern Mariana Islands",
      "District of Puerto Rico",
      "District of the Virgin Islands",
    ]);
  });

  it("writes every id from its abbreviation, one scheme for all", () => {
    expect(catalog.filter((d) => districtIdOf(d.abbreviation) !== d.id).map((d) => [d.id, d.abbreviation])).toEqual([]);
    expect(["S.D. Tex.", "D. Mass.", "E.D.N.Y.", "D.P.R.", "D. Me.", "D.D.C.", "N.D.W. Va.", "D. N. Mar. I."].map(districtIdOf)).toEqual([
      "sd-tex",
      "d-mass",
      "ed-ny",
      "d-pr",
      "d-me",
      "d-dc",
      "nd-wva",
      "d-nmari",
    ]);
  });

  it("gives every district a name and an abbreviation, and no two the same code or component", () => {
    expect(catalog.filter((d) => !d.name || !d.abbreviation).map((d) => d.id)).toEqual([]);
    const repeated = (values: (string | null)[]) => values.filter((v, i) => v !== null && values.indexOf(v) !== i);
    expect(repeated(catalog.map((d) => d.lionsCode))).toEqual([]);
    expect(repeated(catalog.map((d) => d.dojComponent))).toEqual([]);
    expect(repeated(catalog.map((d) => d.abbreviation.replace(/[.\s]/g, "").toLowerCase()))).toEqual([]);
  });

  it("has a caseload-data code for every district, and says which DOJ components are inferred and which unknown", () => {
    expect(catalog.filter((d) => d.lionsCode === null)).toEqual([]);
    // Stated by a source for two districts; the other 61 districts of states with several follow their pattern.
    expect(catalog.filter((d) => d.dojComponent !== null && d.dojComponentInferred === undefined).map((d) => d.dojComponent)).toEqual([
      "USAO - California, Southern",
      "USAO - New York, Southern",
    ]);
    expect(catalog.filter((d) => d.dojComponentInferred !== undefined)).toHaveLength(61);
    // 26 states with one district, D.C., Puerto Rico and the three territories: no source read names their component.
    expect(catalog.filter((d) => d.dojComponent === null)).toHaveLength(31);
  });

  it("cites the caseload-data code list and the court database for every district", () => {
    const cited = (d: CatalogDistrict) => d.sources.map((s) => s.source);
    expect(catalog.filter((d) => !cited(d).includes("src-eousa-lions-appendix-a") || !cited(d).includes("src-courts-db")).map((d) => d.id)).toEqual([]);
  });
});

describe("resolving a district in the graph", () => {
  const { driver, database, db } = testDriver();
  beforeAll(() => loadSeed(db));
  afterAll(async () => {
    await removeSeed(driver, database);
    await driver.close();
  });

  it("finds the Southern District of Texas by id, abbreviation (any case, any spacing), caseload code and DOJ component", async () => {
    const texts = ["sd-tex", "S.D. Tex.", "s.d.tex.", "S. D. Tex", "TXS", "txs", "USAO - Texas, Southern", "usao - texas,southern"];
    const found = await resolveDistricts(db, texts);
    expect(texts.map((t) => found.get(t)!.map((d) => d.id))).toEqual(texts.map(() => ["sd-tex"]));
    expect(found.get("TXS")).toEqual([
      { id: "sd-tex", name: "Southern District of Texas", abbreviation: "S.D. Tex.", lionsCode: "TXS", dojComponent: "USAO - Texas, Southern" },
    ]);
  });

  it("finds the odd ones: D.C., the Northern Mariana Islands, and a code of three letters for a one-district territory", async () => {
    const found = await resolveDistricts(db, ["D.D.C.", "DC", "D. N. Mar. I.", "NMI", "E.D.N.Y.", "NYE"]);
    expect([...found].map(([text, districts]) => [text, districts.map((d) => d.id)])).toEqual([
      ["D.D.C.", ["d-dc"]],
      ["DC", ["d-dc"]],
      ["D. N. Mar. I.", ["d-nmari"]],
      ["NMI", ["d-nmari"]],
      ["E.D.N.Y.", ["ed-ny"]],
      ["NYE", ["ed-ny"]],
    ]);
  });

  it("finds nothing for a text that names no district", async () => {
    const found = await resolveDistricts(db, ["s-d-tex", "Southern District of Texas", "TX"]);
    expect([...found.values()]).toEqual([[], [], []]);
  });
});
