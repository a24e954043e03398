import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { projectRoot } from "../../paths.ts";
import type { DistrictNames } from "./district-of-release.ts";

/** The district catalog's names and components (seed/reference/districts.yaml), read from the file: extraction needs no database. */
export function districtNames(file = path.join(projectRoot, "seed", "reference", "districts.yaml")): DistrictNames[] {
  const { districts } = parse(readFileSync(file, "utf8")) as { districts: { id: string; name: string; dojComponent?: string | null }[] };
  return districts.map((d) => ({ id: d.id, name: d.name, dojComponent: d.dojComponent ?? null }));
}
