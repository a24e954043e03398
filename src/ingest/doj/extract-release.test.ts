import { describe, expect, it } from "vitest";
import { districtNames } from "./district-catalog.ts";
import { defendantsInText, subjectOf } from "./defendants-in-text.ts";
import { extractRelease, type ReleaseInput } from "./extract-release.ts";
import { agenciesInSentence } from "./agencies-in-text.ts";
import { dateInSentence } from "./dates-in-sentence.ts";
import { prisonInSentence } from "./prison-in-text.ts";
import { otherEvents, stagesInSentence, stageVerbsAt } from "./stage-in-sentence.ts";
import { statutesInText } from "./statutes-in-text.ts";

// Extraction on synthetic releases ("Synthetic Defendant" names, example.org URLs), each
// value read by hand from the text.

const districts = districtNames();
const release = (html: string, date: string | null = "2024-01-10", component: string | null = null): ReleaseInput => ({
  uuid: "00000000-0000-4000-8000-000000000001",
  url: "https://example.org/synthetic-1",
  title: "Synthetic release",
  body: { html },
  date,
  component,
});

const sentencing = `<p>HOUSTON – Synthetic Defendant One, 35, of Houston, was sentenced today to 15 years in federal prison, followed by a lifetime of supervised release, announced the U.S. Attorney for the Southern District of Texas.</p>
<p>He pleaded guilty on Sept. 27 to violating 18 U.S.C. §§ 2251(a) and (e). In 2010, he was previously convicted of a state offense and sentenced to 5 years.</p>
<p>Homeland Security Investigations (HSI) Houston investigated the case with the assistance of the Houston Police Department.</p>`;

describe("extracting a release", () => {
  it("reads the district, the agencies and their roles, and the defendant's stage, dates, term and statutes, each with its words", () => {
    const r = extractRelease(release(sentencing), districts);
    expect([r.district, r.hsiCredited, r.agencies.map((a) => [a.name, a.role])]).toEqual([
      "sd-tex",
      true,
      [
        ["Homeland Security Investigations (HSI) Houston", "lead"],
        ["Houston Police Department", "partner"],
      ],
    ]);
    const [d] = r.defendants;
    // Sept. 27 without a year, in a release of 2024-01-10: 2023. "today" is the release's day.
    // The earlier case's 5 years is never this case's term.
    expect({ ...d, spans: undefined }).toEqual({
      name: "Synthetic Defendant One",
      stage: "sentenced",
      pleaOrVerdictDate: "2023-09-27",
      pleaOrVerdictDateYearFromRelease: true,
      sentenceDate: "2024-01-10",
      sentenceDateYearFromRelease: false,
      prisonMonths: 180,
      life: false,
      statutes: ["18 U.S.C. § 2251(a)", "18 U.S.C. § 2251(e)"],
      spans: undefined,
    });
    expect(r.text.slice(d!.spans.pleaOrVerdictDate!.start, d!.spans.pleaOrVerdictDate!.end)).toBe("Sept. 27");
    expect(r.text.slice(d!.spans.name.start, d!.spans.name.end)).toBe("Synthetic Defendant One");
  });

  it("leaves a day without a year unknown when the release has no date, and takes the district from the component", () => {
    const r = extractRelease(release(sentencing, null, "USAO - Alabama, Northern"), districts);
    expect(r.defendants[0]).toMatchObject({ pleaOrVerdictDate: null, sentenceDate: null });
    // The API's component names the office that issued it, whatever the text names.
    expect([r.district, r.districtSpan]).toEqual(["nd-ala", null]);
  });

  it("keeps several defendants apart, each with what the sentences naming them say", () => {
    const html = `<p>Synthetic Defendant Two, 41, and Synthetic Defendant Three, 29, both of Denver, were charged in an indictment unsealed today.</p>
<p>Three pleaded guilty on March 4, 2024, to 18 U.S.C. § 2422(b). Two was found guilty by a federal jury on May 1, 2024.</p>
<p>The FBI investigated the case.</p>`;
    const r = extractRelease(release(html, "2024-06-01"), districts);
    expect(r.defendants.map((d) => [d.name, d.stage, d.pleaOrVerdictDate, d.statutes])).toEqual([
      ["Synthetic Defendant Two", "convicted_at_trial", "2024-05-01", []],
      ["Synthetic Defendant Three", "pleaded", "2024-03-04", ["18 U.S.C. § 2422(b)"]],
    ]);
    expect([r.hsiCredited, r.agencies.map((a) => [a.name, a.role])]).toEqual([false, [["FBI", "lead"]]]);
  });

  it("reads a co-defendant named after 'el codemandado de', gives each their own term, and a sentence about both men to both", () => {
    const html = `<p>Synthetic Defendant Four, un ciudadano de México, fue sentenciado el 17 de julio de 2008 a 60 meses en prisión.</p>
<p>En abril, el codemandado de Four, Synthetic Defendant Five, fue sentenciado a 70 meses en prisión.</p>
<p>Durante su audiencia de declaración de culpabilidad en septiembre de 2007, ambos hombres reconocieron los hechos.</p>`;
    const r = extractRelease({ ...release(html, null), language: "es" }, districts);
    // By hand: Four's term is the first sentence's (60 months, the 17 July 2008 sentencing); Five's the second's (70 months, "En abril" has no year and no release date settles it); the plea hearing in September 2007 is both men's.
    expect(r.defendants.map((d) => [d.name, d.stage, d.pleaOrVerdictDate, d.sentenceDate, d.prisonMonths])).toEqual([
      ["Synthetic Defendant Four", "sentenced", "2007-09", "2008-07-17", 60],
      ["Synthetic Defendant Five", "sentenced", "2007-09", null, 70],
    ]);
  });

  it("names defendants before 'allegedly' as charged", () => {
    const r = extractRelease(release("<p>Synthetic Defendant Six and Synthetic Defendant Seven allegedly used force to cause commercial sex.</p>"), districts);
    expect(r.defendants.map((d) => [d.name, d.stage])).toEqual([
      ["Synthetic Defendant Six", "charged"],
      ["Synthetic Defendant Seven", "charged"],
    ]);
  });
});

