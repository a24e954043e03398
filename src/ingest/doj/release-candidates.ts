import { plainWords, type CandidateFacts } from "../../graph/release-candidate.ts";
import { agencyKey } from "./agency-key.ts";
import { chargesInWords, type ChargeInWords } from "./charge-words.ts";
import type { ExtractedRelease } from "./extract-release.ts";
import type { PressRelease } from "./release-record.ts";
import { sentencesOf } from "./sentences.ts";
import { stagesInSentence } from "./stage-in-sentence.ts";
import { statutesInText } from "./statutes-in-text.ts";

/** What candidates refer to: the catalog's statutes (the seed's own, not a caseload release's) and agencies. */
export interface CandidateCatalog {
  statutes: ReadonlySet<string>;
  agencies: readonly { id: string; name: string; abbreviation: string | null }[];
}

/** A candidate's id: the release's uuid and the defendant's name, as an id. */
export function candidateId(uuid: string, name: string): string {
  return `rc-${slug(uuid)}-${slug(name)}`;
}

const slug = (text: string) => plainWords(text).join("-");

/**
 * One candidate per defendant the release names, with everything the extractor read and where:
 * the statutes printed, mapped to the catalog (a subsection the catalog lacks is read as its
 * section); without a printed statute, the charge words of the sentences that report its
 * stages (chargesOf), each mapped to a statute or an offense family as a recorded inference; and the agencies
 * credited, each tied to the catalog agency it names when there is one.
 */
export function candidatesOf(release: PressRelease, extracted: ExtractedRelease, catalog: CandidateCatalog, retrieved: string): CandidateFacts[] {
  const printed = statutesInText(extracted.text);
  const agencies = extracted.agencies.map((a) => ({ name: a.name, role: a.role, agencyId: agencyIdOf(a.name, catalog), span: a.span }));
  return extracted.defendants.map((d) => {
    const stated = d.statutes.map((citation) => {
      const at = printed.find((p) => p.citation === citation)!;
      return { words: citation, span: at.span, statute: statuteIdOf(citation, catalog), basis: "stated" as const, category: null, inference: null };
    });
    const inWords = stated.length > 0 ? [] : chargesOf(d.name, extracted).map((c) => ({ words: c.words, span: c.span, statute: c.statute, basis: c.statute === null ? null : ("inferred" as const), category: c.category, inference: c.inference }));
    return {
      id: candidateId(release.uuid, d.name),
      extractorVersion: extracted.extractorVersion,
      release: { uuid: release.uuid, url: extracted.url ?? release.url, title: release.title, published: release.date, component: release.components.find((c) => c.startsWith("USAO")) ?? release.component, retrieved },
      district: extracted.district,
      districtSpan: extracted.districtSpan,
      agencies,
      name: d.name,
      nameSpan: d.spans.name,
      stage: d.stage,
      stageSpan: d.spans.stage,
      pleaOrVerdictDate: d.pleaOrVerdictDate,
      pleaOrVerdictDateYearFromRelease: d.pleaOrVerdictDateYearFromRelease,
      pleaOrVerdictDateSpan: d.spans.pleaOrVerdictDate,
      sentenceDate: d.sentenceDate,
      sentenceDateYearFromRelease: d.sentenceDateYearFromRelease,
      sentenceDateSpan: d.spans.sentenceDate,
      prisonMonths: d.prisonMonths,
      life: d.life,
      prisonSpan: d.spans.prison,
      charges: [...stated, ...inWords],
    };
  });
}

/**
 * The charges in words of the sentences that report a stage of this defendant's case (all of
 * them when the release names one defendant, else those naming their surname), each offence
 * once, as first printed. A sentence about another, earlier case reports no stage, so its
 * charges are never read.
 */
function chargesOf(name: string, extracted: ExtractedRelease): ChargeInWords[] {
  const surname = name.split(/\s+/).at(-1)!;
  const own = sentencesOf(extracted.text).filter((s) => stagesInSentence(s.text).length > 0 && (extracted.defendants.length === 1 || s.text.includes(surname)));
  const byOffence = new Map<string, ChargeInWords>();
  for (const charge of own.flatMap(chargesInWords)) {
    const key = charge.statute ?? charge.category ?? charge.words;
    if (!byOffence.has(key)) byOffence.set(key, charge);
  }
  return [...byOffence.values()];
}

/** "18 U.S.C. § 2252A(a)(2)" is 18-usc-2252a-a-2 when the catalog has it, else 18-usc-2252a-a, else 18-usc-2252a; null when none. */
export function statuteIdOf(citation: string, catalog: CandidateCatalog): string | null {
  const m = /^(\d+) U\.S\.C\. § (\d+[A-Za-z]?)((?:\([A-Za-z0-9]+\))*)$/.exec(citation);
  if (m === null) return null;
  const levels = [...m[3]!.matchAll(/\(([A-Za-z0-9]+)\)/g)].map((l) => l[1]!.toLowerCase());
  for (let n = levels.length; n >= 0; n--) {
    const id = [`${m[1]}-usc-${m[2]!.toLowerCase()}`, ...levels.slice(0, n)].join("-");
    if (catalog.statutes.has(id)) return id;
  }
  return null;
}

/** The catalog agency a printed name stands for: one named the same (or so abbreviated), else HSI, the FBI or ICE by agencyKey; null for any other. */
export function agencyIdOf(name: string, catalog: CandidateCatalog): string | null {
  const plain = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  const same = catalog.agencies.find((a) => plain(a.name) === plain(name) || (a.abbreviation !== null && plain(a.abbreviation) === plain(name)));
  if (same !== undefined) return same.id;
  const key = agencyKey(name);
  return catalog.agencies.some((a) => a.id === key) ? key : null;
}
