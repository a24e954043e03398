import { parsePreciseDate } from "./dates.ts";

/**
 * A caseload release's period: the fiscal year (FY2018) of a yearly release or the month
 * (2024-09) of a monthly one. A release is newer than another when its period ends later: a
 * fiscal year ends on 30 September of its year, a month on its last day (docs/model.md,
 * Caseload data).
 */
export const releasePeriodPattern = /^(FY\d{4}|\d{4}-(0[1-9]|1[0-2]))$/;

export const releasePeriodHelp = "a fiscal year (FY2018) or a month (2024-09)";

/** The last day of a period, yyyy-mm-dd. */
export function periodEnd(period: string): string {
  return parsePreciseDate(period)!.to!;
}

/**
 * The period a release's name states: FY and four digits, or yyyy-mm, in any case
 * ("SEPFY2018" is FY2018). Undefined when it states none, or several that differ: then the
 * period has to be given.
 */
export function periodInName(name: string): string | undefined {
  const found = new Set([
    ...[...name.matchAll(/FY(\d{4})(?!\d)/gi)].map((m) => `FY${m[1]}`),
    ...[...name.matchAll(/(?<!\d)(\d{4})-(0[1-9]|1[0-2])(?!\d)/g)].map((m) => `${m[1]}-${m[2]}`),
  ]);
  return found.size === 1 ? [...found][0] : undefined;
}
