import type { Span } from "./sentences.ts";

/** A defendant as the release prints the name, with where, and the surname other sentences use. */
export interface PrintedDefendant {
  name: string;
  surname: string;
  span: Span;
}

// A name's word; a possessive ("Children's") is no part of a person's name.
const word = String.raw`[A-ZÁÉÍÓÚÑ](?![A-Za-zÀ-ÿ]*['’]s\b)[A-Za-zÀ-ÿ'’]+(?:-[A-ZÁÉÍÓÚÑ][A-Za-zÀ-ÿ'’]+)?`;
const particle = String.raw`(?:de|del|de la|la|las|los|van|von|da|das|do|dos|y|St\.)`;
const initial = String.raw`[A-Z]\.`;
// Words of one line only, so that a name never runs across a heading into the text.
const name = String.raw`${word}(?:[ \t]+(?:${word}|${initial}|${particle}(?=[ \t]+[A-ZÁÉÍÓÚÑ])))*?[ \t]+${word}(?:,?[ \t]+(?:Jr\.|Sr\.|II|III|IV))?`;
// The same, as long as it runs: for forms where nothing after the name stops it ("sentenced Jane Q. Roe to").
const wholeName = name.replace("*?", "*");
// "Michael Ramone Hooks, 35, of Houston", "Jane Roe, age 48,", "John Doe (62, Largo)", "Juan Pérez, de
// 35 años", "United States v. John Doe", "John Doe pleaded guilty", "John Doe was sentenced",
// "Judge … sentenced John Doe".
const act = String.raw`(?:pleaded|pled|plead|was|were|has been|have been|is|se declaró|fue)\s+(?:guilty|sentenced|convicted|found|indicted|charged|arrested|culpable|sentenciad[oa]|condenad[oa]|acusad[oa])`;
const forms = [
  new RegExp(String.raw`\b(${name}),\s+(?:a\s+|an\s+)?(?:age\s+)?(?:\d{1,2})(?:-year-old)?(?:,|\s)`, "g"),
  new RegExp(String.raw`\b(${name})\s*[—–]\s*\d{1,2}\s+años`, "g"),
  new RegExp(String.raw`\b(${name}),\s+(?:un|una)\s+(?:ciudadan[oa]|hombre|mujer|residente)\b`, "g"),
  new RegExp(String.raw`\b(?:against|charging|arrested|indicted|co-defendant|codefendant|defendant)\s+(${wholeName})\b`, "g"),
  new RegExp(String.raw`\b(${name})\s+\(\d{1,2},`, "g"),
  new RegExp(String.raw`\b(${name}),\s+(?:de\s+)?\d{1,2}\s+años`, "g"),
  new RegExp(String.raw`\bUnited States v\.\s+(${wholeName})\b`, "g"),
  new RegExp(String.raw`\b(${name})\s+${act}\b`, "g"),
  new RegExp(String.raw`\bsentenced\s+(${wholeName})\b`, "g"),
  // "Doe's co-defendant, Richard Roe, was", "el codemandado de Doe, Ricardo Roe, fue".
  new RegExp(String.raw`\b(?:co-?defendant|codemandad[oa]|coacusad[oa])(?:\s+de\s+[^,.]{1,40})?,\s+(${wholeName}),`, "g"),
  // "Jane Roe and Richard Roe allegedly used force": charged, as the word says.
  new RegExp(String.raw`\b(${name})\s+allegedly\b`, "g"),
  new RegExp(String.raw`\b(${name})\s+and\s+${name}\s+allegedly\b`, "g"),
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
  // A name printed in capitals ("DARYL S. ARNOLD arranged …") is a defendant when the text then
  // speaks of the surname as one ("Arnold, 48, pleaded guilty"); the surname is kept as the text writes it.
  for (const m of text.matchAll(/\b([A-Z]{2,}(?:[ \t]+(?:[A-Z]\.|[A-Z]{2,}))*[ \t]+([A-Z]{2,}))\b/g)) {
    const last = m[2]!;
    const surname = last[0] + last.slice(1).toLowerCase();
    if (found.has(m[1]!) || !new RegExp(String.raw`\b${surname}(?:,\s+(?:age\s+)?\d{1,2},|\s+${act})`).test(text)) continue;
    found.set(m[1]!, { name: m[1]!, surname, span: { start: m.index, end: m.index + m[1]!.length, text: m[1]! } });
  }
  // "David Lee" and "Two Hearts" are parts of "David Lee Franklin" and "Chad Two Hearts": the full name wins.
  const names = [...found.values()];
  const partOf = (short: PrintedDefendant, long: PrintedDefendant) => short !== long && ` ${long.name} `.includes(` ${short.name} `);
  return names.filter((d) => !names.some((other) => partOf(d, other))).sort((a, b) => a.span.start - b.span.start);
}

/**
 * Whom a sentence naming several defendants speaks of: the one it names first as a person, not
 * as an owner ("Doe's co-defendant, Roe, was sentenced" and "el codemandado de Doe, Roe, fue
 * sentenciado" are about Roe). Null when it names none of them.
 */
export function subjectOf(sentence: string, defendants: readonly PrintedDefendant[]): PrintedDefendant | null {
  let subject: { d: PrintedDefendant; at: number } | null = null;
  for (const d of defendants) {
    for (let at = sentence.indexOf(d.surname); at !== -1; at = sentence.indexOf(d.surname, at + 1)) {
      const after = sentence.slice(at + d.surname.length, at + d.surname.length + 2);
      const before = sentence.slice(Math.max(0, at - 4), at);
      if (/^['’]s/.test(after) || /\b(?:de|of)\s$/.test(before)) continue;
      if (subject === null || at < subject.at) subject = { d, at };
      break;
    }
  }
  return subject?.d ?? null;
}
