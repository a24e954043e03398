import { CaseloadReleaseError } from "../errors.ts";
import { parseCaseloadCharge, type CaseloadStatute } from "./caseload-charges.ts";
import type {
  CaseloadCaseInput as CaseloadCase,
  CaseloadCountInput as CaseloadCount,
  CaseloadParticipantInput as CaseloadParticipant,
  CaseloadSentenceInput as CaseloadSentence,
} from "./caseload-input.ts";

/**
 * The rules that turn a case of the U.S. Attorneys' caseload data (LIONS) into defendants,
 * convictions and sentences, written once here and in docs/model.md (Caseload data). Codes are
 * those of LIONS Appendix A; the model quotes each code line relied on, with its page.
 */

/** Criminal defendant roles (Appendix A, ROLE, Criminal, page A-86); DJ is a juvenile defendant. */
export const defendantRoles = ["D", "DG", "DJ", "DO", "DP"] as const;
const investigatingAgencyRole = "IN";
const guilty = "GT";
/** Dispositions that end a count without a conviction (Appendix A, DISPOSITION, Criminal, page A-58). */
const withoutConviction = new Set(["NG", "DM", "DJ"]);
const lifeTerm = "LIF";
const timeServed = "TIM";

export type ConvictionHow = "plea" | "jury" | "bench" | "other";
const howOfReason: Record<string, ConvictionHow> = { PLED: "plea", PLOD: "plea", JTRD: "jury", BTRD: "bench" };

export type CaseloadPrison = { kind: "months"; months: number } | { kind: "life" | "time_served" | "unknown"; months: null };

export interface CaseloadSentenceRecord {
  /** ISO yyyy-mm-dd, or null when the row has no date. */
  date: string | null;
  prison: CaseloadPrison;
}

export interface CaseloadConviction {
  /** The LIONS district code as written ("TXS"); lionsDistrictIds resolves it. */
  district: string;
  caseId: string;
  participantId: number;
  /** Agency code of the lead investigating agency, null when the case has no IN participant. */
  leadAgency: string | null;
  /** The other IN participants' codes, each once, in participant-id order, without the lead's. */
  partnerAgencies: string[];
  /** ISO yyyy-mm-dd of the earliest GT count; null when a GT count is undated (not placeable). */
  date: string | null;
  placeable: boolean;
  /**
   * ISO yyyy-mm-dd: FILING_DATE of the court-history row that the deciding GT count (the one
   * that gives the date and how) names by its CRTHISID; null when it names none of the case's
   * rows or the row has no filing date.
   */
  filed: string | null;
  how: ConvictionHow;
  /** The count ids of the GT counts: the row keys a citation's locator names. */
  countIds: string[];
  /** Each distinct statute among the GT counts, at the level printed, in count order. */
  statutes: CaseloadStatute[];
  /** GT charges that do not read as "<title> :<section>", as written, each once. */
  unparsedCharges: string[];
  /** How many GT counts are undated, and how many are sealed. */
  undatedCounts: number;
  sealedCounts: number;
  /** Every GT count is sealed. */
  sealedOnly: boolean;
  juvenile: boolean;
  /** The earliest sentence dated on or after the conviction (any dated one when it is not placeable). */
  sentence: CaseloadSentenceRecord | null;
  /** Later sentence rows (after a revocation, say), in date order. */
  sentenceHistory: CaseloadSentenceRecord[];
  /** Rows dated before the conviction, and undated rows: never the sentence, listed so none is lost. */
  sentencesBefore: CaseloadSentenceRecord[];
  undatedSentences: number;
}

/** A case's defendants, so that the convicted and the others add up to all of them. */
export interface CaseloadCaseOutcome {
  district: string;
  caseId: string;
  defendants: number;
  convictions: CaseloadConviction[];
  /** Defendants with no GT count, every count NG, DM or DJ. */
  disposedWithoutConviction: number;
  /** Defendants with no GT count and some count with another or no disposition (pending, say). */
  otherOutcome: number;
  /** Defendants with no count at all. */
  noCounts: number;
}

const months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

