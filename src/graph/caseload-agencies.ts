/**
 * The caseload data's agency codes that this graph reads (LIONS Appendix A, Code List,
 * December 2016 / June 2017, AGENCY table), and what each is here. A code is the agency its
 * code names: HSCE is all of ICE, not HSI. The joint task-force codes name no agency of the
 * catalog; they are reported as partners as they are. Any other code is unknown and is listed,
 * never dropped. docs/model.md (Caseload data) quotes the code lines with their pages.
 */
export type CaseloadAgency =
  | { code: string; kind: "agency"; agencyId: string; name: string }
  | { code: string; kind: "joint-task-force"; name: string }
  | { code: string; kind: "unknown" };

type KnownAgency = { kind: "agency"; agencyId: string; name: string } | { kind: "joint-task-force"; name: string };

const knownCodes: Record<string, KnownAgency> = {
  // Appendix A, page A-16.
  HSCE: { kind: "agency", agencyId: "ice", name: "Bureau of Immigration & Customs Enforcement (ICE)" },
  // Appendix A, page A-18.
  JUFB: { kind: "agency", agencyId: "fbi", name: "Federal Bureau of Investigation" },
  // Appendix A, page A-16.
  HSZZ: { kind: "joint-task-force", name: "Joint Homeland Security Agency /State/Local Task Force" },
  // Appendix A, page A-20.
  ZCAC: { kind: "joint-task-force", name: "Internet Crimes Against Children Task Force" },
};

/** What an agency code of the release is here; codes are compared as written, padding removed. */
export function caseloadAgency(code: string): CaseloadAgency {
  const trimmed = code.trim();
  const known = knownCodes[trimmed];
  return known === undefined ? { code: trimmed, kind: "unknown" } : { code: trimmed, ...known };
}

/** The codes among these that the table does not know, each once, in the order first seen: the load report lists them. */
export function unknownAgencyCodes(codes: Iterable<string>): string[] {
  const unknown = new Set<string>();
  for (const code of codes) if (caseloadAgency(code).kind === "unknown") unknown.add(code.trim());
  return [...unknown];
}

/**
 * The agency whose caseload figures stand for this one: the nearest at or above it (its
 * lineage, itself first) that has a caseload code. HSI has none: its figures are ICE's (HSCE).
 */
export function caseloadAgencyFor(lineage: readonly string[]): { agencyId: string; code: string } | null {
  for (const agencyId of lineage) {
    const code = Object.entries(knownCodes).find(([, known]) => known.kind === "agency" && known.agencyId === agencyId)?.[0];
    if (code !== undefined) return { agencyId, code };
  }
  return null;
}
