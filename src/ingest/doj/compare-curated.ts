import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { seedFileSchema, type SeedFile } from "../seed-schema.ts";
import { agencyKey } from "./agency-key.ts";
import type { DistrictNames } from "./district-of-release.ts";
import { extractRelease, type ExtractedRelease } from "./extract-release.ts";
import type { ReleaseStage } from "./stage-in-sentence.ts";

/** A stored page the extractor can read: a labelled fixture, matched to a seed source by its URL. */
export interface StoredPage {
  id: string;
  url: string;
  text: string;
  releaseDate: string | null;
  component: string | null;
  language: "en" | "es";
}

/** A curated case as its seed file holds it. */
export interface CuratedCase {
  /** The file's name without .yaml, e.g. "wdark-patrick". */
  id: string;
  seed: SeedFile;
}

/** What the comparison needs besides the cases: the names of every agency and the sections of every statute in the seed. */
export interface SeedCatalogs {
  agencyNames: ReadonlyMap<string, string>;
  statuteSections: ReadonlyMap<string, string>;
  districts: readonly DistrictNames[];
}

export const comparedFields = ["district", "defendant", "stage", "pleaOrVerdictDate", "sentenceDate", "prison", "statutes", "agencies"] as const;
export type ComparedField = (typeof comparedFields)[number];

/** One fact on which a curated case and the extractor, reading the same page, differ. */
export interface Disagreement {
  case: string;
  /** The labelled page's id (the fixture's file name). */
  page: string;
  field: ComparedField;
  /** The defendant's name as curated (or as extracted, for a defendant only the extractor names); null for release-wide facts. */
  defendant: string | null;
  curated: string | null;
  extracted: string | null;
}

export interface CuratedComparison {
  /** Each seed source whose page is stored, and the page. */
  compared: { case: string; source: string; page: string }[];
  /** Each press-release source of a seed case whose page is not among the stored pages. */
  notStored: { case: string; source: string; url: string | null }[];
  disagreements: Disagreement[];
}

/** Seed case files, read as the importer reads them (defaults filled in), and the agency and statute records of the whole seed folder. */
export function readSeed(seedDir: string, districts: readonly DistrictNames[]): { cases: CuratedCase[]; catalogs: SeedCatalogs } {
  const files = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".yaml"))
      .sort()
      .map((f) => ({ id: f.replace(/\.yaml$/, ""), seed: seedFileSchema.parse(parse(readFileSync(path.join(dir, f), "utf8"))) }));
  const cases = files(path.join(seedDir, "cases"));
  const all = [...cases, ...files(path.join(seedDir, "reference")), ...files(path.join(seedDir, "sources"))];
  const agencyNames = new Map(all.flatMap((f) => (f.seed.agencies ?? []).map((a) => [a.id, a.name] as const)));
  const statuteSections = new Map(all.flatMap((f) => (f.seed.statutes ?? []).map((s) => [s.id, s.section] as const)));
  return { cases, catalogs: { agencyNames, statuteSections, districts } };
}

/** The same page, whatever its scheme, "www." or trailing slash. */
export const pageKey = (url: string) => url.replace(/^https?:\/\/(?:www\.)?/i, "").replace(/\/$/, "").toLowerCase();

/**
 * The curated cases against the extractor: for each seed source whose page is stored, the
 * extractor reads the page and each fact that the case's records citing that source hold is
 * compared with what was extracted: the district, the defendants named, and for each the
 * stage, the plea or verdict date and the sentencing date (with whether the year came from the
 * release's date), the prison term, the statutes printed, and the agencies credited with their
 * roles. A fact of a record that does not cite the page is not compared: it was read elsewhere.
 */
export function compareCurated(cases: readonly CuratedCase[], pages: readonly StoredPage[], catalogs: SeedCatalogs): CuratedComparison {
  const byUrl = new Map(pages.map((p) => [pageKey(p.url), p]));
  const result: CuratedComparison = { compared: [], notStored: [], disagreements: [] };
  for (const c of cases) {
    for (const source of c.seed.sources ?? []) {
      const page = source.url === null ? undefined : byUrl.get(pageKey(source.url));
      if (page === undefined) {
        if (source.kind === "press_release") result.notStored.push({ case: c.id, source: source.id, url: source.url });
        continue;
      }
      result.compared.push({ case: c.id, source: source.id, page: page.id });
      const extracted = extractRelease(
        { uuid: null, url: page.url, title: null, body: { text: page.text }, date: page.releaseDate, component: page.component, language: page.language },
        catalogs.districts,
      );
      result.disagreements.push(...comparePage(c, source.id, page.id, extracted, catalogs));
    }
  }
  return result;
}

/** A name as printed, whatever its punctuation ("Alexander, Jr." and "Alexander Jr." are one). */
const nameKey = (name: string) => name.replace(/[.,]/g, "").replace(/\s+/g, " ").trim();
const stageRank = (stage: ReleaseStage) => ["charged", "pleaded", "convicted_at_trial", "sentenced"].indexOf(stage);
const chargeStage: Record<string, ReleaseStage | null> = { indicted: "charged", pending: "charged", convicted_plea: "pleaded", convicted_trial: "convicted_at_trial", convicted: null, acquitted: null, dismissed: null };
const methodStage: Record<string, ReleaseStage | null> = { plea: "pleaded", trial: "convicted_at_trial", unknown: null };

