import { Date as Neo4jDate } from "neo4j-driver";
import { datePrecisions, type ValueOf } from "./vocabulary.ts";

/**
 * Dates as sources state them, with their precision. A source may give a day ("2024-05-30"),
 * a month ("2023-12"), a year ("2023"), a federal fiscal year ("FY2023", which runs from
 * 2022-10-01 to 2023-09-30), or nothing ("unknown"). Each is stored as the interval it may
 * fall in, so a window query can say in, out, or cannot tell.
 */
export type DatePrecision = ValueOf<typeof datePrecisions>;

export interface PreciseDate {
  /** As written in the seed file. */
  text: string;
  precision: DatePrecision;
  /** First and last day the date may be, as ISO yyyy-mm-dd; null when unknown. */
  from: string | null;
  to: string | null;
}

export const dateFormatHelp = 'a date as "2024-05-30", "2023-12", "2023", "FY2023" or "unknown"';

/** Parses a date with its precision, or returns undefined when the text is not one. */
export function parsePreciseDate(text: string): PreciseDate | undefined {
  if (text === "unknown") return { text, precision: "unknown", from: null, to: null };
  let match = /^FY(\d{4})$/.exec(text);
  if (match) {
    const year = Number(match[1]);
    return { text, precision: "fiscal_year", from: `${year - 1}-10-01`, to: `${year}-09-30` };
  }
  match = /^(\d{4})$/.exec(text);
  if (match) return { text, precision: "year", from: `${match[1]}-01-01`, to: `${match[1]}-12-31` };
  match = /^(\d{4})-(\d{2})$/.exec(text);
  if (match) {
    const [year, month] = [Number(match[1]), Number(match[2])];
    if (month < 1 || month > 12) return undefined;
    return { text, precision: "month", from: `${match[1]}-${match[2]}-01`, to: isoDay(year, month, daysInMonth(year, month)) };
  }
  match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
    return { text, precision: "day", from: text, to: text };
  }
  return undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** An ISO yyyy-mm-dd day as a Neo4j Date, so range indexes and comparisons apply. */
export function toNeo4jDate(iso: string): Neo4jDate<number> {
  const [year, month, day] = iso.split("-").map(Number);
  return new Neo4jDate(year!, month!, day!);
}

/**
 * The rule for a day that a release prints without a year ("pleaded guilty July 30"): it takes
 * the latest year that puts the day on or before the release's date. With a release dated to
 * the day, or to a month other than the printed one, that year is certain; otherwise (no
 * release date, only a year, or the printed month itself) it stays unknown, and so does the
 * date. `monthDay` is MM-DD.
 */
export function dateFromRelease(monthDay: string, release: PreciseDate): PreciseDate {
  const unknown: PreciseDate = { text: "unknown", precision: "unknown", from: null, to: null };
  const [month, day] = monthDay.split("-").map(Number) as [number, number];
  if (release.from === null || (release.precision !== "day" && release.precision !== "month")) return unknown;
  const [releaseYear, releaseMonth, releaseDay] = release.from.split("-").map(Number) as [number, number, number];
  if (release.precision === "month" && month === releaseMonth) return unknown;
  const onOrBefore = month < releaseMonth || (month === releaseMonth && day <= releaseDay);
  // February 29 goes back to the latest leap year.
  for (let year = onOrBefore ? releaseYear : releaseYear - 1; year > releaseYear - 9; year--) {
    if (day <= daysInMonth(year, month)) return parsePreciseDate(isoDay(year, month, day))!;
  }
  return unknown;
}
