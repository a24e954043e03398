/**
 * A case of a caseload release as the loader selects it: the rows of one case (district and
 * case id together) from the tables it reads, values as the release writes them (padding
 * removed). The rules of src/graph/caseload.ts turn it into defendants, convictions and
 * sentences. Names are withheld by the release and never read.
 */
export interface CaseloadCase {
  /** The LIONS district code, e.g. TXS. */
  district: string;
  caseId: string;
  /** Program category codes (GS_CASE_PROG_CAT.PROG_CAT), e.g. 080, 05E. */
  programs: string[];
  participants: CaseloadParticipant[];
  /** Per-count outcomes (GS_PART_COUNT), of every participant. */
  counts: CaseloadCount[];
  sentences: CaseloadSentence[];
}

export interface CaseloadParticipant {
  /** GS_PARTICIPANT.ID, a number. */
  id: number;
  /** TYPE and ROLE as written: ROLE IN is an investigating agency; D, DG, DJ, DO, DP a criminal defendant. */
  type: string;
  role: string;
  /** Agency code for an investigating agency, e.g. HSCE; empty otherwise. */
  agency: string;
  juvenile: string;
}

export interface CaseloadCount {
  participantId: number;
  countId: string;
  /** As written, e.g. "18 :2251(a)". */
  charge: string;
  /** GT guilty, NG not guilty, DM/DJ dismissed, ... */
  disposition: string;
  /** PLED, PLOD, JTRD, BTRD, ... */
  reason: string;
  /** DD-MON-YYYY, or empty. */
  date: string;
  sealed: string;
}

export interface CaseloadSentence {
  participantId: number;
  /** DD-MON-YYYY, or empty. */
  date: string;
  incarcerationType: string;
  incarcerationDays: number | null;
  incarcerationMonths: number | null;
  incarcerationYears: number | null;
}
