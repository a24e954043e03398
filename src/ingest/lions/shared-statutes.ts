/**
 * The statute subsections caseload releases add to the catalog (§ 2252A(a)(5)(B) where the
 * catalog has § 2252A) live in one document shared by every release, not in a release's own:
 * two releases often charge the same subsection, and removing one must never be refused
 * because the other's charges name it. The document holds the union of the subsections every
 * loaded release uses, each citing every release that uses it; it is written again, whole, in
 * the same import as every load and removal, so a subsection no loaded release uses is removed.
 */
export const statutesFile = "caseload/statutes";

/** A subsection one or more releases use, as the statute record needs it. */
export interface Subsection {
  id: string;
  /** The citation at the level printed, "18 U.S.C. § 2252A(a)(5)(B)". */
  section: string;
  /** Its section's heading. */
  title: string;
  /** "(a)(5)(B)". */
  subsection: string;
  /** Its section's offence families. */
  categories: string[];
  /** The source ids of the releases whose charges use it. */
  releases: string[];
}

/**
 * The shared document's content: one statute record per subsection, the releases that use it
 * merged. A later entry's heading and families win (the release being loaded reads them from
 * today's catalog). Sorted, so that the same releases give the same document.
 */
export function sharedStatutes(subsections: readonly Subsection[]): { statutes?: unknown[] } {
  const byId = new Map<string, Subsection>();
  for (const s of subsections) {
    const before = byId.get(s.id);
    byId.set(s.id, { ...s, releases: [...new Set([...(before?.releases ?? []), ...s.releases])] });
  }
  const statutes = [...byId.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((s) => ({
      id: s.id,
      section: s.section,
      title: s.title,
      subsection: s.subsection,
      categories: [...s.categories].sort(),
      sources: [...s.releases].sort().map((source) => ({ source, locator: `GS_PART_COUNT, CHARGE ${s.section}`, supports: "A count charged under this subsection." })),
    }));
  return statutes.length === 0 ? {} : { statutes };
}
