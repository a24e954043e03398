/** A stretch of the release's text: where it starts and ends (offsets), and the words. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

// Abbreviations whose period does not end a sentence in release prose.
const abbreviations = /(?:\b(?:U\.S|U\.S\.C|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Jr|Sr|St|No|Nos|Sec|Gen|Lt|Sgt|Det|Inc|Co|Corp|Ft|Mt|v|vs|a\.m|p\.m|[A-Z])\.)$/;

/**
 * The text's sentences, each a span: a sentence ends at `.`, `!` or `?` followed by white
 * space and an upper-case letter, a digit or a quote, unless the period closes a known
 * abbreviation ("U.S.", "Sept.", a middle initial); a blank line always ends one.
 */
export function sentencesOf(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== "") spans.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    start = end;
  };
  const boundary = /([.!?])(["”’)]?)(\s+)(?=["“(]?[A-Z0-9¿¡ÁÉÍÓÚÑ])|\n\n/g;
  for (let match = boundary.exec(text); match !== null; match = boundary.exec(text)) {
    if (match[0] === "\n\n") {
      push(match.index);
      continue;
    }
    const before = text.slice(Math.max(0, match.index - 12), match.index + 1);
    if (match[1] === "." && abbreviations.test(before)) continue;
    push(match.index + match[1]!.length + match[2]!.length);
  }
  push(text.length);
  return spans;
}
