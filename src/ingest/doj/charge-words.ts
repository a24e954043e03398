import type { Span } from "./sentences.ts";

/** A charge a release gives only in words, with the statute or offense family those words imply and why. */
export interface ChargeInWords {
  words: string;
  span: Span;
  /** The catalog statute the words name as an offence, or null when they fit more than one. */
  statute: string | null;
  /** The offense family, when the statute is not certain. */
  category: string | null;
  inference: string;
}

// The domain's own phrasing, one offence each. Distribution and possession of child
// pornography are under § 2252 or § 2252A, which the words do not tell apart: only the family.
const rules: { pattern: RegExp; statute: string | null; category: string | null; inference: string }[] = [
  {
    pattern: /\bsex trafficking of (?:a )?(?:minors?|child(?:ren)?)\b/gi,
    statute: "18-usc-1591",
    category: null,
    inference: "Sex trafficking of a minor in words is the offence of 18 U.S.C. § 1591; the release names no statute.",
  },
  {
    pattern: /\b(?:production of|producing|(?:attempted )?sexual exploitation of (?:a )?(?:minors?|child(?:ren)?)|to produce) child (?:pornography|sexual abuse material)\b|\bsexual exploitation of (?:a )?(?:minors?|child(?:ren)?)\b/gi,
    statute: "18-usc-2251",
    category: null,
    inference: "Production of child pornography, or sexual exploitation of a minor, in words is the offence of 18 U.S.C. § 2251; the release names no statute.",
  },
  {
    pattern: /\b(?:(?:attempted )?(?:coercion and )?enticement of (?:a )?minors?|(?:attempting to )?(?:coerce and )?entic(?:e|ing) (?:a )?minors?)\b/gi,
    statute: "18-usc-2422-b",
    category: null,
    inference: "Enticement of a minor in words is the offence of 18 U.S.C. § 2422(b); the release names no statute.",
  },
  {
    pattern: /\btransport(?:ation of|ing) (?:a )?minors?\b/gi,
    statute: "18-usc-2423-a",
    category: null,
    inference: "Transportation of a minor (for sexual activity) in words is the offence of 18 U.S.C. § 2423(a); the release names no statute.",
  },
  {
    pattern: /\btravel(?:l?ing|l?ed)? (?:in (?:interstate|foreign) commerce )?(?:with (?:the )?intent )?to engage in (?:illicit|unlawful) sexual (?:conduct|activity)\b/gi,
    statute: "18-usc-2423-b",
    category: null,
    inference: "Travel with intent to engage in illicit sexual conduct in words is the offence of 18 U.S.C. § 2423(b); the release names no statute.",
  },
  {
    pattern: /\b(?:distribution|receipt|distributing|receiving|transportation|transporting) (?:of )?child (?:pornography|sexual abuse material)\b/gi,
    statute: null,
    category: "csam-distribution-receipt",
    inference: "Distribution or receipt of child pornography in words; the release does not say whether under 18 U.S.C. § 2252 or § 2252A.",
  },
  {
    pattern: /\b(?:possession of|possessing|access with intent to view) child (?:pornography|sexual abuse material)\b/gi,
    statute: null,
    category: "csam-possession",
    inference: "Possession of child pornography in words; the release does not say whether under 18 U.S.C. § 2252 or § 2252A.",
  },
];

/**
 * The charges a sentence gives in words ("pleaded guilty to production of child
 * pornography"), each once per offence, in the order printed. Offsets are the text's:
 * `sentence.start` is added.
 */
export function chargesInWords(sentence: Span): ChargeInWords[] {
  const found: ChargeInWords[] = [];
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    const m = rule.pattern.exec(sentence.text);
    if (m === null) continue;
    const start = sentence.start + m.index;
    found.push({ words: m[0], span: { start, end: start + m[0].length, text: m[0] }, statute: rule.statute, category: rule.category, inference: rule.inference });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
