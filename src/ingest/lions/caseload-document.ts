import { caseloadAgency } from "../../graph/caseload-agencies.ts";
import type { CaseloadCaseOutcome, CaseloadConviction } from "../../graph/caseload.ts";
import type { Subsection } from "./shared-statutes.ts";

/**
 * A caseload release as a seed document: the records the rules derived (src/graph/caseload.ts)
 * written as facts like any other, each citing the release, with the table and row keys as
 * the locator. The importer validates and writes it in one transaction; the document is the
 * truth about its records, so loading it again writes nothing and a record a newer load no
 * longer holds is removed. Each release is self-contained: its ids carry the release's name,
 * so two releases holding the same case write two sets of records, and the conviction keeps
 * its caseloadKey, the same in every release, by which the newest one is found.
 */
export interface ReleaseSource {
  /** A short name for the release, e.g. "FY2018" or the first zip's name. */
  name: string;
  /** The period it covers: FY2018 or 2024-09 (src/graph/caseload-period.ts). */
  period: string;
  files: { name: string; sha256: string }[];
  /** yyyy-mm-dd: the day it was loaded. */
  loaded: string;
}

/** What the graph holds that the records refer to: district ids by LIONS code, the statute catalog, agency ids. */
export interface CatalogContext {
  districtIds: ReadonlyMap<string, string>;
  /** The catalog's statutes (the seed's), without the subsections caseload releases added. */
  statutes: ReadonlyMap<string, { title: string; section: string; categories: string[] }>;
  agencies: ReadonlySet<string>;
}

export interface CaseloadDocument {
  content: Record<string, unknown[]>;
  /** The subsections the catalog lacks that its charges name: they go into the shared document of every release's subsections (shared-statutes.ts). */
  subsections: Subsection[];
  /** The caseloadKey of every conviction written. */
  keys: string[];
  /** Convictions not written, and why: a lead agency the graph cannot name, say. Listed in the load report. */
  notWritten: { conviction: string; reason: string }[];
}

/** The case's filing date: the earliest of its convictions' (each its deciding count's court-history row), when any has one. */
const filedOf = (convictions: readonly CaseloadConviction[]) => {
  const dates = convictions.flatMap((c) => (c.filed === null ? [] : [c.filed])).sort();
  return dates.length === 0 ? {} : { filed: dates[0] };
};
/** The source id of a release: one per release name. */
export const releaseSourceId = (name: string) => `src-caseload-${slug(name)}`;

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

