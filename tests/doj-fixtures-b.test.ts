import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../src/paths.ts";

// Share "b" of the labelled DOJ release set (tests/fixtures/doj-releases/README.md): releases and
// news reports that are not seed sources. These checks hold each hand-made file to the format and
// to the label rules a machine can check, so that a slip (a day that is not on the calendar, a
// district the catalog lacks, an endsAt that is not where the text stops) fails here, not in the
// extractor's tests. They read files only; no database is involved.

interface Defendant {
  name: string;
  stage: string;
  pleaOrVerdictDate: string | null;
  pleaOrVerdictDateYearFromRelease: boolean;
  sentenceDate: string | null;
  sentenceDateYearFromRelease: boolean;
  prisonMonths: number | null;
  life: boolean;
  statutes: string[];
}
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
interface IndexEntry {
  file: string;
  url: string;
  kind: string;
  traps: string[];
}

const dir = path.join(projectRoot, "tests/fixtures/doj-releases");
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as T;
const files = readdirSync(dir).filter((f) => /^b-.+\.json$/.test(f)).sort();
const fixtures = files.map((file) => ({ file, fx: readJson<Fixture>(file) }));
const index = readJson<IndexEntry[]>("index-b.json");

const catalog = (parse(readFileSync(path.join(projectRoot, "seed/reference/districts.yaml"), "utf8")) as { districts: { id: string; dojComponent: string | null }[] }).districts;
const componentOf = new Map(catalog.map((d) => [d.id, d.dojComponent]));

const fixtureKeys = ["component", "endsAt", "kind", "labels", "language", "notes", "redactions", "releaseDate", "text", "title", "truncated", "url"];
const defendantKeys = ["life", "name", "pleaOrVerdictDate", "pleaOrVerdictDateYearFromRelease", "prisonMonths", "sentenceDate", "sentenceDateYearFromRelease", "stage", "statutes"];

/** A real calendar day written yyyy-mm-dd (2023-02-30 is not one). */
function isDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === value;
}
const isMonth = (value: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/** The same page however its address is written (scheme, www., a trailing slash). */
const pageKey = (url: string) => url.replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\/$/, "").toLowerCase();

/** Every `url:` value anywhere in a parsed YAML document. */
function urlsIn(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(urlsIn);
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) => (key === "url" && typeof value === "string" ? [value] : urlsIn(value)));
}

describe("the labelled DOJ releases, share b", () => {
  it("holds at least 32 pages at distinct addresses, each listed once in index-b.json with its URL, kind and traps", () => {
    expect(files.length).toBeGreaterThanOrEqual(32);
    expect(index.map((e) => e.file).sort()).toEqual(files);
    for (const { file, fx } of fixtures) {
      const entry = index.find((e) => e.file === file)!;
      expect([entry.url, entry.kind], file).toEqual([fx.url, fx.kind]);
      expect(entry.traps.length, file).toBeGreaterThan(0);
    }
    expect(new Set(fixtures.map(({ fx }) => pageKey(fx.url))).size).toBe(files.length);
  });

  it("takes no seed case's source and no page another share holds", () => {
    const seedDir = path.join(projectRoot, "seed/cases");
    const seedPages = new Set(readdirSync(seedDir).flatMap((f) => urlsIn(parse(readFileSync(path.join(seedDir, f), "utf8")))).map(pageKey));
    const otherShares = new Set(
      readdirSync(dir)
        .filter((f) => f.endsWith(".json") && !f.startsWith("b-") && !f.startsWith("index-"))
        .map((f) => pageKey(readJson<Fixture>(f).url)),
    );
    expect(seedPages.size).toBeGreaterThan(0);
    expect(fixtures.filter(({ fx }) => seedPages.has(pageKey(fx.url)) || otherShares.has(pageKey(fx.url))).map(({ file }) => file)).toEqual([]);
  });

  it("has the traps the brief asks for, in at least the numbers it asks", () => {
    const tagged = (trap: string) => index.filter((e) => e.traps.includes(trap)).length;
    const labelled = (test: (fx: Fixture) => boolean) => fixtures.filter(({ fx }) => test(fx)).length;
    // Counted from the labels where the labels can show it, else from the hand-set trap tags.
    expect(labelled((fx) => fx.language === "es" && fx.kind === "news")).toBeGreaterThanOrEqual(6);
    expect(labelled((fx) => !fx.labels.hsiCredited && fx.labels.agencies.some((a) => /\bFBI\b|Federal Bureau of Investigation/.test(a.name)))).toBeGreaterThanOrEqual(5);
    expect(tagged("fbi-led")).toBeGreaterThanOrEqual(5);
    expect(labelled((fx) => fx.labels.defendants.length > 0 && fx.labels.defendants.every((d) => d.stage === "charged"))).toBeGreaterThanOrEqual(5);
    expect(tagged("several-defendants")).toBeGreaterThanOrEqual(5);
    expect(labelled((fx) => fx.labels.defendants.length > 1)).toBeGreaterThanOrEqual(5);
    expect(tagged("date-without-year")).toBeGreaterThanOrEqual(5);
    expect(labelled((fx) => fx.labels.defendants.some((d) => d.life))).toBeGreaterThanOrEqual(3);
  });

  it.each(fixtures)("$file has the fixture format", ({ file, fx }) => {
    expect(Object.keys(fx).sort(), file).toEqual(fixtureKeys);
    expect(["press_release", "news"]).toContain(fx.kind);
    expect(["en", "es"]).toContain(fx.language);
    expect(fx.url).toMatch(/^https?:\/\/\S+$/);
    expect(fx.title === null || (fx.title.length > 0 && fx.text.includes(fx.title)), "a title is one the text shows").toBe(true);
    expect(fx.releaseDate === null || isDay(fx.releaseDate), `releaseDate ${fx.releaseDate}`).toBe(true);
    expect(fx.component === null || fx.component.startsWith("USAO - ")).toBe(true);
    expect(typeof fx.truncated).toBe("boolean");
    expect(fx.notes.length).toBeGreaterThan(0);
    // A redaction is said, and shows in the text.
    expect(fx.redactions === null || fx.text.includes("[redacted]")).toBe(true);
  });

  it.each(fixtures)("$file: endsAt is the last 8 to 12 words of the text", ({ fx }) => {
    expect(fx.text.trimEnd().endsWith(fx.endsAt)).toBe(true);
    const words = fx.endsAt.trim().split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(8);
    expect(words).toBeLessThanOrEqual(12);
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
    expect(fx.labels.agencies.filter((a) => a.role === "lead").length, "at most one lead").toBeLessThanOrEqual(1);
    for (const d of fx.labels.defendants) {
      expect(Object.keys(d).sort(), d.name).toEqual(defendantKeys);
      // As printed: every word of the name is in the text (a shared surname may be printed once).
      for (const word of d.name.split(" ")) expect(fx.text, `${d.name}: ${word}`).toContain(word);
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
      // Only a sentence has a term and a sentencing day; a life sentence has no months; a charge has no plea or verdict.
      if (d.stage !== "sentenced") expect([d.sentenceDate, d.prisonMonths, d.life]).toEqual([null, null, false]);
      if (d.stage === "charged") expect(pv).toBeNull();
      if (d.life) expect(d.prisonMonths).toBeNull();
      expect(d.prisonMonths === null || (Number.isInteger(d.prisonMonths) && d.prisonMonths > 0)).toBe(true);
      for (const statute of d.statutes) expect(statute).toMatch(/^\d+ U\.S\.C\. § \d+[A-Za-z]?(\(\w+\))*$/);
    }
  });
});
