import { CaseloadReleaseError } from "../../errors.ts";
import type { CaseloadCase } from "./caseload-records.ts";
import { readFiles, releaseTableFiles, type TableSummary } from "./check-release.ts";
import type { Column, TableLayout } from "./layouts.ts";
import type { TableRow } from "./read-table.ts";
import { layoutsOf } from "./release-layouts.ts";
import { openRelease } from "./release-source.ts";

/** Project Safe Childhood (080) and trafficking in persons (05E): the question's programs. */
export const defaultPrograms: readonly string[] = ["080", "05E"];

export interface CaseSelection {
  /** Program category codes to keep, or every case of the release. */
  programs: readonly string[] | "all";
}

/**
 * The cases of a release (paths as openRelease takes them) whose program categories include
 * one of `programs`, with their participants, court history, per-count outcomes and
 * sentences, in district and case id order.
 *
 * GS_CASE_PROG_CAT is read first and only the selected cases' keys (district and case id
 * together: the same case id in two districts is two cases) are kept; then GS_PARTICIPANT,
 * GS_COURT_HIST, GS_PART_COUNT and GS_SENTENCE are streamed and only those cases' rows are
 * kept, so memory grows with the selection, never with a table. A case's `programs` are its
 * selected codes (each once), in the order the table gives them. Refuses with every problem:
 * the release's (see checkRelease) and any id or number that is not one. A count's blank
 * CRTHISID is kept as null: the selection summary counts it among those naming no
 * court-history row.
 */
export async function selectCases(paths: string | readonly string[], { programs }: CaseSelection, progress: (line: string) => void = () => {}): Promise<CaseloadCase[]> {
  const release = await openRelease(typeof paths === "string" ? [paths] : paths);
  try {
    const { layouts, problems } = await layoutsOf(release);
    const layout = (table: string) => layouts.find((l) => l.table === table)!;
    const cases = new Map<string, CaseloadCase>();
    const read = async (table: TableLayout, keep: Keep, row: (r: TableRow) => void): Promise<TableSummary> =>
      readFiles(table, releaseTableFiles(release, table, problems), problems, progress, { keep, row });

    const programTable = layout("GS_CASE_PROG_CAT");
    const wanted: Keep = programs === "all" ? () => true : (value) => programs.includes(value(programTable.columns.PROG_CAT!));
    await read(programTable, wanted, ({ values }) => {
      const key = caseKey(values.DISTRICT!, values.CASEID!);
      const found = cases.get(key) ?? { district: values.DISTRICT!, caseId: values.CASEID!, programs: [], participants: [], counts: [], sentences: [], courtHistory: [] };
      cases.set(key, found);
      if (!found.programs.includes(values.PROG_CAT!)) found.programs.push(values.PROG_CAT!);
    });

    const numbers = new Numbers(problems);
    const caseOf = (values: Record<string, string>) => cases.get(caseKey(values.DISTRICT!, values.CASEID!))!;
    const participants = layout("GS_PARTICIPANT");
    await read(participants, selected(participants, cases), (r) => {
      const { values } = r;
      caseOf(values).participants.push({ id: numbers.id(r, "ID"), type: values.TYPE!, role: values.ROLE!, agency: values.AGENCY!, juvenile: values.JUVENILE! });
    });
    const courtHistory = layout("GS_COURT_HIST");
    await read(courtHistory, selected(courtHistory, cases), (r) => {
      const { values } = r;
      caseOf(values).courtHistory.push({
        id: numbers.id(r, "ID"),
        filingDate: values.FILING_DATE!,
        disposition: values.DISPOSITION!,
        dispositionDate: values.DISP_DATE!,
        dispositionReasons: [values.DISP_REASON1!, values.DISP_REASON2!, values.DISP_REASON3!].filter((reason) => reason !== ""),
      });
    });
    const counts = layout("GS_PART_COUNT");
    await read(counts, selected(counts, cases), (r) => {
      const { values } = r;
      caseOf(values).counts.push({
        participantId: numbers.id(r, "PARTID"),
        countId: values.COUNTID!,
        courtHistoryId: numbers.optionalId(r, "CRTHISID"),
        charge: values.CHARGE!,
        disposition: values.DISPOSITION!,
        reason: values.DISP_REASON!,
        date: values.DISP_DATE!,
        sealed: values.SEALED!,
      });
    });
    const sentences = layout("GS_SENTENCE");
    await read(sentences, selected(sentences, cases), (r) => {
      const { values } = r;
      caseOf(values).sentences.push({
        participantId: numbers.id(r, "PARTID"),
        date: values.SENT_DATE!,
        incarcerationType: values.INCAR_TYPE!,
        incarcerationDays: numbers.optional(r, "INCAR_DAYS"),
        incarcerationMonths: numbers.optional(r, "INCAR_MONTHS"),
        incarcerationYears: numbers.optional(r, "INCAR_YEARS"),
      });
    });

    if (problems.length > 0) throw new CaseloadReleaseError(problems);
    return [...cases.values()].sort((a, b) => compare(a.district, b.district) || compare(a.caseId, b.caseId));
  } finally {
    release.close();
  }
}

// A tab never occurs in a fixed-width value, so the pair cannot collide.
const caseKey = (district: string, caseId: string) => `${district}\t${caseId}`;

/** Whether a raw line belongs to a selected case, read before the row is parsed. */
function selected(layout: TableLayout, cases: Map<string, CaseloadCase>): Keep {
  const district = layout.columns.DISTRICT!;
  const caseId = layout.columns.CASEID!;
  return (value) => cases.has(caseKey(value(district), value(caseId)));
}

type Keep = (value: (column: Column) => string) => boolean;

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Parses the NUMBER columns, noting each value that is not a number as a problem (file, line, column, value). */
class Numbers {
  constructor(private readonly problems: string[]) {}

  id(row: TableRow, column: string): number {
    const value = row.values[column]!;
    if (/^\d+$/.test(value)) return Number(value);
    this.problems.push(`${row.file}:${row.line}: ${column} is "${value}", not a whole number`);
    return Number.NaN;
  }

  /** A whole number, or null when the value is empty. */
  optionalId(row: TableRow, column: string): number | null {
    return row.values[column] === "" ? null : this.id(row, column);
  }

  /** An empty value is unknown (null), never zero. */
  optional(row: TableRow, column: string): number | null {
    const value = row.values[column]!;
    if (value === "") return null;
    if (/^-?\d+(?:\.\d+)?$/.test(value)) return Number(value);
    this.problems.push(`${row.file}:${row.line}: ${column} is "${value}", not a number`);
    return null;
  }
}
