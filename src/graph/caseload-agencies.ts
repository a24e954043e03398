/**
 * The caseload data's agency codes that this graph reads (LIONS Appendix A, Code List,
 * December 2016 / June 2017, AGENCY table), and what each is here. A code is the agency its
 * code names: HSCE is all of ICE, not HSI. The joint task-force codes name a kind of task force
 * (seed/reference/agencies.yaml has one agency for each code, citing Appendix A), not which
 * one; a case they lead is theirs, and they are partners beside HSCE. Any other code is unknown and is listed,
 * never dropped. A release's own code table (its GS_AGENCY) names the codes, and is checked
 * against this list, but never changes what a code maps to. docs/model.md (Caseload data)
 * quotes the code lines with their pages.
 */
export type CaseloadAgency =
  | { code: string; kind: "agency"; agencyId: string; name: string }
  | { code: string; kind: "joint-task-force"; agencyId: string; name: string }
  | { code: string; kind: "unknown" };

type KnownAgency = { kind: "agency" | "joint-task-force"; agencyId: string; name: string };

const knownCodes: Record<string, KnownAgency> = {
  // Appendix A, page A-16.
  HSCE: { kind: "agency", agencyId: "ice", name: "Bureau of Immigration & Customs Enforcement (ICE)" },
  // Appendix A, page A-18.
  JUFB: { kind: "agency", agencyId: "fbi", name: "Federal Bureau of Investigation" },
  // Appendix A, page A-16.
  HSZZ: { kind: "joint-task-force", agencyId: "task-force-hszz", name: "Joint Homeland Security Agency /State/Local Task Force" },
  // Appendix A, page A-20.
  ZCAC: { kind: "joint-task-force", agencyId: "task-force-zcac", name: "Internet Crimes Against Children Task Force" },
};

/** What an agency code of the release is here; codes are compared as written, padding removed. */
export function caseloadAgency(code: string): CaseloadAgency {
  const trimmed = code.trim();
  const known = knownCodes[trimmed];
  return known === undefined ? { code: trimmed, kind: "unknown" } : { code: trimmed, ...known };
}

/** A release's own agency code table (its GS_AGENCY): code → the release's name for it, null when it gives none. */
export type ReleaseAgencyNames = ReadonlyMap<string, string | null>;

/**
 * The codes among these (the cases' investigating agencies) to list in the load report, each
 * once, in the order first seen: those no built-in mapping ties to one of our agencies, and,
 * when the release has its own code table (`release`), those it does not define. Each comes
 * with the release's name for it ("HSZZ (Joint Homeland Security Agency /State/Local Task
 * Force)"), or without a release table the built-in one, or why it has none.
 */
export function unknownAgencyCodes(codes: Iterable<string>, release: ReleaseAgencyNames | null = null): string[] {
  const listed = new Map<string, string>();
  for (const written of codes) {
    const code = written.trim();
    if (listed.has(code)) continue;
    const known = caseloadAgency(code);
    const inRelease = release === null || release.has(code);
    if (known.kind !== "unknown" && inRelease) continue;
    const name =
      release === null
        ? known.kind === "unknown"
          ? "not in the built-in code list"
          : known.name
        : !inRelease
          ? "not in the release's code table"
          : (release.get(code) ?? "no name in the release's code table");
    listed.set(code, `${code === "" ? "(blank)" : code} (${name})`);
  }
  return [...listed.values()];
}

/**
 * Where the release's code table names a code of the built-in list otherwise than Appendix A
 * does (spacing aside): one warning each. The code is still read as the built-in list says.
 */
export function renamedAgencyCodes(release: ReleaseAgencyNames): string[] {
  const spaced = (name: string) => name.trim().replace(/\s+/g, " ");
  return Object.entries(knownCodes).flatMap(([code, known]) => {
    const theirs = release.get(code);
    if (theirs === undefined || theirs === null || spaced(theirs) === spaced(known.name)) return [];
    const readAs = known.agencyId;
    return [`${code} is "${theirs}" in the release's code table, "${known.name}" in the built-in list (Appendix A); it is still read as ${readAs}`];
  });
}

/**
 * The agency whose caseload figures stand for this one: the nearest at or above it (its
 * lineage, itself first) that has a caseload code. HSI has none: its figures are ICE's (HSCE).
 */
export function caseloadAgencyFor(lineage: readonly string[]): { agencyId: string; code: string } | null {
  for (const agencyId of lineage) {
    const code = Object.entries(knownCodes).find(([, known]) => known.agencyId === agencyId)?.[0];
    if (code !== undefined) return { agencyId, code };
  }
  return null;
}