function comparePage(c: CuratedCase, source: string, page: string, extracted: ExtractedRelease, catalogs: SeedCatalogs): Disagreement[] {
  const out: Disagreement[] = [];
  const differ = (field: ComparedField, defendant: string | null, curated: string | null, got: string | null) => {
    if (curated !== got) out.push({ case: c.id, page, field, defendant, curated, extracted: got });
  };
  const cites = (record: { sources: { source: string }[] }) => record.sources.some((s) => s.source === source);
  const seed = c.seed;

  const prosecutions = (seed.prosecutions ?? []).filter(cites);
  if (prosecutions.length > 0) {
    // A district the curator read from a dateline is marked: the extractor never infers one.
    const districts = [...new Set(prosecutions.map((p) => p.district))].join(", ");
    const inferred = prosecutions.some((p) => p.districtInferred !== undefined);
    if (districts !== extracted.district) differ("district", null, inferred ? `${districts} (inferred)` : districts, extracted.district);
  }

  const investigations = (seed.investigations ?? []).filter(cites);
  if (investigations.length > 0) {
    const key = (id: string) => agencyKey(catalogs.agencyNames.get(id) ?? id);
    const curated = new Set(investigations.flatMap((i) => [`${key(i.leadAgency)}|lead`, ...i.partnerAgencies.map((p) => `${key(p)}|partner`)]));
    const got = new Set(extracted.agencies.map((a) => `${agencyKey(a.name)}|${a.role}`));
    for (const a of curated) if (!got.has(a)) differ("agencies", null, a, extracted.agencies.filter((e) => agencyKey(e.name) === a.split("|")[0]).map((e) => `${agencyKey(e.name)}|${e.role}`).join(", ") || null);
    // The seed records a lead and partners only: an agency extracted with an unknown role that the case does not record is no disagreement.
    for (const a of got) if (!curated.has(a) && !a.endsWith("|unknown") && ![...curated].some((x) => x.split("|")[0] === a.split("|")[0])) differ("agencies", null, null, a);
  }

  const surname = (name: string) => name.replace(/,?\s+(?:Jr\.|Sr\.|II|III|IV)$/, "").split(/\s+/).pop()!.toLowerCase();
  const defendants = (seed.defendants ?? []).filter(cites);
  const paired = new Set<number>();
  for (const d of defendants) {
    const name = d.name ?? d.anonymousLabel!;
    // The same name first, then the same surname (two brothers share one).
    const free = (i: number) => !paired.has(i) && !defendants.some((o) => o !== d && o.name !== undefined && nameKey(o.name) === nameKey(extracted.defendants[i]!.name));
    const exact = d.name === undefined ? -1 : extracted.defendants.findIndex((e, i) => !paired.has(i) && nameKey(e.name) === nameKey(d.name!));
    const index = exact !== -1 || d.name === undefined ? exact : extracted.defendants.findIndex((e, i) => free(i) && surname(e.name) === surname(d.name!));
    if (index === -1) {
      differ("defendant", name, name, null);
      continue;
    }
    paired.add(index);
    const e = extracted.defendants[index]!;
    if (nameKey(e.name) !== nameKey(d.name!)) differ("defendant", name, name, e.name);

    const charges = (seed.charges ?? []).filter((r) => r.defendant === d.id && cites(r));
    const convictions = (seed.convictions ?? []).filter((r) => r.defendant === d.id && cites(r));
    const sentences = (seed.sentences ?? []).filter((r) => r.defendant === d.id && cites(r));

    // The furthest stage the records citing this page give; "convicted" by an unnamed method gives none.
    const stages = [
      ...charges.map((r) => chargeStage[r.stage] ?? null),
      ...convictions.map((r) => methodStage[r.method] ?? null),
      ...sentences.map((): ReleaseStage => "sentenced"),
    ].filter((s): s is ReleaseStage => s !== null);
    if (stages.length > 0) {
      const top = stages.reduce((a, b) => (stageRank(b) > stageRank(a) ? b : a));
      differ("stage", name, top, e.stage);
    }

    const dated = (date: string, yearFromRelease: { source: string } | undefined) => (date === "unknown" ? null : yearFromRelease?.source === source ? `${date} (year from release)` : date);
    const shownDate = (date: string | null, fromRelease: boolean) => (date === null ? null : fromRelease ? `${date} (year from release)` : date);
    for (const r of convictions) differ("pleaOrVerdictDate", name, dated(r.date, r.yearFromRelease), shownDate(e.pleaOrVerdictDate, e.pleaOrVerdictDateYearFromRelease));
    for (const r of sentences) {
      differ("sentenceDate", name, dated(r.date, r.yearFromRelease), shownDate(e.sentenceDate, e.sentenceDateYearFromRelease));
      const prison = r.prison === "unknown" ? null : r.prison === "life" ? "life" : r.prison === "time_served" ? "time served" : `${r.prison} months`;
      differ("prison", name, prison, e.life ? "life" : e.prisonMonths === null ? null : `${e.prisonMonths} months`);
    }

    // Statutes: a section the case takes as stated must be printed (itself or a subsection of it);
    // a printed one the case has not stated is a disagreement too (inferred there, or missed).
    const section = (id: string) => catalogs.statuteSections.get(id) ?? id;
    const within = (printed: string, stated: string) => printed === stated || printed.startsWith(`${stated}(`) || stated.startsWith(`${printed}(`);
    const stated = charges.flatMap((r) => (r.statute?.basis === "stated" ? [section(r.statute.statute)] : []));
    const inferred = charges.flatMap((r) => (r.statute?.basis === "inferred" ? [section(r.statute.statute)] : []));
    for (const s of new Set(stated)) if (!e.statutes.some((p) => within(p, s))) differ("statutes", name, `${s} (stated)`, null);
    for (const p of e.statutes) {
      if (stated.some((s) => within(p, s))) continue;
      const asInferred = inferred.find((s) => within(p, s));
      differ("statutes", name, asInferred === undefined ? null : `${asInferred} (inferred)`, p);
    }
  }
  extracted.defendants.forEach((e, i) => {
    if (!paired.has(i)) differ("defendant", e.name, null, e.name);
  });
  return out;
}