/** A release date, DD-MON-YYYY ("11-DEC-2007"), as ISO yyyy-mm-dd; undefined when it is not one. */
export function caseloadDate(text: string): string | undefined {
  const match = /^(\d{2})-([A-Z]{3})-(\d{4})$/.exec(text.trim().toUpperCase());
  if (match === null) return undefined;
  const month = months.indexOf(match[2]!) + 1;
  if (month === 0) return undefined;
  const iso = `${match[3]}-${String(month).padStart(2, "0")}-${match[1]}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : undefined;
}

/**
 * Prison months: years × 12 + months + days / 30, the days rounded to the nearest whole month
 * with a half rounded up (14 days are 0 months, 15 days 1, 45 days 2). A life term is read from
 * INCAR_TYPE LIF and time served from TIM; a row with no incarceration field written is unknown.
 */
export function caseloadPrison(sentence: CaseloadSentence): CaseloadPrison {
  const type = sentence.incarcerationType.trim().toUpperCase();
  if (type === lifeTerm) return { kind: "life", months: null };
  if (type === timeServed) return { kind: "time_served", months: null };
  const { incarcerationYears: years, incarcerationMonths: monthCount, incarcerationDays: days } = sentence;
  if (years === null && monthCount === null && days === null) return { kind: "unknown", months: null };
  return { kind: "months", months: (years ?? 0) * 12 + (monthCount ?? 0) + Math.round((days ?? 0) / 30) };
}

/** The lead investigating agency (lowest participant id) and the partners, from a case's IN participants. */
export function investigatingAgencies(participants: readonly CaseloadParticipant[]): { lead: string | null; partners: string[] } {
  const agencies = participants.filter((p) => p.role.trim() === investigatingAgencyRole).sort((a, b) => a.id - b.id);
  const [lead, ...others] = agencies.map((p) => p.agency.trim());
  const partners = [...new Set(others)].filter((code) => code !== lead);
  return { lead: lead ?? null, partners };
}

const isDefendant = (p: CaseloadParticipant) => (defendantRoles as readonly string[]).includes(p.role.trim());

/** Every date of a case that does not read, named with its row keys; a case with any is refused. */
function dateProblems(record: CaseloadCase): string[] {
  const where = `${record.district} case ${record.caseId}`;
  const bad = (date: string) => date.trim() !== "" && caseloadDate(date) === undefined;
  return [
    ...record.counts.filter((c) => bad(c.date)).map((c) => `${where} participant ${c.participantId} count ${c.countId}: DISP_DATE "${c.date}" is not a date written DD-MON-YYYY`),
    ...record.sentences.filter((s) => bad(s.date)).map((s) => `${where} participant ${s.participantId}: SENT_DATE "${s.date}" is not a date written DD-MON-YYYY`),
    ...record.courtHistory.filter((h) => bad(h.filingDate)).map((h) => `${where} court history ${h.id}: FILING_DATE "${h.filingDate}" is not a date written DD-MON-YYYY`),
  ];
}

const isoOrNull = (date: string) => (date.trim() === "" ? null : caseloadDate(date)!);

/** Count ids are numbers written as text; ties in date are broken by them. */
const byCountId = (a: CaseloadCount, b: CaseloadCount) => Number(a.countId) - Number(b.countId) || a.countId.localeCompare(b.countId);

function conviction(record: CaseloadCase, defendant: CaseloadParticipant, gtCounts: CaseloadCount[], agencies: { lead: string | null; partners: string[] }): CaseloadConviction {
  const dated = gtCounts.filter((c) => c.date.trim() !== "").sort((a, b) => isoOrNull(a.date)!.localeCompare(isoOrNull(b.date)!) || byCountId(a, b));
  const undatedCounts = gtCounts.length - dated.length;
  // The count that decides how: the earliest dated one, else the first by count id.
  const deciding = dated[0] ?? [...gtCounts].sort(byCountId)[0]!;
  const date = undatedCounts === 0 ? isoOrNull(deciding.date) : null;
  const court = record.courtHistory.find((h) => deciding.courtHistoryId !== null && h.id === deciding.courtHistoryId);

  const statutes = new Map<string, CaseloadStatute>();
  const unparsed = new Set<string>();
  for (const count of [...gtCounts].sort(byCountId)) {
    const statute = parseCaseloadCharge(count.charge);
    if (statute === undefined) unparsed.add(count.charge.trim());
    else if (!statutes.has(statute.statuteId)) statutes.set(statute.statuteId, statute);
  }

  const rows = record.sentences
    .filter((s) => s.participantId === defendant.id)
    .map((s) => ({ date: isoOrNull(s.date), prison: caseloadPrison(s) }));
  const datedRows = rows.filter((s) => s.date !== null).sort((a, b) => a.date!.localeCompare(b.date!));
  const fromConviction = datedRows.filter((s) => date === null || s.date! >= date);
  const sealedCounts = gtCounts.filter((c) => c.sealed.trim().toUpperCase() === "Y").length;

  return {
    district: record.district,
    caseId: record.caseId,
    participantId: defendant.id,
    leadAgency: agencies.lead,
    partnerAgencies: agencies.partners,
    date,
    placeable: date !== null,
    filed: court === undefined ? null : isoOrNull(court.filingDate),
    how: howOfReason[deciding.reason.trim().toUpperCase()] ?? "other",
    countIds: [...gtCounts].sort(byCountId).map((c) => c.countId),
    statutes: [...statutes.values()],
    unparsedCharges: [...unparsed],
    undatedCounts,
    sealedCounts,
    sealedOnly: sealedCounts === gtCounts.length,
    juvenile: defendant.role.trim() === "DJ",
    sentence: fromConviction[0] ?? null,
    sentenceHistory: fromConviction.slice(1),
    sentencesBefore: datedRows.filter((s) => date !== null && s.date! < date),
    undatedSentences: rows.length - datedRows.length,
  };
}

/**
 * A case's outcome: one conviction per defendant with at least one GT count, and the other
 * defendants counted by why they are not convicted. A date that does not read refuses the case,
 * naming every such value.
 */
export function caseloadOutcome(record: CaseloadCase): CaseloadCaseOutcome {
  const problems = dateProblems(record);
  if (problems.length > 0) throw new CaseloadReleaseError(problems);
  const agencies = investigatingAgencies(record.participants);
  const outcome: CaseloadCaseOutcome = { district: record.district, caseId: record.caseId, defendants: 0, convictions: [], disposedWithoutConviction: 0, otherOutcome: 0, noCounts: 0 };
  const defendants = record.participants.filter(isDefendant).sort((a, b) => a.id - b.id);
  for (const defendant of defendants) {
    outcome.defendants += 1;
    const counts = record.counts.filter((c) => c.participantId === defendant.id);
    const dispositions = counts.map((c) => c.disposition.trim().toUpperCase());
    const gtCounts = counts.filter((_, i) => dispositions[i] === guilty);
    if (gtCounts.length > 0) outcome.convictions.push(conviction(record, defendant, gtCounts, agencies));
    else if (counts.length === 0) outcome.noCounts += 1;
    else if (dispositions.every((d) => withoutConviction.has(d))) outcome.disposedWithoutConviction += 1;
    else outcome.otherOutcome += 1;
  }
  return outcome;
}
