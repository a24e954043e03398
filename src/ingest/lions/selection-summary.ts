import type { CaseloadCase } from "./caseload-records.ts";

export interface ProgramSelection {
  program: string;
  cases: number;
  participants: number;
  counts: number;
  sentences: number;
  courtHistory: number;
  /** Counts whose CRTHISID names no court-history row of their case (blank, or an id the case lacks): a problem figure, never an error. */
  countsWithoutCourtHistory: number;
}

/**
 * How much was selected per program: a case of two selected programs counts under each. The
 * programs asked for come in their order, each even when no case has it (a zero is an
 * answer); with `all`, every program found, in code order.
 */
export function selectionByProgram(cases: readonly CaseloadCase[], programs: readonly string[] | "all"): ProgramSelection[] {
  const codes = programs === "all" ? [...new Set(cases.flatMap((c) => c.programs))].sort() : programs;
  return codes.map((program) => {
    const of = cases.filter((c) => c.programs.includes(program));
    const sum = (size: (c: CaseloadCase) => number) => of.reduce((total, c) => total + size(c), 0);
    return {
      program,
      cases: of.length,
      participants: sum((c) => c.participants.length),
      counts: sum((c) => c.counts.length),
      sentences: sum((c) => c.sentences.length),
      courtHistory: sum((c) => c.courtHistory.length),
      countsWithoutCourtHistory: sum(countsWithoutCourtHistory),
    };
  });
}

function countsWithoutCourtHistory(c: CaseloadCase): number {
  const ids = new Set(c.courtHistory.map((h) => h.id));
  return c.counts.filter((count) => count.courtHistoryId === null || !ids.has(count.courtHistoryId)).length;
}

/** `--programs 080,05E` or `--programs all`. */
export function parsePrograms(option: string): string[] | "all" | undefined {
  if (option.trim().toLowerCase() === "all") return "all";
  const codes = option.split(",").map((code) => code.trim()).filter((code) => code !== "");
  return codes.length === 0 ? undefined : codes;
}
