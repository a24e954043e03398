import type { Span } from "./sentences.ts";

/** A statute as the text prints it, normalised ("18 U.S.C. § 2251(a)"), with where it is printed. */
export interface PrintedStatute {
  citation: string;
  span: Span;
}

const levels = String.raw`(?:\s*\([A-Za-z0-9]{1,4}\))*`;
const section = String.raw`\d{1,4}[A-Za-z]?`;
// "18 U.S.C. § 2251(a)", "18 U.S.C. §§ 2251(a) and (e)", "18 USC 2252A(a)(2)", "Title 18, United States Code, Section 2422(b)".
const usc = new RegExp(
  String.raw`\b(\d{1,2})\s*U\.?\s?S\.?\s?C(?:ode)?\.?\s*(?:§§?|[Ss]ections?|[Ss]ecs?\.)?\s*(${section}${levels})((?:\s*(?:,|and|&|or)\s*(?:§\s*)?(?:${section})?${levels})*)`,
  "g",
);
const titleForm = new RegExp(String.raw`\bTitle\s+(\d{1,2}),?\s+United\s+States\s+Code,?\s+Sections?\s+(${section}${levels})((?:\s*(?:,|and|&|or)\s*(?:${section})?${levels})*)`, "g");

/**
 * The statutes a text prints, each once, in the order printed. A list after one section
 * ("§§ 2251(a) and (e)") gives each item under that section ("§ 2251(e)"); a list of sections
 * ("§§ 2252A(a)(2) and 2252A(b)(1)") gives each. Charge words are never read here: a statute
 * inferred from words is the loader's recorded inference, not a printed statute.
 */
export function statutesInText(text: string): PrintedStatute[] {
  const found = new Map<string, PrintedStatute>();
  for (const pattern of [usc, titleForm]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const title = m[1]!;
      const first = compact(m[2]!);
      const base = /^\d{1,4}[A-Za-z]?/.exec(first)![0];
      const items = [first, ...(m[3] ?? "").split(/\s*(?:,|and|&|or)\s*/).map((item) => compact(item.replace(/^§\s*/, ""))).filter((item) => item !== "")];
      const span = { start: m.index, end: m.index + m[0].trimEnd().length, text: m[0].trimEnd() };
      for (const item of items) {
        const full = /^\d/.test(item) ? item : `${base}${item}`;
        const citation = `${title} U.S.C. § ${full.replace(/^(\d+)([a-z])/, (_, n: string, l: string) => `${n}${l.toUpperCase()}`)}`;
        if (!found.has(citation)) found.set(citation, { citation, span });
      }
    }
  }
  return [...found.values()].sort((a, b) => a.span.start - b.span.start);
}

const compact = (text: string) => text.replace(/\s+/g, "");
