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
    // "U.S. Immigration and Customs Enforcement's (ICE) Homeland Security Investigations (HSI)" is HSI, named once.
    String.raw`(?:U\.S\.\s+)?Immigration and Customs Enforcement(?:['’]s)?(?:\s+\(ICE\)(?:['’]s)?)?\s+Homeland Security Investigations(?:\s+\(HSI\))?${place}`,
    String.raw`\bICE['’]s\s+Homeland Security Investigations(?:\s+\(HSI\))?${place}`,
    String.raw`Homeland Security Investigations(?:\s+\(HSI\))?${place}`,
    String.raw`\bHSI${place}`,
    String.raw`Federal Bureau of Investigation(?:\s+\(FBI\))?`,
    String.raw`\bFBI${place}`,
    String.raw`(?:U\.S\.\s+)?Immigration and Customs Enforcement(?:\s+\(ICE\))?`,
    String.raw`(?:U\.S\.\s+)?Marshals Service`,
    String.raw`(?:U\.S\.\s+)?Postal Inspection Service`,
    String.raw`(?:(?!The\b)[A-Z][A-Za-z.]+\s+){1,4}(?:Police Department|Sheriff[’']s Office|Sheriff[’']s Department|State Police|Highway Patrol|Department of Public Safety|Police Bureau|Police)`,
    String.raw`(?:[A-Z][A-Za-z.]+\s+){0,4}Internet Crimes Against Children(?:\s+\(ICAC\))?\s+Task Force`,
  ].join("|"),
  "g",
);

const credits = /\binvestigat|\bassist|\bled by\b|\bsupport|\bpartner|\btask force\b|\binvestigaci[oó]n\b|\bcaso\b/i;
const leadVerb = /\b(?:investigated|led the investigation|conducted the investigation|led the case|investig[óo])\b/i;
// "investigated by X", "conducted by X", "following an investigation by X": the agency after "by" leads.
const passiveLead = /\b(?:(?:investigated|conducted|led)\s+by|investigation\s+(?:conducted\s+|led\s+)?by|investigaci[oó]n\s+(?:realizada\s+|dirigida\s+)?por)\b/i;
const partnerCue = /\b(?:with (?:the )?(?:assistance|help|support) (?:of|from)|assistance was provided by|with assistance from|partner(?:ed|s)?|con la (?:ayuda|asistencia) de)\b/i;
// Said after the agency: "the Chicago Police Department provided valuable assistance", "… and the Houston Police Department assisted".
const partnerAfter = /\b(?:assisted|provided (?:\w+\s+)?(?:assistance|support))\b/i;

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
  const passive = passiveLead.exec(sentence.text);
  if (passive !== null) {
    // The agencies between "by" and the partners' cue investigated; one alone leads, several together are unknown.
    const byAt = sentence.start + passive.index;
    const after = found.filter((a) => a.span.start > byAt && a.span.start < cueAt);
    // "investigated by the FBI, the Tribe's police and the State's investigators": several, no lead.
    // A text cut just after a comma ("investigated by the FBI, the") may have been such a list.
    const rest = after.length === 1 ? sentence.text.slice(after[0]!.span.end - sentence.start, cue === null ? undefined : cue.index) : "";
    const alone = after.length === 1 && !/^,?\s*(?:and\s+)?(?:the\s+)?[A-Z]/.test(rest) && !(cue === null && /^,\s*(?:the\s*)?$/.test(rest));
    for (const agency of found) {
      if (agency.span.start > cueAt && cueAt > byAt) agency.role = "partner";
      else if (alone && agency === after[0]) agency.role = "lead";
    }
    return found;
  }
  const assisted = partnerAfter.exec(sentence.text);
  if (assisted !== null && cue === null) {
    const assistedAt = sentence.start + assisted.index;
    const leadOne = lead !== null && leadAt < assistedAt ? found.filter((a) => a.span.start < leadAt) : [];
    for (const agency of found) {
      if (leadOne.length === 1 && agency === leadOne[0]) agency.role = "lead";
      else if (agency.span.start < assistedAt && (lead === null || agency.span.start > leadAt)) agency.role = "partner";
    }
    return found;
  }
  const before = found.filter((a) => a.span.start < Math.min(cueAt, leadAt));
  for (const agency of found) {
    if (agency.span.start > cueAt) agency.role = "partner";
    else if (lead !== null && before.length === 1 && agency === before[0]) agency.role = "lead";
  }
  return found;
}
