import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareCurated, readSeed, type Disagreement } from "../src/ingest/doj/compare-curated.ts";
import { districtNames } from "../src/ingest/doj/district-catalog.ts";
import { projectRoot } from "../src/paths.ts";
import { labelledPages } from "./helpers/doj-labelled-set.ts";

// The curated cases meet the extractor (issue 25, point 6): every seed source whose page is in
// the labelled set is read by the extractor, and its candidates are compared with the facts of
// the case's records that cite that page. Each difference is recorded here with its class, so a
// new one fails this test. BENCHMARKS.md ("Press releases: the curated cases against the
// extractor") gives the counts and the list.

type Class =
  /** The extractor read the page wrongly and a general rule now reads it right: no longer a difference. */
  | "extractor-miss-fixed"
  /** The extractor reads the page wrongly and it is left so, for the reason given. */
  | "extractor-miss-listed"
  /** The seed was wrong about what the page says; fixed in the seed yaml with a note: no longer a difference. */
  | "curation-error-fixed";

type Recorded = Omit<Disagreement, "case"> & { case: string; class: Class; why: string };

const dateline = "the seed reads the district from the dateline (districtInferred says so); the extractor never takes a district from a dateline, by its rule and the labelled set's";
const heldOut = "a held-out page, read only once tuning was closed: left, so that no rule is tuned on it";

const recorded: Recorded[] = [
  { case: "dariz-alexander", page: "a-dhs-hsi-tucson-alexander-40-years", field: "agencies", defendant: null, curated: null, extracted: "tucson police|partner", class: "curation-error-fixed", why: "'HSI led the investigation with assistance from the Tucson Police Department': the seed left the partner out; now recorded" },
  { case: "dariz-alexander", page: "a-dhs-hsi-tucson-alexander-40-years", field: "prison", defendant: "Maurice Fitzgerald Alexander, Jr.", curated: "480 months", extracted: null, class: "extractor-miss-fixed", why: "'sentenced Aug. 14 to 40 years': the term is now read through an abbreviation's period" },
  { case: "sdtx-mccoy", page: "a-usao-sdtx-mccoy-max", field: "pleaOrVerdictDate", defendant: "Darren Frank McCoy", curated: "2022-12-01", extracted: null, class: "extractor-miss-fixed", why: "'pleaded guilty Dec. 1, 2022, admitting he was previously a … coach': 'previously' no longer marks another case unless a conviction, sentence or charge follows" },
  { case: "sdtx-santos-moya", page: "a-securengin-santos-moya", field: "district", defendant: null, curated: "sd-tex (inferred)", extracted: null, class: "extractor-miss-listed", why: dateline },
  { case: "wdark-patrick", page: "a-ice-patrick-sentenced", field: "agencies", defendant: null, curated: "hsi|lead", extracted: "hsi|unknown", class: "extractor-miss-fixed", why: "'following an investigation by Homeland Security Investigations (HSI) New Orleans': the one agency after 'an investigation by' now leads" },
  { case: "wdark-patrick", page: "a-ice-patrick-sentenced", field: "sentenceDate", defendant: "Pearson Pete Patrick", curated: "2023-03-10", extracted: null, class: "extractor-miss-fixed", why: "'sentenced a Springdale man to 33 years … on March 10': a date is now read up to 130 characters after its verb" },
  { case: "wdark-patrick", page: "a-ice-patrick-sentenced", field: "sentenceDate", defendant: "Pearson Pete Patrick", curated: "2023-03-10", extracted: "2023-03-10 (year from release)", class: "curation-error-fixed", why: "the page prints 'on March 10' without a year; the seed's sentence lacked yearFromRelease, now set" },
  // The held-out pages.
  { case: "dmass-tu", page: "a-dojnewswire-tu-pleads", field: "district", defendant: null, curated: "d-mass (inferred)", extracted: null, class: "extractor-miss-listed", why: dateline },
  { case: "mdfla-brown", page: "a-ice-nefl-brown-brothers", field: "district", defendant: null, curated: "md-fla (inferred)", extracted: null, class: "extractor-miss-listed", why: dateline },
  { case: "mdga-dendy", page: "a-dhs-hsi-dendy-pleads", field: "district", defendant: null, curated: "md-ga (inferred)", extracted: null, class: "extractor-miss-listed", why: dateline },
  { case: "mdfla-brown", page: "a-ice-nefl-brown-brothers", field: "defendant", defendant: "Jonathan Brown", curated: null, extracted: "Jonathan Brown", class: "extractor-miss-listed", why: `the account's username "Jonathan Brown" is read as a third defendant; ${heldOut}` },
  { case: "mdfla-brown", page: "a-ice-nefl-brown-brothers", field: "stage", defendant: "Jonathan William Brown", curated: "pleaded", extracted: "charged", class: "extractor-miss-listed", why: `three 'Brown's: 'Jonathan Brown pleaded guilty on March 16' is given to the first Brown named, Joshua; ${heldOut}` },
  { case: "mdfla-brown", page: "a-ice-nefl-brown-brothers", field: "pleaOrVerdictDate", defendant: "Jonathan William Brown", curated: "2023-03-16 (year from release)", extracted: null, class: "extractor-miss-listed", why: `the same; ${heldOut}` },
  { case: "sdtx-hooks", page: "a-dhs-hsi-houston-hooks", field: "agencies", defendant: null, curated: "hsi|lead", extracted: "hsi|partner", class: "extractor-miss-listed", why: `'our partners' in the SAC's quote makes HSI Houston a partner; the page credits HSI Houston and the HTRA together (unknown), and the seed must name a lead; ${heldOut}` },
  { case: "sdtx-hooks", page: "a-dhs-hsi-houston-hooks", field: "pleaOrVerdictDate", defendant: "Michael Ramone Hooks", curated: "2024-09-27 (year from release)", extracted: null, class: "extractor-miss-listed", why: `'was convicted Sept. 27 … after he admitted' is a plea, a form the rules do not read; ${heldOut}` },
  { case: "sdtx-mccoy", page: "a-ice-mccoy-sentenced", field: "agencies", defendant: null, curated: null, extracted: "pearland police|partner", class: "curation-error-fixed", why: "'with assistance from … Pearland Police Department': the seed left the partner out; now recorded" },
  { case: "sdtx-mccoy", page: "a-ice-mccoy-sentenced", field: "agencies", defendant: null, curated: null, extracted: "galveston police|partner", class: "curation-error-fixed", why: "'… and Galveston Police Department': the same" },
  { case: "sdtx-mccoy", page: "a-ice-mccoy-sentenced", field: "sentenceDate", defendant: "Darren Frank McCoy", curated: "2023-05-16", extracted: "2023-05-16 (year from release)", class: "curation-error-fixed", why: "the page prints 'sentenced on May 16' without a year; the seed's sentence lacked yearFromRelease, now set" },
];

