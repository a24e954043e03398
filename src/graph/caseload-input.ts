/**
 * What the caseload rules read of a case, defined here because src/graph may not import
 * src/ingest (docs/architecture.md); the loader's CaseloadCase
 * (src/ingest/lions/caseload-records.ts) extends it with what the selection adds.
 */
export interface CaseloadCaseInput {
  /** The LIONS district code, e.g. TXS. */
  district: string;
  caseId: string;
  participants: readonly CaseloadParticipantInput[];
  counts: readonly CaseloadCountInput[];
  sentences: readonly CaseloadSentenceInput[];
  /** The case's rows of GS_COURT_HIST: its history in each court. */
  courtHistory: readonly CaseloadCourtHistoryInput[];
}

export interface CaseloadParticipantInput {
  id: number;
  role: string;
  agency: string;
}

export interface CaseloadCountInput {
  participantId: number;
  countId: string;
  /** CRTHISID: the id of the case's court-history row the count belongs to; null when blank. */
  courtHistoryId: number | null;
  charge: string;
  disposition: string;
  reason: string;
  /** DD-MON-YYYY, or empty. */
  date: string;
  sealed: string;
}

export interface CaseloadSentenceInput {
  participantId: number;
  /** DD-MON-YYYY, or empty. */
  date: string;
  incarcerationType: string;
  incarcerationDays: number | null;
  incarcerationMonths: number | null;
  incarcerationYears: number | null;
}

export interface CaseloadCourtHistoryInput {
  /** GS_COURT_HIST.ID, which a count's CRTHISID names. */
  id: number;
  /** FILING_DATE: DD-MON-YYYY, or empty. */
  filingDate: string;
  disposition: string;
  /** DISP_DATE: DD-MON-YYYY, or empty. */
  dispositionDate: string;
  /** DISP_REASON1..3 as written, blanks left out. */
  dispositionReasons: string[];
}
