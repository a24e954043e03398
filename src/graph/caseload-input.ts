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
}

export interface CaseloadParticipantInput {
  id: number;
  role: string;
  agency: string;
}

export interface CaseloadCountInput {
  participantId: number;
  countId: string;
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
