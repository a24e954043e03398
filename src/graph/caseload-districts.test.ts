import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { lionsDistrictIds } from "./caseload-districts.ts";

describe("lionsDistrictIds", () => {
  it("maps every LIONS code of the district catalog to its district", async () => {
    const catalog = parse(await readFile(new URL("../../seed/reference/districts.yaml", import.meta.url), "utf8")) as { districts: { id: string; lionsCode: string | null }[] };
    const ids = lionsDistrictIds(catalog.districts);
    // All 94 districts of the catalog have a code.
    expect(ids.size).toBe(94);
    expect([ids.get("TXS"), ids.get("ALN"), ids.get("NYE")]).toEqual(["sd-tex", "nd-ala", "ed-ny"]);
  });

  it("refuses a catalog that gives one code to two districts", () => {
    expect(() => lionsDistrictIds([{ id: "test-a", lionsCode: "TXS" }, { id: "test-b", lionsCode: "TXS" }, { id: "test-c", lionsCode: null }])).toThrow(
      "LIONS code TXS is given to both test-a and test-b",
    );
  });
});
