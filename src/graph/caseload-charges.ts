/**
 * A caseload count's CHARGE as the release writes it, "18 :2251(a)" (title, space, colon,
 * section, then the subsection levels printed), read into a U.S. Code citation and the ids of
 * the statute catalog (docs/model.md, Ids): 18-usc-2251 for the section, 18-usc-2252a-a-5-b for
 * the printed level. The section id is there so a loader can add a subsection the catalog lacks
 * under its section.
 */
export interface CaseloadStatute {
  title: number;
  /** As printed, e.g. "2252A". */
  section: string;
  /** The levels printed after the section, e.g. "(a)(5)(B)"; null when none is. */
  subsection: string | null;
  /** "18 U.S.C. § 2252A(a)(5)(B)". */
  citation: string;
  /** The id at the level printed: "18-usc-2252a-a-5-b", or the section's id when no level is printed. */
  statuteId: string;
  /** "18-usc-2252a". */
  sectionId: string;
}

const chargePattern = /^(\d+)\s*:\s*(\d+[A-Za-z]*)((?:\([A-Za-z0-9]+\))*)$/;

/** The statute a charge names, or undefined when it is not written as "<title> :<section>(<level>)...". */
export function parseCaseloadCharge(charge: string): CaseloadStatute | undefined {
  const match = chargePattern.exec(charge.trim());
  if (match === null) return undefined;
  const [, titleText, section, levels] = match as unknown as [string, string, string, string];
  const title = Number(titleText);
  const sectionId = `${title}-usc-${section.toLowerCase()}`;
  const levelIds = [...levels.matchAll(/\(([A-Za-z0-9]+)\)/g)].map((level) => level[1]!.toLowerCase());
  return {
    title,
    section,
    subsection: levels === "" ? null : levels,
    citation: `${title} U.S.C. § ${section}${levels}`,
    statuteId: [sectionId, ...levelIds].join("-"),
    sectionId,
  };
}
