import { unknownAgencyCodes } from "../../graph/caseload-agencies.ts";
import { programFigures, type ProgramFigures } from "../../graph/caseload-figures.ts";
import { caseloadOutcome } from "../../graph/caseload.ts";
import type { CaseloadCase } from "./caseload-records.ts";

/** The caseload figures of selected cases: per program, and the agency codes the code table does not know. */
export function caseloadFigures(
  cases: readonly CaseloadCase[],
  options: { agencyCode: string; since: string; until: string | null; programs: readonly string[] },
): { programs: ProgramFigures[]; unknownAgencyCodes: string[] } {
  const outcomes = cases.map((c) => ({ programs: c.programs, outcome: caseloadOutcome(c) }));
  return {
    programs: programFigures(outcomes, options),
    unknownAgencyCodes: unknownAgencyCodes(cases.flatMap((c) => c.participants.filter((p) => p.role === "IN").map((p) => p.agency))),
  };
}

/** What every caseload figure must be read with. */
export function caseloadCaveats(agencyCode: string): string[] {
  return [
    ...(agencyCode === "HSCE" ? ["HSCE is all of ICE; HSI is ICE's investigative arm, and the data do not tell them apart."] : []),
    "The release itself warns against comparing districts' figures.",
    "Sealed records are missing: the release's README logs the sealed records it deleted before publication.",
    "The data run only to the release's own date.",
    "Program 05E includes sex trafficking of adults (Appendix A, A-74); program 080 concerns victims under 18 (A-81). Neither alone is child trafficking.",
  ];
}