/** Differences that are none, each with its kind: the fact was read from another source the record cites; the seed model requires a lead; the seed leaves the fact out and says why. */
type NotOne = Omit<Disagreement, "case"> & { case: string; kind: "read-elsewhere" | "lead-required" | "left-out-with-reason"; why: string };
const leadRequired = "the seed must name a lead (leadAgency is required); the record's notes say the page credits the agency without saying it led, and why it is taken as the lead";

const notDisagreements: NotOne[] = [
  { case: "dariz-alexander", page: "a-usao-az-alexander-convicted", field: "agencies", defendant: null, curated: "hsi|lead", extracted: "hsi|unknown", kind: "read-elsewhere", why: "HSI's lead is DHS's page's ('HSI led the investigation'); this page is cited for the call and the arrest, and its credit line is past the cut" },
  { case: "dariz-alexander", page: "a-usao-az-alexander-convicted", field: "stage", defendant: "Maurice Fitzgerald Alexander, Jr.", curated: "sentenced", extracted: "convicted_at_trial", kind: "read-elsewhere", why: "the sentence is DHS's page's; this page is cited for the sentencing set for August 14, 2024, a hearing to come" },
  { case: "dariz-alexander", page: "a-usao-az-alexander-convicted", field: "sentenceDate", defendant: "Maurice Fitzgerald Alexander, Jr.", curated: "2024-08-14", extracted: null, kind: "read-elsewhere", why: "the same: the scheduled sentencing, not a sentence" },
  { case: "dariz-alexander", page: "a-usao-az-alexander-convicted", field: "prison", defendant: "Maurice Fitzgerald Alexander, Jr.", curated: "480 months", extracted: null, kind: "read-elsewhere", why: "the term is DHS's page's and KTAR's" },
  { case: "dmass-sheerer", page: "a-pubt-sheerer-pleads", field: "agencies", defendant: null, curated: "hsi|lead", extracted: null, kind: "read-elsewhere", why: "HSI Baltimore's lead is the symbolsofsecrets report's; this page is cited for how the investigation began, and names no agency before its cut" },
  { case: "dmass-sheerer", page: "a-pubt-sheerer-pleads", field: "agencies", defendant: null, curated: "hsi|partner", extracted: null, kind: "read-elsewhere", why: "HSI New England is Boston 25's (its SAC on the sentence)" },
  { case: "mdga-garcia", page: "a-usao-mdga-garcia-pleads", field: "agencies", defendant: null, curated: "hsi|lead", extracted: "hsi|unknown", kind: "lead-required", why: leadRequired },
  { case: "mdga-garcia", page: "a-usao-mdga-garcia-pleads", field: "stage", defendant: "Ricardo Garcia", curated: "sentenced", extracted: "pleaded", kind: "read-elsewhere", why: "the sentence is the court order's (casetext); this page is cited for the sentencing then scheduled" },
  { case: "mdga-garcia", page: "a-usao-mdga-garcia-pleads", field: "pleaOrVerdictDate", defendant: "Ricardo Garcia", curated: "2022-04-26", extracted: null, kind: "read-elsewhere", why: "the page prints 'April 26' and no release date, so the extractor rightly leaves it unknown; the year is the court order's" },
  { case: "mdga-garcia", page: "a-usao-mdga-garcia-pleads", field: "sentenceDate", defendant: "Ricardo Garcia", curated: "2023-05-31", extracted: null, kind: "read-elsewhere", why: "the court order's" },
  { case: "mdga-garcia", page: "a-usao-mdga-garcia-pleads", field: "prison", defendant: "Ricardo Garcia", curated: "60 months", extracted: null, kind: "read-elsewhere", why: "the court order's" },
  { case: "sdtx-mccoy", page: "a-usao-sdtx-mccoy-max", field: "agencies", defendant: null, curated: "hsi|lead", extracted: null, kind: "read-elsewhere", why: "HSI Houston's lead is ICE's release's; this page is cited for the border inspection and names no agency before its cut" },
  { case: "sdtx-mccoy", page: "a-usao-sdtx-mccoy-max", field: "sentenceDate", defendant: "Darren Frank McCoy", curated: "2023-05-16", extracted: null, kind: "read-elsewhere", why: "this page says 'Today' and prints no release date; the day is ICE's release's ('on May 16')" },
  { case: "dariz-alexander", page: "a-usao-az-alexander-convicted", field: "agencies", defendant: null, curated: "tucson police|partner", extracted: "tucson police|unknown", kind: "read-elsewhere", why: "the Tucson police's assistance is DHS's page's; this page says only that its officers answered the 911 call (role unknown) and credits no role before its cut" },
  { case: "sdtx-mccoy", page: "a-usao-sdtx-mccoy-max", field: "agencies", defendant: null, curated: "pearland police|partner", extracted: null, kind: "read-elsewhere", why: "the partners are ICE's release's; this page names no agency before its cut" },
  { case: "sdtx-mccoy", page: "a-usao-sdtx-mccoy-max", field: "agencies", defendant: null, curated: "galveston police|partner", extracted: null, kind: "read-elsewhere", why: "the same" },
  { case: "dmass-tu", page: "a-dojnewswire-tu-pleads", field: "agencies", defendant: null, curated: "hsi|lead", extracted: "hsi|unknown", kind: "lead-required", why: leadRequired },
  { case: "dwky-roush", page: "a-pubt-roush-sentenced", field: "agencies", defendant: null, curated: "hsi|lead", extracted: "hsi|unknown", kind: "lead-required", why: leadRequired },
  { case: "mdfla-brown", page: "a-ice-nefl-brown-brothers", field: "agencies", defendant: null, curated: "hsi|lead", extracted: "hsi|unknown", kind: "lead-required", why: leadRequired },
  { case: "mdtn-nelson", page: "a-publicnow-nelson-convicted", field: "agencies", defendant: null, curated: "hsi|lead", extracted: "hsi|unknown", kind: "lead-required", why: leadRequired },
  { case: "sdtx-botello-morales", page: "a-usao-sdtx-efforts-traffickers", field: "defendant", defendant: "Jonathan Smith-Byrd", curated: null, extracted: "Jonathan Smith-Byrd", kind: "left-out-with-reason", why: "a round-up page: 'Jonathan Smith-Byrd and Larry Odell Lewis allegedly used force …' are defendants of other indictments it names (labelled charged), not of this case" },
  { case: "sdtx-botello-morales", page: "a-usao-sdtx-efforts-traffickers", field: "defendant", defendant: "Larry Odell Lewis", curated: null, extracted: "Larry Odell Lewis", kind: "left-out-with-reason", why: "the same" },
  { case: "sdtx-mccoy", page: "a-ice-mccoy-sentenced", field: "agencies", defendant: null, curated: null, extracted: "u s customs and border protection|partner", kind: "left-out-with-reason", why: "the seed's notes: ICE's release names CBP among those assisting, not yet recorded (seed/reference/agencies.yaml has no CBP); a held-out page, not opened for this" },
  { case: "mdfla-brown", page: "a-ice-nefl-brown-brothers", field: "defendant", defendant: "Joshua Thomas Brown", curated: null, extracted: "Joshua Thomas Brown", kind: "left-out-with-reason", why: "the seed's header: the brother's plea is reported but the stored text gives neither its charge nor its date, so he is left out" },
];

