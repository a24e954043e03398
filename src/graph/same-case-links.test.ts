import { describe, expect, it } from "vitest";
import { namesAgree, sameCaseBetween, sameCaseLinks, type SameCaseSide } from "./same-case-links.ts";

// The same-case rule on synthetic candidates: different releases, names that agree, one
// district, statutes sharing a section (or none on a side), stages and dates in order.

const charge = (statute: string | null, basis: "stated" | "inferred" | null, words = statute ?? "synthetic words") => ({
  words,
  span: { start: 0, end: 0, text: "" },
  statute,
  basis,
  category: null,
  inference: null,
});

/** "Synthetic Defendant Twenty", indicted in S.D. Tex. on 2024-03-05, § 2251(a) stated. */
const indicted: SameCaseSide = {
  id: "rc-r1-synthetic-defendant-twenty",
  release: { uuid: "r1", published: "2024-03-05" },
  name: "Synthetic Defendant Twenty",
  district: "sd-tex",
  stage: "charged",
  pleaOrVerdictDate: null,
  sentenceDate: null,
  charges: [charge("18-usc-2251-a", "stated")],
};
/** The same, pleaded guilty on 2024-06-03 (release 2024-06-20), § 2251 inferred from the words. */
const pleaded: SameCaseSide = { ...indicted, id: "rc-r2-synthetic-defendant-twenty", release: { uuid: "r2", published: "2024-06-20" }, stage: "pleaded", pleaOrVerdictDate: "2024-06-03", charges: [charge("18-usc-2251", "inferred")] };
/** "Synthetic Defendant Q. Twenty", sentenced on 2024-10-08 (release 2024-10-10), no statute read. */
const sentenced: SameCaseSide = { ...indicted, id: "rc-r3-synthetic-defendant-q-twenty", release: { uuid: "r3", published: "2024-10-10" }, name: "Synthetic Defendant Q. Twenty", stage: "sentenced", sentenceDate: "2024-10-08", charges: [] };

describe("names", () => {
  it("agree when the same, or the same but for case, accents and punctuation", () => {
    expect(namesAgree("Synthetic Defendant", "Synthetic Defendant")).toBe("the same name");
    expect(namesAgree("Sýnthetic DEFENDANT-Óne", "synthetic defendant one")).toBe("the same name once case, accents and punctuation are set aside");
  });

  it("agree but for a middle name or initial on one side, and say which and where", () => {
    expect(namesAgree("Synthetic Twenty", "Synthetic Q. Twenty")).toBe('the same name but for a middle name or initial on one side only ("q", in the later release)');
    expect(namesAgree("Synthetic Middle Other Twenty", "Synthetic Other Twenty")).toBe('the same name but for a middle name or initial on one side only ("middle", in the earlier release)');
    expect(namesAgree("Synthetic Q Twenty", "Synthetic Quill Twenty")).toBe('the same name but for an initial for a middle name ("q" ~ "quill", earlier ~ later)');
  });

  it("do not agree on another first or last word, another middle name, or a single word against two", () => {
    expect(namesAgree("Synthetic Defendant Twenty", "Synthetic Defendant Twentyone")).toBeNull();
    expect(namesAgree("Other Defendant Twenty", "Synthetic Defendant Twenty")).toBeNull();
    expect(namesAgree("Synthetic Quill Twenty", "Synthetic Rook Twenty")).toBeNull();
    expect(namesAgree("Synthetic", "Synthetic Twenty")).toBeNull();
  });
});

