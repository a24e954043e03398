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
export function dateInSentence(sentence: string, releaseDate: string | null, language: "en" | "es" = "en", verbsAt: readonly number[] | null = null, otherEvent: RegExp | null = null, dayOnly = false): PrintedDate | null {
  const parser = language === "es" ? chrono.es : chrono.en;
  const reference = releaseDate === null ? undefined : new Date(`${releaseDate}T12:00:00Z`);
  // "sentenced Aug. 14 to 40 years" reads to chrono as a range of days, and fails: a comma of
  // the same length keeps the offsets and ends the date.
  const results = parser.parse(sentence.replace(/ to (?=\d)/g, ",to "), reference === undefined ? new Date(0) : { instant: reference, timezone: 0 }, { forwardDate: false });
  // The verb's own date: printed after it ("pleaded guilty on May 30", "sentenced … to 33 years
  // … on March 10"), else before it ("On Wednesday, July 19, 2017, Jane Roe … was sentenced"),
  // with no word of another event between them; another date of the sentence is another event's.
  const between = (from: number, to: number) => otherEvent !== null && otherEvent.test(sentence.slice(from, to));
  const near =
    verbsAt === null
      ? results
      : [
          ...verbsAt.flatMap((v) => results.filter((r) => r.index >= v && r.index - v <= 130 && !between(v + 1, r.index))),
          ...verbsAt.flatMap((v) => results.filter((r) => r.index < v && v - (r.index + r.text.length) <= 100 && !between(r.index + r.text.length, v)).reverse()),
        ];
  // A date after "from" or "between" opens a period of conduct, never an event's day.
  const period = (r: chrono.ParsedResult) => /\b(?:from|between|since|desde|entre)\s+$/i.test(sentence.slice(Math.max(0, r.index - 9), r.index));
  // chrono reads "one hour before" and "three days later" as times from the reference: no printed day.
  const span = (r: chrono.ParsedResult) => /\b(?:hours?|minutes?|days?|weeks?|months?|years?|before|after|later|earlier)\b/i.test(r.text);
  for (const result of near.filter((r) => !period(r) && !span(r))) {
    const at = { start: result.index, end: result.index + result.text.length, text: result.text };
    const s = result.start;
    const year = s.get("year");
    const month = s.get("month");
    const day = s.get("day");
    if (month === null || year === null) continue;
    const pad = (n: number) => String(n).padStart(2, "0");
    // A weekday ("pleaded guilty Wednesday") is the latest such day on or before the release's date.
    const weekday = /^(?:on\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday|domingo|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado)$/i.exec(result.text.trim());
    if (weekday !== null) {
      if (releaseDate === null) return null;
      const names = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
      const spanish = ["domingo", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado"];
      const word = weekday[1]!.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      const dow = names.includes(word) ? names.indexOf(word) : spanish.indexOf(word);
      const release = new Date(`${releaseDate}T12:00:00Z`);
      const day = new Date(release.getTime() - ((release.getUTCDay() - dow + 7) % 7) * 86_400_000);
      return { date: day.toISOString().slice(0, 10), yearFromRelease: false, at };
    }
    if (relative.test(result.text)) {
      if (releaseDate === null || !settled.test(result.text.trim())) return null;
      return { date: `${year}-${pad(month)}-${pad(day ?? 1)}`, yearFromRelease: false, at };
    }
    if (!s.isCertain("month")) continue;
    // A sentencing is dated to the day: "his remand in Oct. 2016, was sentenced" gives no date.
    if (dayOnly && !s.isCertain("day") && !relative.test(result.text)) continue;
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