describe("the rules, sentence by sentence", () => {
  it("a sentence naming two defendants speaks of the one named as a person, not as an owner", () => {
    const named = defendantsInText("Synthetic Defendant Four, 30, and Synthetic Defendant Five, 31, were indicted.");
    expect(subjectOf("Four's co-defendant, Five, was sentenced to 70 months.", named)?.name).toBe("Synthetic Defendant Five");
    expect(subjectOf("El codemandado de Four, Five, fue sentenciado a 70 meses.", named)?.name).toBe("Synthetic Defendant Five");
    expect(subjectOf("Nobody named here.", named)).toBeNull();
  });

  it("a name printed in capitals is a defendant when the text then uses its surname as one", () => {
    const named = defendantsInText("In 2017, SYNTHETIC Q. DEFENDANT arranged meetings. Defendant, 48, pleaded guilty in 2022. The FBI ANNOUNCED IT.");
    expect(named.map((d) => [d.name, d.surname])).toEqual([["SYNTHETIC Q. DEFENDANT", "Defendant"]]);
    // Capitals whose last word the text never uses as a person's surname name no one.
    expect(defendantsInText("FOR IMMEDIATE RELEASE. NORTHERN DISTRICT OF OHIO news.")).toEqual([]);
  });

  it("stages: done, not to come, and never from another case", () => {
    expect(stagesInSentence("Synthetic Defendant One was sentenced to 10 years in prison.")).toEqual(["sentenced"]);
    expect(stagesInSentence("He pleaded guilty in May and is scheduled to be sentenced on Aug. 1.")).toEqual(["pleaded"]);
    expect(stagesInSentence("He faces up to 30 years in prison.")).toEqual([]);
    expect(stagesInSentence("He was previously convicted and sentenced to 5 years.")).toEqual([]);
    expect(stagesInSentence("Un jurado lo declaró culpable y fue sentenciado a 20 años de prisión.")).toEqual(["sentenced"]);
    // "previously" about a job is no earlier case; a prior conviction is.
    expect(stagesInSentence("Synthetic Defendant One pleaded guilty Dec. 1, 2022, admitting he was previously a coach.")).toEqual(["pleaded"]);
    expect(stagesInSentence("Because of a prior conviction, he was sentenced to 5 years.")).toEqual([]);
    expect(stagesInSentence("He has been ordered to federal prison.")).toEqual(["sentenced"]);
    expect(stagesInSentence("Today, the judge handed Synthetic 168 months for the receipt conviction.")).toEqual(["sentenced"]);
    expect(stagesInSentence("Durante su audiencia de declaración de culpabilidad en septiembre de 2007, ambos hombres reconocieron los hechos.")).toEqual(["pleaded"]);
  });

  it("dates: the verb's own, before or after it, never a period's or another event's", () => {
    const date = (sentence: string, stage: "sentenced" | "pleaded", release: string | null = "2023-03-14") =>
      dateInSentence(sentence, release, "en", stageVerbsAt(sentence, stage), otherEvents[stage], stage === "sentenced")?.date ?? null;
    // By hand: March 10 without a year, before the release of 2023-03-14: 2023-03-10.
    expect(date("A judge sentenced a Springfield man to 33 years in prison for production and possession of child pornography on March 10.", "sentenced")).toBe("2023-03-10");
    expect(date("KNOXVILLE, Tenn. – On Wednesday, July 19, 2017, Synthetic Defendant One, 39, of Maryville, was sentenced to 168 months.", "sentenced")).toBe("2017-07-19");
    // By hand: 2012-08-15 is a Wednesday, so "Wednesday" is that day.
    expect(date("A local man pleaded guilty Wednesday to possessing child pornography.", "pleaded", "2012-08-15")).toBe("2012-08-15");
    expect(date("He was sentenced to 30 years for trafficking two minors from July 2013 to July 2015.", "sentenced")).toBeNull();
    expect(date("Until his remand in Oct. 2016, he lived in Los Angeles; he was sentenced to 97 months.", "sentenced")).toBeNull();
    expect(date("He pleaded guilty and was sentenced on May 5, 2022.", "pleaded")).toBeNull();
  });

  it("agencies: the one after 'investigated by' leads, several together do not, and who assisted is a partner", () => {
    const roles = (text: string) => agenciesInSentence({ text, start: 0 }).map((a) => [a.name, a.role]);
    expect(roles("This investigation was conducted by U.S. Immigration and Customs Enforcement's (ICE) Homeland Security Investigations (HSI), with the assistance of the Laredo Police Department.")).toEqual([
      ["U.S. Immigration and Customs Enforcement's (ICE) Homeland Security Investigations (HSI)", "lead"],
      ["Laredo Police Department", "partner"],
    ]);
    expect(roles("The case was investigated by the FBI and the Rapid City Police Department.")).toEqual([
      ["FBI", "unknown"],
      ["Rapid City Police Department", "unknown"],
    ]);
    expect(roles("This case was investigated by the Federal Bureau of Investigation, the")).toEqual([["Federal Bureau of Investigation", "unknown"]]);
    expect(roles("The Chicago Police Department provided valuable assistance.")).toEqual([["Chicago Police Department", "partner"]]);
  });

  it("agencies: who announced, arrested or speaks through its Special Agent in Charge is credited with no role; an employer is not credited", () => {
    const roles = (text: string) => agenciesInSentence({ text, start: 0 }).map((a) => [a.name, a.role]);
    expect(roles("Special Agent in Charge Synthetic Agent of the FBI’s Albuquerque Division announced the sentence.")).toEqual([["FBI", "unknown"]]);
    expect(roles("The FBI arrested the defendant in June 2013.")).toEqual([["FBI", "unknown"]]);
    expect(roles("When agents with the U.S. Secret Service executed a search warrant, the defendant admitted it.")).toEqual([["U.S. Secret Service", "unknown"]]);
    // The defendant's former employer; and an agency's own name ("Bureau of Investigation") credits no one.
    expect(roles("HSI special agents arrested the former commissioner of the San Juan Police Department.")).toEqual([["HSI", "unknown"]]);
    expect(roles("The Federal Bureau of Investigation received a tip.")).toEqual([]);
  });

  it("agencies: state and local names, two departments named as one, and who began the investigation", () => {
    const roles = (text: string) => agenciesInSentence({ text, start: 0 }).map((a) => [a.name, a.role]);
    expect(roles("This case was investigated by the FBI, the Florida Department of Law Enforcement and the South Dakota Division of Criminal Investigation.")).toEqual([
      ["FBI", "unknown"],
      ["Florida Department of Law Enforcement", "unknown"],
      ["South Dakota Division of Criminal Investigation", "unknown"],
    ]);
    expect(roles("It was investigated by HSI, with assistance from the Prattville, Alabama Police Department and Alabama Attorney General’s Office.")).toEqual([
      ["HSI", "lead"],
      ["Prattville, Alabama Police Department", "partner"],
      ["Alabama Attorney General’s Office", "partner"],
    ]);
    expect(roles("Assistance was provided by the Gardner and Worcester Police Departments.")).toEqual([
      ["Gardner Police Department", "partner"],
      ["Worcester Police Department", "partner"],
    ]);
    expect(roles("The arrests are the result of an investigation that began in July 2014 by HSI Savannah special agents.")).toEqual([["HSI Savannah", "lead"]]);
    expect(roles("La investigación comenzó en octubre, cuando agentes especiales de HSI Tucson respondieron a una llamada.")).toEqual([["HSI Tucson", "lead"]]);
    // Agents who assisted another agency's investigation of someone else began nothing here.
    expect(roles("The investigation began when federal agents assisted the New York State Police with an investigation.")).toEqual([["New York State Police", "unknown"]]);
  });

  it("prison terms: years, months, both, life; never supervised release", () => {
    expect(prisonInSentence("was sentenced to 12 years and 7 months in prison")?.months).toBe(151);
    expect(prisonInSentence("was sentenced to eighty-seven months in federal prison")?.months).toBe(87);
    expect(prisonInSentence("was sentenced to life in prison")).toMatchObject({ months: null, life: true });
    expect(prisonInSentence("was sentenced to 10 years of supervised release")).toBeNull();
    expect(prisonInSentence("fue sentenciado a 15 años de prisión")?.months).toBe(180);
    expect(prisonInSentence("fue sentenciado a más de 14 años en prisión")).toBeNull();
    // A headline's approximation is no term.
    expect(prisonInSentence("Largo Man Sentenced To More Than 12 Years In Prison")).toBeNull();
    // An abbreviation's period does not end the clause; "the statutory maximum of" is the term.
    expect(prisonInSentence("was sentenced Aug. 14 to 40 years in prison")?.months).toBe(480);
    expect(prisonInSentence("was sentenced by U.S. District Judge Jane Q. Roe to 30 months in prison")?.at.text).toBe("sentenced by U.S. District Judge Jane Q. Roe to 30 months");
    expect(prisonInSentence("was sentenced today to the statutory maximum of 10 years in federal prison")?.months).toBe(120);
  });

  it("statutes as printed, each once, lists expanded", () => {
    expect(statutesInText("violating 18 U.S.C. §§ 2252A(a)(2) and 2252A(b)(1), and Title 18, United States Code, Section 2422(b)").map((s) => s.citation)).toEqual([
      "18 U.S.C. § 2252A(a)(2)",
      "18 U.S.C. § 2252A(b)(1)",
      "18 U.S.C. § 2422(b)",
    ]);
  });
});
