import * as chrono from "chrono-node";
import { dateFromRelease, parsePreciseDate } from "../../graph/dates.ts";

/** A date a sentence prints, with its precision, and whether the year came from the release's date. */
export interface PrintedDate {
  date: string;
  yearFromRelease: boolean;
  at: { start: number; end: number; text: string };
}

const relative = /\b(?:today|yesterday|tomorrow|ago|last|this|next|now|hoy|ayer)\b/i;
/** The relative days a release's date settles; "now" or "last month" it does not. */
const settled = /^(?:today|yesterday|hoy|ayer)$/i;

/**
 * The first date a sentence prints: a day with its year, a day without one (the year from the
 * release's date, by the rule of the curated cases: the latest year on or before it), a month
 * and year, or a relative day ("today") read against the release's date. Without a release
 * date a day without a year, and a relative day, stay unknown (null).
 */
export function dateInSentence(sentence: string, releaseDate: string | null, language: "en" | "es" = "en", verbAt: number | null = null): PrintedDate | null {
  const parser = language === "es" ? chrono.es : chrono.en;
  const reference = releaseDate === null ? undefined : new Date(`${releaseDate}T12:00:00Z`);
  // "sentenced Aug. 14 to 40 years" reads to chrono as a range of days, and fails: a comma of
  // the same length keeps the offsets and ends the date.
  const results = parser.parse(sentence.replace(/ to (?=\d)/g, ",to "), reference === undefined ? new Date(0) : { instant: reference, timezone: 0 }, { forwardDate: false });
  // The verb's own date: printed just after it ("pleaded guilty on May 30"), or opening the
  // sentence ("On May 30, he pleaded guilty"); another date of the sentence is another event's.
  const near = verbAt === null ? results : results.filter((r) => (r.index >= verbAt && r.index - verbAt <= 60) || (r.index <= 3 && r.index < verbAt));
  for (const result of near) {
    const at = { start: result.index, end: result.index + result.text.length, text: result.text };
    const s = result.start;
    const year = s.get("year");
    const month = s.get("month");
    const day = s.get("day");
    if (month === null || year === null) continue;
    const pad = (n: number) => String(n).padStart(2, "0");
    if (relative.test(result.text)) {
      if (releaseDate === null || !settled.test(result.text.trim())) return null;
      return { date: `${year}-${pad(month)}-${pad(day ?? 1)}`, yearFromRelease: false, at };
    }
    if (!s.isCertain("month")) continue;
    if (s.isCertain("year")) {
      const text = s.isCertain("day") ? `${year}-${pad(month)}-${pad(day!)}` : `${year}-${pad(month)}`;
      return { date: text, yearFromRelease: false, at };
    }
    if (!s.isCertain("day") || releaseDate === null) return null;
    const placed = dateFromRelease(`${pad(month)}-${pad(day!)}`, parsePreciseDate(releaseDate)!);
    return placed.precision === "day" ? { date: placed.text, yearFromRelease: true, at } : null;
  }
  return null;
}
