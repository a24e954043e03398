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
// A state's name, for "Prattville, Alabama Police Department" (a list's comma before any other word ends the name).
const state = String.raw`(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)`;
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
    // "the Gardner and Worcester Police Departments": two departments, split below.
    String.raw`[A-Z][A-Za-z.]+\s+and\s+[A-Z][A-Za-z.]+\s+(?:Police Departments|Sheriff[’']s Offices)`,
    String.raw`ICE Enforcement and Removal Operations(?:\s+\(ERO\))?`,
    String.raw`(?:U\.S\.\s+)?(?:Marshals Service|Postal Inspection Service|Secret Service|Customs and Border Protection(?:\s+\(CBP\))?|Drug Enforcement Administration(?:\s+\(DEA\))?|Diplomatic Security Service)`,
    // The Department itself ("investigated by the U.S. Department of Homeland Security"), not one of its named parts.
    // "the Department of Homeland Security, Homeland Security Investigations" is its component, HSI, named once.
    String.raw`(?:U\.S\.\s+)?Department of Homeland Security(?!\s+(?:\(DHS\)\s+)?[A-Z])(?!(?:\s+\(DHS\))?(?:['’]s)?,?\s+(?:U\.S\.\s+)?(?:Homeland Security Investigations|HSI|Immigration and Customs Enforcement|ICE)\b)`,
    // "Federal Emergency Management Administration": a federal administration named in full.
    String.raw`(?:(?!The\b)[A-Z][a-z]+\s+){2,4}Administration`,
    // City and state police, "Prattville, Alabama Police Department"; "the Knoxville Police Department, Internet
    // Crimes Against Children Task Force" is the department's task force, one agency.
    String.raw`(?:(?!The\b)[A-Z][A-Za-z.]+,\s+(?=${state}\s))?(?:(?!The\b)[A-Z][A-Za-z.]+\s+){1,4}(?:Police Department(?:,\s+Internet Crimes Against Children(?:\s+\(ICAC\))?\s+Task Force)?|Sheriff[’']s Office|Sheriff[’']s Department|State Police|Highway Patrol|Department of Public Safety|Department of Law Enforcement|Division of Criminal Investigation|(?<!Federal\s+)Bureau of Investigation|Law Enforcement Division|Police Bureau|Police)`,
    // A state's Attorney General's Office (never a U.S. Attorney's Office: prosecutors are no agency).
    String.raw`(?:(?!The\b|United\b|States\b|U\.S\.)[A-Z][A-Za-z]+\s+){1,3}Attorney General[’']s Office`,
    String.raw`(?:[A-Z][A-Za-z.]+\s+){0,4}Internet Crimes Against Children(?:\s+\(ICAC\))?\s+Task Force`,
  ].join("|"),
  "g",
);

// An agency that announced the case, arrested, searched or seized, or speaks for it through its
// Special Agent in Charge is credited too (its role unknown unless the sentence says).
const credits = /\binvestigat|\bassist|\bled by\b|\bsupport|\bpartner|\btask force\b|\binvestigaci[oó]n\b|\bcaso\b|\bannounc|\bmade the announcement\b|\barrest(?:ed|s)?\b|\bexecuted\b|\bresponded\b|\bspecial agent[- ]in[- ]charge\b|\bcredit(?:ed|s)?\b|\bjoint efforts?\b/i;
// "the former commissioner of the San Juan Police Department": a person's employer, not a credit.
const employerOf = /\b(?:former|retired|ex-)\s+(?:[\w-]+\s+){0,3}(?:of|with|at|for)\s+(?:the\s+)?$/i;
// (A Spanish verb ends in an accented letter, which \b does not see as part of a word.)
const leadVerb = /\b(?:investigated|led the investigation|conducted the investigation|led the case|investig[óo])(?![\wÀ-ÿ])/i;
// "investigated by X", "conducted by X", "following an investigation by X": the agency after "by" leads.
// "an investigation that began in July 2014 by HSI Savannah special agents", "initiated in March 2015 by HSI Brasilia": who began it leads.
const passiveLead = /\b(?:(?:investigated|conducted|led)\s+by|investigation\s+(?:conducted\s+|led\s+)?by|(?:initiated|began|begun|started|opened)\s+(?:(?:in|on)\s+[A-Z][a-z]+\.?(?:\s+\d{1,2},?)?\s+\d{4}\s+)?by|investigaci[oó]n\s+(?:realizada\s+|dirigida\s+)?por)\b/i;
const partnerCue = /\b(?:with (?:the )?(?:assistance|help|support) (?:of|from)|assistance was provided by|with assistance from|partner(?:ed|s)?|con la (?:ayuda|asistencia) de)\b/i;
const beganWhenAgentsOf = /\b(?:investigation|investigaci[oó]n)\b[^.]*\b(?:began|started|comenz[oó]|se inici[oó])(?![\wÀ-ÿ])[^.]*\b(?:when|cuando)\s+(?:special\s+)?agent(?:e)?s\s+(?:especiales\s+)?(?:of|with|from|de)\s+(?:the\s+)?$/i;
// Said after the agency: "the Chicago Police Department provided valuable assistance", "… and the Houston Police Department assisted".
const partnerAfter = /\b(?:assisted|provided (?:\w+\s+)?(?:assistance|support))\b/i;

