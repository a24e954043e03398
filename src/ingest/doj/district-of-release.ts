import type { Span } from "./sentences.ts";

/** What a release's district is read from: the district catalog's names and DOJ components. */
export interface DistrictNames {
  id: string;
  /** "Southern District of Texas". */
  name: string;
  /** "USAO - Texas, Southern", when the catalog has it. */
  dojComponent: string | null;
}

/**
 * The release's district: from its component (the API names the U.S. Attorney's Office,
 * "USAO - Texas, Southern"), else the first district the text names in full ("Southern
 * District of Texas"). The span is the text's words, or null when the component gave it.
 */
export function districtOfRelease(component: string | null, text: string, districts: readonly DistrictNames[]): { id: string; span: Span | null } | null {
  const key = (s: string) => s.replace(/[.\s]/g, "").toLowerCase();
  if (component !== null) {
    const byComponent = districts.find((d) => d.dojComponent !== null && key(d.dojComponent) === key(component));
    if (byComponent !== undefined) return { id: byComponent.id, span: null };
  }
  let first: { id: string; span: Span } | null = null;
  for (const d of districts) {
    // "Southern District of Texas" and "S.D. of Texas" are not both printed; the full name is.
    const at = text.indexOf(d.name);
    if (at === -1) continue;
    // "District of Columbia" inside "Eastern District of Columbia..." cannot happen, but "District of Puerto Rico" in a longer name can: the longest name at the same place wins.
    if (first === null || at < first.span.start || (at === first.span.start && d.name.length > first.span.text.length)) {
      first = { id: d.id, span: { start: at, end: at + d.name.length, text: d.name } };
    }
  }
  return first;
}
