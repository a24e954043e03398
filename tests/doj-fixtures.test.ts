import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import type { ExtractedDefendant } from "../src/ingest/doj/extract-release.ts";
import { projectRoot } from "../src/paths.ts";

// The labelled DOJ release set (tests/fixtures/doj-releases/README.md), every share. These checks
// hold the files to the format and to their own rules, so a hand edit that breaks one (a date
// that is no calendar day, a district id the catalog lacks, an endsAt that is not where the text
// stops) fails here rather than in the extractor's tests.

const dir = path.join(projectRoot, "tests/fixtures/doj-releases");
const files = readdirSync(dir).filter((f) => /^[a-z]-.+\.json$/.test(f)).sort();
const fixtures = files.map((file) => ({ file, fx: JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Fixture }));
const index = readdirSync(dir)
  .filter((f) => /^index-[a-z]\.json$/.test(f))
  .flatMap((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as { file: string; url: string; kind: string; traps: string[] }[]);

const catalog = (parse(readFileSync(path.join(projectRoot, "seed/reference/districts.yaml"), "utf8")) as { districts: { id: string; dojComponent: string | null }[] }).districts;
const componentOf = new Map(catalog.map((d) => [d.id, d.dojComponent]));

/** A labelled defendant has the fields the extractor gives, without its spans. */
type Defendant = Omit<ExtractedDefendant, "spans">;
interface Fixture {
  url: string;
  kind: string;
  language: string;
  title: string | null;
  releaseDate: string | null;
  component: string | null;
  text: string;
  endsAt: string;
  truncated: boolean;
  redactions: string | null;
  labels: { district: string | null; hsiCredited: boolean; agencies: { name: string; role: string }[]; defendants: Defendant[] };
  notes: string;
}

const fixtureKeys = ["component", "endsAt", "kind", "labels", "language", "notes", "redactions", "releaseDate", "text", "title", "truncated", "url"];
const defendantKeys = ["life", "name", "pleaOrVerdictDate", "pleaOrVerdictDateYearFromRelease", "prisonMonths", "sentenceDate", "sentenceDateYearFromRelease", "stage", "statutes"];

/** A real calendar day written yyyy-mm-dd (2023-02-30 is not one). */
function isDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}
const isMonth = (value: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

describe("the labelled DOJ releases", () => {
  it("holds at least 60 pages, U.S. government works only, each listed once in its share's index with its URL and kind", () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
    // News articles are their publishers' to copy: only public-domain government texts are kept.
    expect(fixtures.filter(({ fx }) => fx.kind !== "press_release").map(({ file }) => file)).toEqual([]);
    expect(index.map((e) => e.file).sort()).toEqual(files);
    for (const { file, fx } of fixtures) {
      const entry = index.find((e) => e.file === file)!;
      expect([entry.url, entry.kind], file).toEqual([fx.url, fx.kind]);
      expect(entry.traps.length, file).toBeGreaterThan(0);
    }
    expect(new Set(fixtures.map(({ fx }) => fx.url)).size).toBe(files.length);
  });

  it.each(fixtures)("$file has the fixture format", ({ file, fx }) => {
    expect(Object.keys(fx).sort(), file).toEqual(fixtureKeys);
    expect(["press_release", "news"]).toContain(fx.kind);
    expect(["en", "es"]).toContain(fx.language);
    expect(fx.url).toMatch(/^https?:\/\/\S+$/);
    expect(fx.title === null || fx.title.length > 0).toBe(true);
    expect(fx.releaseDate === null || isDay(fx.releaseDate), `releaseDate ${fx.releaseDate}`).toBe(true);
    expect(typeof fx.truncated).toBe("boolean");
    expect(fx.notes.length).toBeGreaterThan(0);
    // A redaction is said, and shows in the text.
    expect(fx.redactions === null || fx.text.includes("[redacted]")).toBe(true);
  });

  it.each(fixtures)("$file: endsAt is the last 8 to 12 words of the text", ({ fx }) => {
    expect(fx.text.trimEnd().endsWith(fx.endsAt)).toBe(true);
    expect(fx.endsAt.trim().split(/\s+/).length).toBeGreaterThanOrEqual(8);
    expect(fx.endsAt.trim().split(/\s+/).length).toBeLessThanOrEqual(12);
  });

  it.each(fixtures)("$file: district and component are the catalog's", ({ fx }) => {
    const { district } = fx.labels;
    if (district !== null) expect(componentOf.has(district), `district ${district}`).toBe(true);
    if (fx.component !== null) {
      expect([...componentOf.values()]).toContain(fx.component);
      if (district !== null) expect(fx.component).toBe(componentOf.get(district));
    }
  });

  it.each(fixtures)("$file: agencies and defendants follow the label rules", ({ fx }) => {
    expect(Object.keys(fx.labels).sort()).toEqual(["agencies", "defendants", "district", "hsiCredited"]);
    expect(typeof fx.labels.hsiCredited).toBe("boolean");
    for (const agency of fx.labels.agencies) {
      expect(Object.keys(agency).sort()).toEqual(["name", "role"]);
      expect(agency.name.length).toBeGreaterThan(0);
      expect(["lead", "partner", "unknown"]).toContain(agency.role);
    }
    for (const d of fx.labels.defendants) {
      expect(Object.keys(d).sort(), d.name).toEqual(defendantKeys);
      expect(fx.text, "a defendant's name is as printed").toContain(d.name);
      expect(["charged", "pleaded", "convicted_at_trial", "sentenced"]).toContain(d.stage);
      const pv = d.pleaOrVerdictDate;
      expect(pv === null || isDay(pv) || isMonth(pv), `pleaOrVerdictDate ${pv}`).toBe(true);
      expect(d.sentenceDate === null || isDay(d.sentenceDate), `sentenceDate ${d.sentenceDate}`).toBe(true);
      // A date taken from the release date needs one, and falls on or before it.
      for (const [date, fromRelease] of [[pv, d.pleaOrVerdictDateYearFromRelease], [d.sentenceDate, d.sentenceDateYearFromRelease]] as const) {
        expect(typeof fromRelease).toBe("boolean");
        if (fromRelease) {
          expect(date, d.name).not.toBeNull();
          expect(fx.releaseDate, d.name).not.toBeNull();
          expect(date! <= fx.releaseDate!, `${date} after ${fx.releaseDate}`).toBe(true);
        }
      }
      // Only a sentence has a term; a life sentence has no months; a charge has no outcome date.
      if (d.stage !== "sentenced") expect([d.sentenceDate, d.prisonMonths, d.life]).toEqual([null, null, false]);
      if (d.stage === "charged") expect(pv).toBeNull();
      if (d.life) expect(d.prisonMonths).toBeNull();
      expect(d.prisonMonths === null || (Number.isInteger(d.prisonMonths) && d.prisonMonths > 0)).toBe(true);
      for (const statute of d.statutes) expect(statute).toMatch(/^\d+ U\.S\.C\. § \d+[A-Za-z]?(\(\w+\))*$/);
    }
  });
});
