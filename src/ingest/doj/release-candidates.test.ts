import { describe, expect, it } from "vitest";
import { chargesInWords } from "./charge-words.ts";
import { districtNames } from "./district-catalog.ts";
import { releaseInput } from "./dry-run.ts";
import { extractRelease } from "./extract-release.ts";
import { agencyIdOf, candidateId, candidatesOf, statuteIdOf } from "./release-candidates.ts";
import type { PressRelease } from "./release-record.ts";

const catalog = {
  statutes: new Set(["18-usc-2251", "18-usc-2252a", "18-usc-2423-a", "18-usc-2422-b"]),
  agencies: [
    { id: "hsi", name: "Homeland Security Investigations", abbreviation: "HSI" },
    { id: "hsi-charleston", name: "HSI Charleston", abbreviation: null },
    { id: "fbi", name: "Federal Bureau of Investigation", abbreviation: "FBI" },
  ],
};

describe("a printed statute, mapped to the catalog", () => {
  it("takes the subsection the catalog has, else the section", () => {
    expect(statuteIdOf("18 U.S.C. § 2423(a)", catalog)).toBe("18-usc-2423-a");
    expect(statuteIdOf("18 U.S.C. § 2252A(a)(5)(B)", catalog)).toBe("18-usc-2252a");
    expect(statuteIdOf("18 U.S.C. § 2251(a)", catalog)).toBe("18-usc-2251");
  });
  it("is null for a section the catalog lacks", () => {
    expect(statuteIdOf("18 U.S.C. § 1470", catalog)).toBeNull();
  });
});

describe("a credited agency, tied to the catalog", () => {
  it("by its own name first, so a field office stays itself", () => {
    expect(agencyIdOf("HSI Charleston", catalog)).toBe("hsi-charleston");
  });
  it("else HSI, the FBI or ICE by the name's key", () => {
    expect(agencyIdOf("Homeland Security Investigations (HSI) Houston", catalog)).toBe("hsi");
    expect(agencyIdOf("the FBI's Albuquerque Division", catalog)).toBe("fbi");
  });
  it("and none for an agency the catalog does not hold", () => {
    expect(agencyIdOf("The Synthetic County Sheriff's Office", catalog)).toBeNull();
  });
});

describe("charges given in words", () => {
  const sentence = (text: string) => ({ start: 100, end: 100 + text.length, text });
  it("map to a statute as a recorded inference, with the words and where they are", () => {
    const found = chargesInWords(sentence("Synthetic Defendant One pleaded guilty to production of child pornography."));
    expect(found).toEqual([
      {
        words: "production of child pornography",
        // By hand: "Synthetic Defendant One pleaded guilty to " is 42 characters, the words 31.
        span: { start: 142, end: 173, text: "production of child pornography" },
        statute: "18-usc-2251",
        category: null,
        inference: "Production of child pornography, or sexual exploitation of a minor, in words is the offence of 18 U.S.C. § 2251; the release names no statute.",
      },
    ]);
  });
  it("give only the family where the words fit two statutes (§ 2252 or § 2252A)", () => {
    const found = chargesInWords(sentence("He was convicted of receipt of child pornography and possession of child pornography."));
    expect(found.map((c) => [c.words, c.statute, c.category])).toEqual([
      ["receipt of child pornography", null, "csam-distribution-receipt"],
      ["possession of child pornography", null, "csam-possession"],
    ]);
  });
  it("read nothing from words that name no offence", () => {
    expect(chargesInWords(sentence("He was sentenced today to 10 years in federal prison."))).toEqual([]);
  });
});

describe("a candidate's id", () => {
  it("is the release's uuid and the name as an id, stable across readings", () => {
    expect(candidateId("00000000-0000-4000-8000-000000000001", "José Synthetic-Ñame Jr.")).toBe("rc-00000000-0000-4000-8000-000000000001-jose-synthetic-name-jr");
  });
});

describe("a candidate's charges in words", () => {
  const release: PressRelease = {
    uuid: "00000000-0000-4000-8000-000000000501",
    title: "Synthetic Defendant Five indicted",
    bodyHtml:
      "<p>HOUSTON – Synthetic Defendant Five, 33, of Houston, was indicted on a charge of production of child pornography.</p>" +
      "<p>He was previously convicted of possession of child pornography in 2015.</p><p>HSI Houston investigated the case.</p>",
    url: "https://example.org/synthetic-501",
    date: "2024-02-01",
    component: "USAO - Texas, Southern",
    components: ["USAO - Texas, Southern"],
    topics: [],
    changed: null,
    file: "synthetic",
  };
  it("are read from every sentence that reports a stage of the case, not only the first (here the title), and never from an earlier case", () => {
    const [candidate] = candidatesOf(release, extractRelease(releaseInput(release), districtNames()), catalog, "2026-12-01");
    expect(candidate!.charges.map((c) => [c.words, c.statute, c.basis, c.category])).toEqual([["production of child pornography", "18-usc-2251", "inferred", null]]);
  });
});
