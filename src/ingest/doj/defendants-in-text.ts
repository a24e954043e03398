import type { Span } from "./sentences.ts";

/** A defendant as the release prints the name, with where, and the surname other sentences use. */
export interface PrintedDefendant {
  name: string;
  surname: string;
  span: Span;
}

const word = String.raw`[A-ZÁÉÍÓÚÑ][A-Za-zÀ-ÿ'’]+(?:-[A-ZÁÉÍÓÚÑ][A-Za-zÀ-ÿ'’]+)?`;
const particle = String.raw`(?:de|del|de la|la|las|los|van|von|da|das|do|dos|y|St\.)`;
const initial = String.raw`[A-Z]\.`;
const name = String.raw`${word}(?:\s+(?:${word}|${initial}|${particle}(?=\s+[A-ZÁÉÍÓÚÑ])))*?\s+${word}(?:,?\s+(?:Jr\.|Sr\.|II|III|IV))?`;
// "Michael Ramone Hooks, 35, of Houston", "Juan Pérez, de 35 años", "United States v. John Doe", "defendant Jane Roe".
const forms = [
  new RegExp(String.raw`\b(${name}),\s+(?:a\s+|an\s+)?(?:\d{1,2})(?:-year-old)?(?:,|\s+(?:of|from|years))`, "g"),
  new RegExp(String.raw`\b(${name}),\s+(?:de\s+)?\d{1,2}\s+años`, "g"),
  new RegExp(String.raw`\bUnited States v\.\s+(${name})\b`, "g"),
];
// Words that start a capitalised run but are no one's name.
const notNames = /^(?:The|A|An|U\.S\.|United|Acting|Attorney|Assistant|Special|Judge|Chief|District|Homeland|Federal|Department|Sheriff|Police|Senior|Deputy|In|On|According|Court|HSI|FBI|Today|Yesterday)\b/;

/** The defendants a release names, each once, in the order first named. */
export function defendantsInText(text: string): PrintedDefendant[] {
  const found = new Map<string, PrintedDefendant>();
  for (const form of forms) {
    form.lastIndex = 0;
    for (let m = form.exec(text); m !== null; m = form.exec(text)) {
      let printed = m[1]!.trim();
      // A capitalised run may start with words that are not the name ("Houston resident John Doe").
      while (notNames.test(printed)) printed = printed.replace(/^\S+\s+/, "");
      if (!/\s/.test(printed)) continue;
      const start = m.index + m[0].indexOf(printed);
      if (found.has(printed)) continue;
      const tokens = printed.replace(/,?\s+(?:Jr\.|Sr\.|II|III|IV)$/, "").split(/\s+/);
      found.set(printed, { name: printed, surname: tokens[tokens.length - 1]!, span: { start, end: start + printed.length, text: printed } });
    }
  }
  return [...found.values()].sort((a, b) => a.span.start - b.span.start);
}