export function caseloadDocument(release: ReleaseSource, outcomes: readonly (CaseloadCaseOutcome & { programs: readonly string[] })[], catalog: CatalogContext): CaseloadDocument {
  const source = releaseSourceId(release.name);
  const cite = (locator: string, supports: string) => [{ source, locator, supports }];
  const records: Record<string, unknown[]> = {
    sources: [
      {
        id: source,
        kind: "statistical_report",
        publisher: "Executive Office for U.S. Attorneys",
        title: `National Caseload Data, release ${release.name}, period ${release.period}`,
        url: null,
        published: "unknown",
        retrieved: release.loaded,
        files: release.files,
        period: release.period,
        notes: "Case-management data of the U.S. Attorneys' offices, names withheld; loaded with npm run ingest:lions.",
      },
    ],
    investigations: [],
    prosecutions: [],
    defendants: [],
    charges: [],
    convictions: [],
    sentences: [],
  };
  const notWritten: CaseloadDocument["notWritten"] = [];
  const subsections = new Map<string, Subsection>();
  const keys: string[] = [];

  for (const outcome of outcomes) {
    const key = `${outcome.district} ${outcome.caseId}`;
    const caseSlug = `caseload-${slug(release.name)}-${slug(outcome.district)}-${slug(outcome.caseId)}`;
    const lead = outcome.convictions[0]?.leadAgency ?? null;
    const leadAgency = lead === null ? undefined : caseloadAgency(lead);
    if (outcome.convictions.length === 0) continue;
    if (leadAgency === undefined || leadAgency.kind === "unknown" || !catalog.agencies.has(leadAgency.agencyId)) {
      for (const c of outcome.convictions) {
        notWritten.push({ conviction: `${key} participant ${c.participantId}`, reason: lead === null ? "the case has no investigating agency" : `lead agency code ${lead} names no agency of the graph` });
      }
      continue;
    }
    const partners = outcome.convictions[0]!.partnerAgencies.map(caseloadAgency).flatMap((a) => (a.kind !== "unknown" && catalog.agencies.has(a.agencyId) ? [a.agencyId] : []));
    records.investigations!.push({
      id: `inv-${caseSlug}`,
      title: `Investigation of caseload case ${key}`,
      summary: "As the U.S. Attorneys' caseload data record it; the release names no one.",
      leadAgency: leadAgency.agencyId,
      partnerAgencies: [...new Set(partners)],
      sources: cite(`GS_PARTICIPANT, district ${outcome.district}, case ${outcome.caseId}, role IN`, `The investigating agencies, by code; the lowest participant id leads.`),
    });
    records.prosecutions!.push({
      id: `pros-${caseSlug}`,
      title: `Caseload case ${key}`,
      investigation: `inv-${caseSlug}`,
      district: catalog.districtIds.get(outcome.district) ?? null,
      programs: outcome.programs,
      ...filedOf(outcome.convictions),
      sources: cite(`GS_CASE, district ${outcome.district}, case ${outcome.caseId}`, "The case, in its district."),
    });
    for (const c of outcome.convictions) writeConviction(c, caseSlug, key);
  }

  function writeConviction(c: CaseloadConviction, caseSlug: string, key: string) {
    const id = `${caseSlug}-${c.participantId}`;
    const locator = `GS_PART_COUNT, district ${c.district}, case ${c.caseId}, participant ${c.participantId}, counts ${c.countIds.join(", ")}`;
    records.defendants!.push({
      id: `def-${id}`,
      prosecution: `pros-${caseSlug}`,
      anonymousLabel: `participant ${c.participantId} of caseload case ${key}`,
      sources: cite(`GS_PARTICIPANT, district ${c.district}, case ${c.caseId}, participant ${c.participantId}`, "A criminal defendant of the case; the release withholds the name."),
    });
    const stage = c.how === "plea" ? "convicted_plea" : c.how === "other" ? "convicted" : "convicted_trial";
    const charges = c.statutes.map((s) => {
      const section = catalog.statutes.get(s.sectionId);
      // A subsection the catalog lacks is added under its section, with its heading and families.
      if (!catalog.statutes.has(s.statuteId) && section !== undefined && s.subsection !== null) {
        subsections.set(s.statuteId, { id: s.statuteId, section: s.citation, title: section.title, subsection: s.subsection, categories: section.categories, releases: [source] });
      }
      const statute = catalog.statutes.has(s.statuteId) || subsections.has(s.statuteId) ? s.statuteId : null;
      return {
        id: `charge-${id}-${slug(s.statuteId)}`,
        defendant: `def-${id}`,
        description: s.citation,
        statute: statute === null ? null : { basis: "stated", statute },
        stage,
        sources: cite(locator, `Guilty on a count under ${s.citation}.`),
      };
    });
    // A charge the rules could not read keeps its words, with no statute: listed, never dropped.
    charges.push(
      ...c.unparsedCharges.map((words, i) => ({
        id: `charge-${id}-unread-${i + 1}`,
        defendant: `def-${id}`,
        description: words,
        statute: null,
        stage,
        sources: cite(locator, `Guilty on a count charged as "${words}".`),
      })),
    );
    records.charges!.push(...charges);
    const caseloadKey = `${c.district} ${c.caseId} ${c.participantId}`;
    keys.push(caseloadKey);
    records.convictions!.push({
      id: `conv-${id}`,
      defendant: `def-${id}`,
      charges: charges.map((x) => x.id),
      method: c.how === "plea" ? "plea" : c.how === "other" ? "unknown" : "trial",
      ...(c.how === "jury" || c.how === "bench" ? { trialBy: c.how } : {}),
      date: c.date ?? "unknown",
      evidenceTier: "counted",
      caseloadKey,
      sources: cite(locator, `Guilty (${c.how}); the earliest guilty count's date dates it.`),
    });
    if (c.sentence !== null) {
      records.sentences!.push({
        id: `sent-${id}`,
        defendant: `def-${id}`,
        conviction: `conv-${id}`,
        date: c.sentence.date ?? "unknown",
        prison: c.sentence.prison.kind === "months" ? c.sentence.prison.months : c.sentence.prison.kind,
        supervisedRelease: "unknown",
        restitutionUsd: null,
        sources: cite(`GS_SENTENCE, district ${c.district}, case ${c.caseId}, participant ${c.participantId}`, "The sentence on or after the conviction."),
      });
    }
  }

  return { content: Object.fromEntries(Object.entries(records).filter(([, list]) => list.length > 0)), subsections: [...subsections.values()], keys, notWritten };
}