const key = (d: Omit<Disagreement, "case"> & { case: string }) => JSON.stringify([d.case, d.page, d.field, d.defendant, d.curated, d.extracted]);

describe("the curated cases against the extractor", () => {
  const { cases, catalogs } = readSeed(path.join(projectRoot, "seed"), districtNames());
  const comparison = compareCurated(cases, labelledPages(), catalogs);
  const found = comparison.disagreements;

  it("reads the sixteen seed sources whose pages are in the labelled set", () => {
    expect(comparison.compared.map((c) => c.page).sort()).toEqual([
      "a-dhs-hsi-dendy-pleads",
      "a-dhs-hsi-houston-hooks",
      "a-dhs-hsi-tucson-alexander-40-years",
      "a-dojnewswire-tu-pleads",
      "a-ice-mccoy-sentenced",
      "a-ice-nefl-brown-brothers",
      "a-ice-patrick-sentenced",
      "a-publicnow-nelson-convicted",
      "a-pubt-roush-sentenced",
      "a-pubt-sheerer-pleads",
      "a-securengin-santos-moya",
      "a-usao-az-alexander-convicted",
      "a-usao-mdga-garcia-pleads",
      "a-usao-me-deal",
      "a-usao-sdtx-efforts-traffickers",
      "a-usao-sdtx-mccoy-max",
    ]);
  });

  it("names the press-release sources whose pages are not stored (the labelled set's README says why)", () => {
    expect(comparison.notStored.map((s) => s.source)).toEqual([
      "src-dojnewswire-irons-sentence", // not in the corpus
      "src-federalnewswire-sheerer-plea", // a republisher's rewrite, not a government text
      "src-ice-perkins-plea", // not in the corpus
      "src-usao-sdtx-perkins-charges", // not in the corpus
      "src-usao-sdtx-serna-sentence", // not in the corpus
    ]);
  });

  it("finds only the recorded differences: the listed extractor misses, and the differences that are none", () => {
    const open = recorded.filter((r) => r.class === "extractor-miss-listed");
    expect(found.map(key).sort()).toEqual([...open, ...notDisagreements].map(key).sort());
  });

  it("counts what BENCHMARKS.md reports", () => {
    const count = (c: Class) => recorded.filter((r) => r.class === c).length;
    const kinds = (k: NotOne["kind"]) => notDisagreements.filter((n) => n.kind === k).length;
    expect([count("extractor-miss-fixed"), count("extractor-miss-listed"), count("curation-error-fixed")]).toEqual([4, 9, 5]);
    expect([kinds("read-elsewhere"), kinds("lead-required"), kinds("left-out-with-reason")]).toEqual([15, 5, 4]);
  });

  it("no longer finds a difference recorded as fixed", () => {
    const fixed = recorded.filter((r) => r.class !== "extractor-miss-listed").map(key);
    expect(found.map(key).filter((k) => fixed.includes(k))).toEqual([]);
  });
});