/**
 * The agencies a sentence credits with the case, and their roles: alone before "investigated"
 * (or "led the investigation") is the lead; after "with the assistance of", or "assisted", a
 * partner; several named together as investigating, or credited without a verb that says, each
 * unknown. Only sentences that speak of the investigation credit anyone.
 */
export function agenciesInSentence(sentence: { text: string; start: number }): CreditedAgency[] {
  // An agency's own name ("Federal Bureau of Investigation", "Homeland Security Investigations") credits no one.
  if (!credits.test(sentence.text.replace(agencyNames, ""))) return [];
  const found: CreditedAgency[] = [];
  const named: { name: string; at: number; printed: string }[] = [];
  agencyNames.lastIndex = 0;
  for (let m = agencyNames.exec(sentence.text); m !== null; m = agencyNames.exec(sentence.text)) {
    const printed = m[0].trim();
    if (employerOf.test(sentence.text.slice(0, m.index))) continue;
    const several = /^(\S+)\s+and\s+(\S+)\s+(Police Department|Sheriff[’']s Office)s$/.exec(printed);
    if (several === null) named.push({ name: printed, at: m.index, printed });
    else for (const place of [several[1], several[2]]) named.push({ name: `${place} ${several[3]}`, at: m.index, printed });
  }
  for (const { name, at, printed } of named) {
    const agency: CreditedAgency = { name, role: "unknown", span: { start: sentence.start + at, end: sentence.start + at + printed.length, text: printed } };
    // "Homeland Security Investigations (HSI)" and a later "HSI" in the sentence are one agency: the first, longest form is kept.
    const same = found.findIndex((a) => agencyKey(a.name) === agencyKey(name));
    if (same === -1) found.push(agency);
    else if (name.length > found[same]!.name.length && agency.span.start === found[same]!.span.start) found[same] = agency;
  }
  if (found.length === 0) return found;
  // "The investigation began when special agents with HSI Tucson responded" ("comenzó … cuando agentes
  // especiales de HSI Tucson"): the one agency whose agents began it leads. Agents who assisted
  // another agency ("when federal agents assisted the New York State Police") name no one here.
  const openers = found.filter((a) => beganWhenAgentsOf.test(sentence.text.slice(0, a.span.start - sentence.start)));
  if (openers.length === 1) {
    openers[0]!.role = "lead";
    return found;
  }
  const cue = partnerCue.exec(sentence.text);
  const cueAt = cue === null ? Infinity : sentence.start + cue.index;
  const lead = leadVerb.exec(sentence.text);
  const leadAt = lead === null ? Infinity : sentence.start + lead.index;
  const passive = passiveLead.exec(sentence.text);
  // "… led the investigation, which was initiated by a referral": a "by" no agency follows says nothing of roles.
  if (passive !== null && found.some((a) => a.span.start > sentence.start + passive.index)) {
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
