/** A prison term as a sentence of the release states it: months, or life. */
export interface PrisonTerm {
  months: number | null;
  life: boolean;
  /** Offsets within the sentence, and the words. */
  at: { start: number; end: number; text: string };
}

const numberWords: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** "15", "fifteen", "twenty-five": a whole number, or undefined. */
export function numberOf(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const parts = text.toLowerCase().split(/[-\s]+/);
  let total = 0;
  for (const part of parts) {
    const value = numberWords[part];
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}

const amount = String.raw`(\d+|[a-z]+(?:-[a-z]+)?)`;
// "sentenced ... to 15 years in federal prison", "to 87 months", "to 12 years and 7 months", "a 20-year prison term", Spanish "a 15 años de prisión".
const term = new RegExp(
  String.raw`\b(?:sentenced|sentenciad[oa]s?|condenad[oa]s?)\b[^.;]*?\b(?:to|a)\s+(?:serve\s+)?(?:a\s+total\s+of\s+)?(?:the\s+(?:statutory\s+)?maximum\s+(?:sentence\s+)?of\s+)?(?!(?:more\s+than|over|nearly|almost|about|approximately|up\s+to|m[áa]s\s+de|casi|aproximadamente|alrededor\s+de|hasta)(?![\wÀ-ÿ]))(?:(life|cadena\s+perpetua)|${amount}\s+(years?|months?|años|meses)\b(?:\s+(?:and|y)\s+${amount}\s+(months?|meses)\b)?(?:[- ](?:year|month))?)(?!\s+(?:of\s+)?(?:supervised|probation|libertad))`,
  "i",
);

const abbreviation = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Jr|Sr|Mr|Mrs|Ms|Dr|Hon|St|U\.S|[A-Z])\./g;

/**
 * The prison term of a sentencing sentence: the first "sentenced … to N years/months" or "to
 * life" that is not supervised release or probation. An approximate term ("more than 12
 * years", as headlines put it) is no term. Null when the sentence states none.
 */
export function prisonInSentence(sentence: string): PrisonTerm | null {
  // "sentenced Aug. 14 to 40 years", "sentenced by U.S. District Judge Jane Q. Roe to 30 months":
  // an abbreviation's period does not end the clause. Masked with a character of the same
  // length, so that offsets stay those of the sentence.
  const m = term.exec(sentence.replace(abbreviation, (a) => a.replace(/\./g, "\u00b7")));
  if (m === null) return null;
  const at = { start: m.index, end: m.index + m[0].length, text: sentence.slice(m.index, m.index + m[0].length) };
  if (m[1] !== undefined) {
    // "life" must be life in prison, not a lifetime of supervision.
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (/^\s+(?:of\s+)?(?:supervised|probation)/i.test(after)) return null;
    return { months: null, life: true, at };
  }
  const first = numberOf(m[2]!);
  if (first === undefined) return null;
  const unit = m[3]!.toLowerCase();
  let months = unit.startsWith("y") || unit.startsWith("a") ? first * 12 : first;
  if (m[4] !== undefined) {
    const more = numberOf(m[4]);
    if (more === undefined) return null;
    months += more;
  }
  return { months, life: false, at };
}
