import { agencyKey } from "./agency-key.ts";
import type { Span } from "./sentences.ts";

export type CreditRole = "lead" | "partner" | "unknown";

/** An agency a release credits with the investigation, as printed, and its role when the text says. */
export interface CreditedAgency {
  name: string;
  role: CreditRole;
  span: Span;
}

const place = String.raw`(?:\s+(?!Special\b|Agents?\b|Task\b|and\b|with\b)[A-Z][a-z]+(?:\s+(?!Special\b|Agents?\b|Task\b|and\b|with\b)[A-Z][a-z]+)?)?`;
const agencyNames = new RegExp(
  [
    String.raw`Homeland Security Investigations(?:\s+\(HSI\))?${place}`,
    String.raw`\bHSI${place}`,
    String.raw`Federal Bureau of Investigation(?:\s+\(FBI\))?`,
    String.raw`\bFBI${place}`,
    String.raw`(?:U\.S\.\s+)?Immigration and Customs Enforcement(?:\s+\(ICE\))?`,
    String.raw`(?:U\.S\.\s+)?Marshals Service`,
    String.raw`(?:U\.S\.\s+)?Postal Inspection Service`,
    String.raw`(?:[A-Z][A-Za-z.]+\s+){1,4}(?:Police Department|Sheriff[’']s Office|Sheriff[’']s Department|State Police|Highway Patrol|Department of Public Safety|Police)`,
    String.raw`(?:[A-Z][A-Za-z.]+\s+){0,4}Internet Crimes Against Children(?:\s+\(ICAC\))?\s+Task Force`,
  ].join("|"),
  "g",
);

const credits = /\binvestigat|\bassist|\bled by\b|\bsupport|\bpartner|\btask force\b|\binvestigaci[oó]n\b|\bcaso\b/i;
const leadVerb = /\b(?:investigated|led the investigation|conducted the investigation|led the case|investig[óo])\b/i;
const partnerCue = /\b(?:with (?:the )?(?:assistance|help|support) (?:of|from)|assisted|provided (?:assistance|support)|with assistance from|partner(?:ed|s)?|con la (?:ayuda|asistencia) de)\b/i;

/**
 * The agencies a sentence credits with the case, and their roles: alone before "investigated"
 * (or "led the investigation") is the lead; after "with the assistance of", or "assisted", a
 * partner; several named together as investigating, or credited without a verb that says, each
 * unknown. Only sentences that speak of the investigation credit anyone.
 */
export function agenciesInSentence(sentence: { text: string; start: number }): CreditedAgency[] {
  if (!credits.test(sentence.text)) return [];
  const found: CreditedAgency[] = [];
  agencyNames.lastIndex = 0;
  for (let m = agencyNames.exec(sentence.text); m !== null; m = agencyNames.exec(sentence.text)) {
    const name = m[0].trim();
    const agency: CreditedAgency = { name, role: "unknown", span: { start: sentence.start + m.index, end: sentence.start + m.index + name.length, text: name } };
    // "Homeland Security Investigations (HSI)" and a later "HSI" in the sentence are one agency: the first, longest form is kept.
    const same = found.findIndex((a) => agencyKey(a.name) === agencyKey(name));
    if (same === -1) found.push(agency);
    else if (name.length > found[same]!.name.length && agency.span.start === found[same]!.span.start) found[same] = agency;
  }
  if (found.length === 0) return found;
  const cue = partnerCue.exec(sentence.text);
  const cueAt = cue === null ? Infinity : sentence.start + cue.index;
  const lead = leadVerb.exec(sentence.text);
  const leadAt = lead === null ? Infinity : sentence.start + lead.index;
  const before = found.filter((a) => a.span.start < Math.min(cueAt, leadAt));
  for (const agency of found) {
    if (agency.span.start > cueAt) agency.role = "partner";
    else if (lead !== null && before.length === 1 && agency === before[0]) agency.role = "lead";
  }
  return found;
}