describe("a same-case link", () => {
  it("is drawn from the earlier release's candidate to the later's, with its evidence", () => {
    // Given in either order: a is the earlier release's.
    expect(sameCaseBetween(pleaded, indicted)).toEqual({
      id: `${indicted.id}~${pleaded.id}`,
      a: indicted.id,
      b: pleaded.id,
      evidence: {
        nameA: "Synthetic Defendant Twenty",
        nameB: "Synthetic Defendant Twenty",
        nameAgreement: "the same name",
        district: "sd-tex",
        // By hand: § 2251(a) and § 2251 are both section 2251; only the plea side inferred it.
        sectionsA: ["18-usc-2251"],
        sectionsB: ["18-usc-2251"],
        sharedSections: ["18-usc-2251"],
        sectionsInferred: true,
        stageA: "charged",
        stageB: "pleaded",
        publishedA: "2024-03-05",
        publishedB: "2024-06-20",
        pleaDateA: null,
        pleaDateB: "2024-06-03",
        sentenceDateA: null,
        sentenceDateB: null,
      },
    });
  });

  it("compares statutes only when both sides give one, by section", () => {
    const link = sameCaseBetween(pleaded, sentenced)!;
    expect(link.id).toBe(`${pleaded.id}~${sentenced.id}`);
    expect(link.evidence).toMatchObject({ sectionsA: ["18-usc-2251"], sectionsB: [], sharedSections: [], sectionsInferred: false });
    // A printed citation the catalog lacks still gives its section.
    const printed = { ...sentenced, charges: [charge(null, "stated", "18 U.S.C. § 2251(e)")] };
    expect(sameCaseBetween(indicted, printed)!.evidence.sharedSections).toEqual(["18-usc-2251"]);
    expect(sameCaseBetween(indicted, { ...sentenced, charges: [charge("18-usc-2252a-a-2", "stated")] })).toBeNull();
  });

  it("is never drawn between two candidates of one release", () => {
    expect(sameCaseBetween(indicted, { ...indicted, id: "rc-r1-synthetic-defendant-q-twenty", name: "Synthetic Defendant Q. Twenty" })).toBeNull();
  });

  it("needs one district, known on both sides", () => {
    expect(sameCaseBetween(indicted, { ...pleaded, district: "wd-tex" })).toBeNull();
    expect(sameCaseBetween({ ...indicted, district: null }, { ...pleaded, district: null })).toBeNull();
  });

  it("needs the stages in order: a later release never reports an earlier stage", () => {
    expect(sameCaseBetween({ ...indicted, stage: "sentenced" }, { ...pleaded, stage: "charged" })).toBeNull();
    // A plea and a verdict are the same step; two releases of one stage are in order.
    expect(sameCaseBetween({ ...indicted, stage: "convicted_at_trial" }, pleaded)).not.toBeNull();
    expect(sameCaseBetween(indicted, { ...pleaded, stage: "charged" })).not.toBeNull();
    // Releases of one day, or one undated, have no known order: the stages are not compared.
    expect(sameCaseBetween({ ...indicted, stage: "sentenced" }, { ...pleaded, stage: "charged", release: { uuid: "r2", published: "2024-03-05" } })).not.toBeNull();
    expect(sameCaseBetween({ ...indicted, stage: "sentenced" }, { ...pleaded, stage: "charged", release: { uuid: "r2", published: null } })).not.toBeNull();
  });

  it("needs no plea or verdict date after a sentencing date, by what the precision allows", () => {
    expect(sameCaseBetween(pleaded, { ...sentenced, sentenceDate: "2024-06-02" })).toBeNull();
    expect(sameCaseBetween({ ...pleaded, pleaOrVerdictDate: "2024-06" }, { ...sentenced, sentenceDate: "2024-06-02" })).not.toBeNull();
    expect(sameCaseBetween(pleaded, { ...sentenced, sentenceDate: "2024-06-03" })).not.toBeNull();
  });
});

describe("the links among candidates", () => {
  it("are every pair the rule draws, by id, and none across names or districts", () => {
    const other: SameCaseSide = { ...pleaded, id: "rc-r4-synthetic-defendant-thirty", release: { uuid: "r4", published: "2024-07-01" }, name: "Synthetic Defendant Thirty" };
    const elsewhere: SameCaseSide = { ...pleaded, id: "rc-r5-synthetic-defendant-twenty", release: { uuid: "r5", published: "2024-07-01" }, district: "wd-tex" };
    // By hand: indicted~pleaded, indicted~sentenced, pleaded~sentenced; ids sort by their first candidate.
    expect(sameCaseLinks([sentenced, other, pleaded, elsewhere, indicted]).map((l) => l.id)).toEqual([
      `${indicted.id}~${pleaded.id}`,
      `${indicted.id}~${sentenced.id}`,
      `${pleaded.id}~${sentenced.id}`,
    ]);
  });
});
