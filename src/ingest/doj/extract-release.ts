import { agenciesInSentence, type CreditedAgency, type CreditRole } from "./agencies-in-text.ts";
import { agencyKey } from "./agency-key.ts";
import { dateInSentence, type PrintedDate } from "./dates-in-sentence.ts";
import { defendantsInText, subjectOf } from "./defendants-in-text.ts";
import { districtOfRelease, type DistrictNames } from "./district-of-release.ts";
import { htmlToText } from "./html-text.ts";
import { prisonInSentence } from "./prison-in-text.ts";
import { sentencesOf, type Span } from "./sentences.ts";
import { furthest, otherEvents, stagesInSentence, stageVerbsAt, type ReleaseStage } from "./stage-in-sentence.ts";
import { statutesInText } from "./statutes-in-text.ts";

/** Changes whenever a rule changes what is extracted: every candidate records it. */
export const extractorVersion = "doj-extract/3";

/** What extraction reads: a release as the API gives it (or a stored page, with no uuid or component). */
export interface ReleaseInput {
  uuid: string | null;
  url: string | null;
  title: string | null;
  /** The body as HTML (the API's), or as text. */
  body: { html: string } | { text: string };
  /** yyyy-mm-dd, or null when unknown. */
  date: string | null;
  component: string | null;
  language?: "en" | "es";
}

export interface ExtractedDefendant {
  name: string;
  stage: ReleaseStage;
  pleaOrVerdictDate: string | null;
  pleaOrVerdictDateYearFromRelease: boolean;
  sentenceDate: string | null;
  sentenceDateYearFromRelease: boolean;
  prisonMonths: number | null;
  life: boolean;
  statutes: string[];
  /** Where each fact was read: the words, and their offsets in `text`. */
  spans: { name: Span; stage: Span | null; pleaOrVerdictDate: Span | null; sentenceDate: Span | null; prison: Span | null; statutes: Span[] };
}

export interface ExtractedRelease {
  extractorVersion: string;
  uuid: string | null;
  url: string | null;
  district: string | null;
  districtSpan: Span | null;
  agencies: { name: string; role: CreditRole; span: Span }[];
  hsiCredited: boolean;
  defendants: ExtractedDefendant[];
  /** The text the spans point into: the title, a blank line, then the body as text. */
  text: string;
}

const hsi = /\bHSI\b|Homeland Security Investigations/;

/**
 * Candidate facts from one release, each with the words it was read from: the district, the
 * agencies credited and their roles, and per defendant the furthest stage the release reports,
 * the plea or verdict date and the sentencing date (a day without a year takes it from the
 * release's date), the prison term and the statutes printed. Offline and deterministic.
 * Sentences about another, earlier case are never read for this case's stage, dates or term.
 */
