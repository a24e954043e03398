import { describe, expect, it } from "vitest";
import { districtNames } from "./district-catalog.ts";
import { defendantsInText, subjectOf } from "./defendants-in-text.ts";
import { extractRelease, type ReleaseInput } from "./extract-release.ts";
import { prisonInSentence } from "./prison-in-text.ts";
import { stagesInSentence } from "./stage-in-sentence.ts";
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
});

describe("the rules, sentence by sentence", () => {
  it("a sentence naming two defendants speaks of the one named as a person, not as an owner", () => {
    const named = defendantsInText("Synthetic Defendant Four, 30, and Synthetic Defendant Five, 31, were indicted.");
    expect(subjectOf("Four's co-defendant, Five, was sentenced to 70 months.", named)?.name).toBe("Synthetic Defendant Five");
    expect(subjectOf("El codemandado de Four, Five, fue sentenciado a 70 meses.", named)?.name).toBe("Synthetic Defendant Five");
    expect(subjectOf("Nobody named here.", named)).toBeNull();
  });

  it("stages: done, not to come, and never from another case", () => {
    expect(stagesInSentence("Synthetic Defendant One was sentenced to 10 years in prison.")).toEqual(["sentenced"]);
    expect(stagesInSentence("He pleaded guilty in May and is scheduled to be sentenced on Aug. 1.")).toEqual(["pleaded"]);
    expect(stagesInSentence("He faces up to 30 years in prison.")).toEqual([]);
    expect(stagesInSentence("He was previously convicted and sentenced to 5 years.")).toEqual([]);
    expect(stagesInSentence("Un jurado lo declaró culpable y fue sentenciado a 20 años de prisión.")).toEqual(["sentenced"]);
  });

  it("prison terms: years, months, both, life; never supervised release", () => {
    expect(prisonInSentence("was sentenced to 12 years and 7 months in prison")?.months).toBe(151);
    expect(prisonInSentence("was sentenced to eighty-seven months in federal prison")?.months).toBe(87);
    expect(prisonInSentence("was sentenced to life in prison")).toMatchObject({ months: null, life: true });
    expect(prisonInSentence("was sentenced to 10 years of supervised release")).toBeNull();
    expect(prisonInSentence("fue sentenciado a 15 años de prisión")?.months).toBe(180);
    // A headline's approximation is no term.
    expect(prisonInSentence("Largo Man Sentenced To More Than 12 Years In Prison")).toBeNull();
  });

  it("statutes as printed, each once, lists expanded", () => {
    expect(statutesInText("violating 18 U.S.C. §§ 2252A(a)(2) and 2252A(b)(1), and Title 18, United States Code, Section 2422(b)").map((s) => s.citation)).toEqual([
      "18 U.S.C. § 2252A(a)(2)",
      "18 U.S.C. § 2252A(b)(1)",
      "18 U.S.C. § 2422(b)",
    ]);
  });
});
