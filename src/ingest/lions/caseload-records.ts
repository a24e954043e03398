import type { CaseloadCaseInput, CaseloadCountInput, CaseloadCourtHistoryInput, CaseloadParticipantInput, CaseloadSentenceInput } from "../../graph/caseload-input.ts";

/**
 * A case of a caseload release as the loader selects it: the rows of one case (district and
 * case id together) from the tables it reads, values as the release writes them (padding
 * removed). It carries what the rules read (src/graph/caseload-input.ts) and what the
 * selection adds: the case's programs, each participant's type and juvenile flag. Names are
 * withheld by the release and never read.
 */
export interface CaseloadCase extends CaseloadCaseInput {
  /** Program category codes (GS_CASE_PROG_CAT.PROG_CAT) among those selected, e.g. 080, 05E. */
  programs: string[];
  participants: CaseloadParticipant[];
  counts: CaseloadCount[];
  sentences: CaseloadSentence[];
  courtHistory: CaseloadCourtHistory[];
}

export interface CaseloadParticipant extends CaseloadParticipantInput {
  /** TYPE as written. */
  type: string;
  juvenile: string;
}

export type CaseloadCount = CaseloadCountInput;
export type CaseloadSentence = CaseloadSentenceInput;
export type CaseloadCourtHistory = CaseloadCourtHistoryInput;