export function extractRelease(release: ReleaseInput, districts: readonly DistrictNames[]): ExtractedRelease {
  const body = "html" in release.body ? htmlToText(release.body.html) : release.body.text.trim();
  const text = release.title === null ? body : `${release.title}\n\n${body}`;
  const language = release.language ?? "en";
  const sentences = sentencesOf(text);
  const printed = defendantsInText(text);
  const district = districtOfRelease(release.component, text, districts);

  const agencies = dedupeAgencies(sentences.flatMap((s) => agenciesInSentence(s)));
  const defendants = printed.map((d): ExtractedDefendant => {
    // One defendant: every sentence is about them. Several: the sentences that name them.
    // "Both men admitted …" ("ambos hombres") speaks of every defendant.
    const own = printed.length === 1 ? sentences : sentences.filter((s) => s.text.includes(d.surname) || everyDefendant.test(s.text));
    let stage: { stage: ReleaseStage; span: Span } | null = null;
    let plea: { date: PrintedDate; span: Span } | null = null;
    let sentencing: { date: PrintedDate; span: Span } | null = null;
    let prison: { months: number | null; life: boolean; span: Span } | null = null;
    for (const s of own) {
      // A sentence naming several defendants gives its stage, dates and term to its subject only.
      const subject = printed.length === 1 ? d : subjectOf(s.text, printed);
      if (subject !== null && subject !== d) continue;
      const stages = stagesInSentence(s.text);
      const top = furthest(stages);
      if (top !== null && (stage === null || rank(top) > rank(stage.stage))) stage = { stage: top, span: s };
      const at = (d: PrintedDate) => ({ start: s.start + d.at.start, end: s.start + d.at.end, text: d.at.text });
      const dated = (event: ReleaseStage) => (stages.includes(event) ? dateInSentence(s.text, release.date, language, stageVerbsAt(s.text, event), otherEvents[event], event === "sentenced") : null);
      const sentencedOn: PrintedDate | null = sentencing === null ? dated("sentenced") : null;
      if (sentencedOn !== null) sentencing = { date: sentencedOn, span: at(sentencedOn) };
      // Each date is the one printed by its own verb ("sentenced today … following his guilty plea
      // in March 2013"), so a sentencing sentence may date the plea too.
      const convictedOn: PrintedDate | null = plea === null ? (dated("pleaded") ?? dated("convicted_at_trial")) : null;
      if (convictedOn !== null) plea = { date: convictedOn, span: at(convictedOn) };
      if (stages.includes("sentenced") && prison === null) {
        const term = prisonInSentence(s.text);
        if (term !== null) prison = { months: term.months, life: term.life, span: { start: s.start + term.at.start, end: s.start + term.at.end, text: term.at.text } };
      }
    }
    const statutes = statutesInText(own.map((s) => s.text).join(" "));
    const statuteSpans = statutesInText(text).filter((st) => statutes.some((o) => o.citation === st.citation));
    return {
      name: d.name,
      stage: stage?.stage ?? "charged",
      pleaOrVerdictDate: plea?.date.date ?? null,
      pleaOrVerdictDateYearFromRelease: plea?.date.yearFromRelease ?? false,
      sentenceDate: sentencing?.date.date ?? null,
      sentenceDateYearFromRelease: sentencing?.date.yearFromRelease ?? false,
      prisonMonths: prison?.months ?? null,
      life: prison?.life ?? false,
      statutes: statutes.map((st) => st.citation),
      spans: {
        name: d.span,
        stage: stage?.span ?? null,
        pleaOrVerdictDate: plea?.span ?? null,
        sentenceDate: sentencing?.span ?? null,
        prison: prison?.span ?? null,
        statutes: statuteSpans.map((st) => st.span),
      },
    };
  });
  return {
    extractorVersion,
    uuid: release.uuid,
    url: release.url,
    district: district?.id ?? null,
    districtSpan: district?.span ?? null,
    agencies,
    hsiCredited: agencies.some((a) => hsi.test(a.name)),
    defendants,
    text,
  };
}

const everyDefendant = /\b(?:both|all (?:three|four|five|six) )\s*(?:men|women|defendants)\b|\b(?:ambos|ambas|los dos|las dos)\s+(?:hombres|mujeres|acusad[oa]s|demandad[oa]s)\b/i;

const rank = (stage: ReleaseStage) => ["charged", "pleaded", "convicted_at_trial", "sentenced"].indexOf(stage);

/** Each agency once (by agencyKey), named as first printed: a known role wins over unknown, lead over partner. */
function dedupeAgencies(all: CreditedAgency[]): CreditedAgency[] {
  const order = { lead: 2, partner: 1, unknown: 0 } as const;
  const byKey = new Map<string, CreditedAgency>();
  for (const a of all) {
    const before = byKey.get(agencyKey(a.name));
    if (before === undefined) byKey.set(agencyKey(a.name), a);
    else if (order[a.role] > order[before.role]) byKey.set(agencyKey(a.name), { ...before, role: a.role });
  }
  return [...byKey.values()];
}
