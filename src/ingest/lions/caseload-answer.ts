import { programFigures, type ProgramFigures } from "../../graph/caseload-figures.ts";
export { caseloadCaveats } from "../../graph/caseload-figures.ts";
import { caseloadOutcome } from "../../graph/caseload.ts";
import { agencyCodeReport, type AgencyCodeReport, type AgencyCodeTable } from "./agency-code-table.ts";
import type { CaseloadCase } from "./caseload-records.ts";

/** The caseload figures of selected cases: per program, and what the agency code table says of their codes. */
export function caseloadFigures(
  cases: readonly CaseloadCase[],
  options: { agencyCode: string; since: string; until: string | null; programs: readonly string[]; agencyCodes: AgencyCodeTable },
): { programs: ProgramFigures[]; agencyCodes: AgencyCodeReport } {
  const outcomes = cases.map((c) => ({ programs: c.programs, outcome: caseloadOutcome(c) }));
  return { programs: programFigures(outcomes, options), agencyCodes: agencyCodeReport(options.agencyCodes, cases) };
}
