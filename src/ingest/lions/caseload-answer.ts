import { unknownAgencyCodes } from "../../graph/caseload-agencies.ts";
import { programFigures, type ProgramFigures } from "../../graph/caseload-figures.ts";
export { caseloadCaveats } from "../../graph/caseload-figures.ts";
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
