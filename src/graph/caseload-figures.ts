import type { CaseloadCaseOutcome, ConvictionHow } from "./caseload.ts";

/**
 * The program categories the caseload figures are given for, with their names as LIONS
 * Appendix A (December 2016) prints them: 080 on page A-81, 05E on page A-74. 05E covers
 * § 1591 "where the offense involves sex trafficking of adults", 080 offences "that involve a
 * victim under the age of 18": neither alone is "child trafficking".
 */
export const caseloadPrograms: Readonly<Record<string, string>> = {
  "080": "Project Safe Childhood",
  "05E": "Civil Rights - Slavery/Involuntary Servitude, and trafficking in persons",
};

/** What every caseload figure must be read with, for figures under this agency code. */
export function caseloadCaveats(agencyCode: string): string[] {
  return [
    ...(agencyCode === "HSCE" ? ["HSCE is all of ICE; HSI is ICE's investigative arm, and the data do not tell them apart."] : []),
    "The release itself warns against comparing districts' figures.",
    "Sealed records are missing: the release's README logs the sealed records it deleted before publication.",
    "The data run only to the release's own date.",
    "Program 05E includes sex trafficking of adults (Appendix A, A-74); program 080 concerns victims under 18 (A-81). Neither alone is child trafficking.",
  ];
}

/** A selected case's program codes and what the rules made of it. */
export interface ProgramCase {
  programs: readonly string[];
  outcome: CaseloadCaseOutcome;
}

export interface ProgramFigures {
  code: string;
  /** Appendix A's name; null for a code this table does not hold. */
  name: string | null;
  /** Defendants convicted in the window in cases the agency led (the lowest IN participant). */
  convictionsLed: number;
  /** The same, with the agency as lead or partner. */
  convictionsParticipated: number;
  /** Over convictionsLed: each defendant once per distinct statute among its guilty counts, at the level printed. */
  byStatute: { statute: string; convictions: number }[];
  /** Over convictionsLed; the parts add up to it. */
  byHow: Record<ConvictionHow, number>;
  /** Over convictionsLed, by the year of the conviction date. */
  byYear: { year: number; convictions: number }[];
  /** Led by the agency, convicted, but a guilty count has no date: neither in nor out of the window. */
  notPlaceable: number;
  /** Of convictionsLed, those whose every guilty count is sealed. */
  sealedOnly: number;
}

/**
 * The caseload figures for an agency code (as the release writes it: HSCE is all of ICE) and
 * a window, per program: a defendant counts under every program of its case.
 */
export function programFigures(cases: readonly ProgramCase[], { agencyCode, since, until, programs }: { agencyCode: string; since: string; until: string | null; programs: readonly string[] }): ProgramFigures[] {
  const inWindow = (date: string) => date >= since && (until === null || date <= until);
  return programs.map((code) => {
    const convictions = cases.filter((c) => c.programs.includes(code)).flatMap((c) => c.outcome.convictions);
    const led = convictions.filter((c) => c.leadAgency === agencyCode);
    const ledInWindow = led.filter((c) => c.placeable && c.date !== null && inWindow(c.date));
    const participated = convictions.filter((c) => (c.leadAgency === agencyCode || c.partnerAgencies.includes(agencyCode)) && c.placeable && c.date !== null && inWindow(c.date));
    return {
      code,
      name: caseloadPrograms[code] ?? null,
      convictionsLed: ledInWindow.length,
      convictionsParticipated: participated.length,
      ...summarizeLed(ledInWindow.map((c) => ({ statutes: c.statutes.map((s) => s.citation), how: c.how, year: Number(c.date!.slice(0, 4)) }))),
      notPlaceable: led.filter((c) => !c.placeable).length,
      sealedOnly: ledInWindow.filter((c) => c.sealedOnly).length,
    };
  });
}

/**
 * The breakdowns of the convictions a program's agency led in the window: each defendant once
 * per distinct statute (most first), by how (the parts add up), and by year.
 */
export function summarizeLed(led: readonly { statutes: readonly string[]; how: ConvictionHow; year: number }[]): Pick<ProgramFigures, "byStatute" | "byHow" | "byYear"> {
  const tally = (keys: string[]) => {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return [...counts];
  };
  const byHow: Record<ConvictionHow, number> = { plea: 0, jury: 0, bench: 0, other: 0 };
  for (const c of led) byHow[c.how] += 1;
  return {
    byStatute: tally(led.flatMap((c) => [...new Set(c.statutes)]))
      .map(([statute, convictions]) => ({ statute, convictions }))
      .sort((a, b) => b.convictions - a.convictions || a.statute.localeCompare(b.statute)),
    byHow,
    byYear: tally(led.map((c) => String(c.year)))
      .map(([year, convictions]) => ({ year: Number(year), convictions }))
      .sort((a, b) => a.year - b.year),
  };
}