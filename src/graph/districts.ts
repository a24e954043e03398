import { z } from "zod";
import { allRows, defineQuery } from "../db/query.ts";
import type { QueryRunner } from "../db/query-runner.ts";
import { nullableText } from "./columns.ts";

/**
 * The federal judicial districts (seed/reference/districts.yaml), and how a district is found
 * from any of the names the sources use for it: its id, its abbreviation ("S.D. Tex.", in any
 * case, with or without spaces and periods), its code in the U.S. Attorneys' caseload data
 * ("TXS") or the DOJ press-release component of its U.S. Attorney's Office
 * ("USAO - Texas, Southern"). Loaders of caseload data and press releases resolve through it.
 */
export interface District {
  id: string;
  name: string;
  abbreviation: string | null;
  lionsCode: string | null;
  dojComponent: string | null;
}

/**
 * The id a district's abbreviation gives (docs/model.md): periods and spaces removed,
 * lower-cased, a hyphen between the court's letters (D, or N.D., S.D., E.D., W.D., C.D., M.D.)
 * and the state's part. "S.D. Tex." is sd-tex, "E.D.N.Y." ed-ny, "D.D.C." d-dc.
 */
export function districtIdOf(abbreviation: string): string | undefined {
  const match = /^((?:[NSEWCM]\.\s*)?D\.)\s*(\S.*)$/.exec(abbreviation.trim());
  if (match === null) return undefined;
  const compact = (text: string) => text.replace(/[.\s]/g, "").toLowerCase();
  return `${compact(match[1]!)}-${compact(match[2]!)}`;
}

/** The form an abbreviation or a component is compared in: lower case, without spaces or periods. */
const lookupKey = (text: string) => text.replace(/[.\s]/g, "").toLowerCase();

/** The keys stored on a District node, so that queries compare equal values and never re-state the rule. */
export function districtLookupProps(district: { abbreviation?: string | undefined; dojComponent: string | null }): Record<string, string | null> {
  return {
    abbreviationKey: district.abbreviation === undefined ? null : lookupKey(district.abbreviation),
    dojComponentKey: district.dojComponent === null ? null : lookupKey(district.dojComponent),
  };
}

/** What a text is compared with, one value per kind of key. */
export interface DistrictLookup {
  text: string;
  id: string;
  key: string;
  lionsCode: string;
}

export function districtLookup(text: string): DistrictLookup {
  return { text, id: text.trim().toLowerCase(), key: lookupKey(text), lionsCode: text.trim().toUpperCase() };
}

const district = z.object({
  id: z.string(),
  name: z.string(),
  abbreviation: nullableText,
  lionsCode: nullableText,
  dojComponent: nullableText,
});

const queries = {
  resolve: defineQuery("districts/resolve", allRows(z.object({ text: z.string(), districts: z.array(district) }))),
};

/**
 * The districts each text names, in the order given: one when it names a district, none when
 * it names nothing, several when it is ambiguous (a caller should then refuse it).
 */
export async function resolveDistricts(db: QueryRunner, texts: readonly string[]): Promise<Map<string, District[]>> {
  const rows = await db.read(queries.resolve, { lookups: texts.map(districtLookup) });
  return new Map(rows.map((row) => [row.text, row.districts]));
}
