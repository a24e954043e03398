import { createHash } from "node:crypto";
import { createReadStream, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { allRows, defineQuery, oneRow } from "../../db/query.ts";
import type { QueryRunner } from "../../db/query-runner.ts";
import { CaseloadLoadError } from "../../errors.ts";
import { refreshCandidateLinks } from "../../graph/candidate-links.ts";
import { lionsDistrictIds } from "../../graph/caseload-districts.ts";
import { periodEnd, releasePeriodHelp, releasePeriodPattern } from "../../graph/caseload-period.ts";
import { caseloadOutcome } from "../../graph/caseload.ts";
import { importDocuments, type ImportSummary } from "../import-seed.ts";
import { agencyCodeReport, type AgencyCodeReport } from "./agency-code-table.ts";
import { caseloadDocument, releaseSourceId, type CaseloadDocument } from "./caseload-document.ts";
import { checkRelease } from "./check-release.ts";
import { selectCases } from "./select-cases.ts";
import { sharedStatutes, statutesFile } from "./shared-statutes.ts";

const queries = {
  catalog: defineQuery(
    "caseload/catalog",
    oneRow(
      z.object({
        districts: z.array(z.object({ id: z.string(), lionsCode: z.string() })),
        statutes: z.array(z.object({ id: z.string(), title: z.string(), section: z.string(), file: z.string().nullable(), categories: z.array(z.string()) })),
        agencies: z.array(z.string()),
      }),
    ),
  ),
  loadedReleases: defineQuery("caseload/loaded_releases", allRows(z.object({ file: z.string(), id: z.string(), period: z.string().nullable() }))),
  releaseKeys: defineQuery("caseload/release_keys", allRows(z.object({ key: z.string() }))),
  otherSubsections: defineQuery(
    "caseload/subsections_of_other_releases",
    allRows(z.object({ id: z.string(), section: z.string(), title: z.string(), subsection: z.string(), categories: z.array(z.string()), releases: z.array(z.string()) })),
  ),
  supersede: defineQuery("caseload/supersede_older_convictions", allRows(z.object({ file: z.string(), wasCurrent: z.boolean(), isCurrent: z.boolean(), convictions: z.number() }))),
  standing: defineQuery("caseload/release_standing", allRows(z.object({ newer: z.string().nullable(), convictions: z.number() }))),
};

/** The seed-format file name a release's records are kept under: loading it again replaces them. */
export const releaseFile = (name: string) => `caseload/${name}`;
const releaseOf = (file: string) => file.slice("caseload/".length);

export interface LoadResult {
  summary: ImportSummary;
  notWritten: CaseloadDocument["notWritten"];
  cases: number;
  /** Whose agency code table was used, the codes it cannot tie to our agencies, and where the release renames a code. */
  agencyCodes: AgencyCodeReport;
  /** The release's convictions no newer loaded release holds (by caseloadKey): the ones counted. */
  current: number;
  /** Its convictions that are history, by the newer release that holds the same key. */
  history: { release: string; convictions: number }[];
  /** Convictions of older releases that were current and that this load made history. */
  madeHistory: number;
}

export interface RemoveResult {
  summary: ImportSummary;
  /** Convictions of other releases that were history and are current again. */
  becameCurrent: number;
}

/**
 * Loads a release into the graph: checks its tables, selects the programs' cases, applies the
 * rules, and imports the records in one transaction (all or nothing), each citing the release
 * with its files' SHA-256, together with the shared statute subsections and, for every key the
 * release touches, which release's conviction is current. Loading the same release again
 * writes nothing. Refused before anything is read when the graph holds a release it cannot be
 * ordered against (docs/model.md, Caseload data).
 */
export async function loadRelease(
  db: QueryRunner,
  paths: readonly string[],
  {
    name,
    period,
    programs,
    loaded,
    timeoutMs,
    progress = () => {},
  }: { name: string; period: string; programs: readonly string[] | "all"; loaded: string; timeoutMs?: number; progress?: (line: string) => void },
): Promise<LoadResult> {
  const file = releaseFile(name);
  const problems = [...nameProblems(name), ...(releasePeriodPattern.test(period) ? [] : [`period "${period}" must be ${releasePeriodHelp}`])];
  if (problems.length === 0) problems.push(...besideLoaded(name, period, await db.read(queries.loadedReleases, {})));
  if (problems.length > 0) throw new CaseloadLoadError(`The release "${name}" cannot be loaded`, problems);

  const checked = await checkRelease(paths, progress);
  const cases = await selectCases(paths, { programs }, progress);
  const catalog = await db.read(queries.catalog, {});
  const document = caseloadDocument(
    { name, period, loaded, files: await Promise.all(releaseFiles(paths).map(async (f) => ({ name: path.basename(f), sha256: await sha256(f) }))) },
    cases.map((c) => ({ ...caseloadOutcome(c), programs: c.programs })),
    {
      districtIds: lionsDistrictIds(catalog.districts),
      // The catalog is the seed's: the subsections releases added are shared-statutes.ts's to rewrite.
      statutes: new Map(catalog.statutes.filter((s) => !s.file?.startsWith("caseload/")).map((s) => [s.id, s])),
      agencies: new Set(catalog.agencies),
    },
  );
  const others = await db.read(queries.otherSubsections, { file, statutesFile });
  const keys = [...document.keys, ...(await db.read(queries.releaseKeys, { file })).map((r) => r.key)];
  const { summary, standings } = await importWithHistory(
    db,
    [
      { file, content: document.content },
      { file: statutesFile, content: sharedStatutes([...others, ...document.subsections]) },
    ],
    keys,
    { progress, timeoutMs },
  );
  const standing = await db.read(queries.standing, { file });
  return {
    summary,
    notWritten: document.notWritten,
    cases: cases.length,
    agencyCodes: agencyCodeReport(checked.agencyCodes, cases),
    current: standing.find((s) => s.newer === null)?.convictions ?? 0,
    history: standing.flatMap((s) => (s.newer === null ? [] : [{ release: releaseOf(s.newer), convictions: s.convictions }])),
    madeHistory: sum(standings.filter((s) => s.file !== file && s.wasCurrent && !s.isCurrent)),
  };
}

/**
 * Removes a release's records, and so everything only it supports, in one transaction, with
 * the shared subsections only it used; the convictions of other releases that it held as
 * history become current again.
 */
export async function removeRelease(db: QueryRunner, name: string, { timeoutMs }: { timeoutMs?: number } = {}): Promise<RemoveResult> {
  const file = releaseFile(name);
  const problems = nameProblems(name);
  if (problems.length === 0) {
    // A name that is not loaded is refused, never "removed" with nothing to show for it.
    const loaded = (await db.read(queries.loadedReleases, {})).map((r) => releaseOf(r.file));
    if (!loaded.includes(name)) problems.push(`no release named "${name}" is loaded; ${loaded.length === 0 ? "none is" : `the loaded releases: ${loaded.join(", ")}`}`);
  }
  if (problems.length > 0) throw new CaseloadLoadError(`"${name}" cannot be removed`, problems);
  const others = await db.read(queries.otherSubsections, { file, statutesFile });
  const keys = (await db.read(queries.releaseKeys, { file })).map((r) => r.key);
  const { summary, standings } = await importWithHistory(
    db,
    [
      { file, content: {} },
      { file: statutesFile, content: sharedStatutes(others) },
    ],
    keys,
    { timeoutMs },
  );
  return { summary, becameCurrent: sum(standings.filter((s) => !s.wasCurrent && s.isCurrent)) };
}

/**
 * Imports the documents and derives, in the same transaction, which conviction is current for
 * every caseload key given (cypher/caseload/supersede_older_convictions.cypher); returns how
 * the standings changed, by release file.
 */
async function importWithHistory(
  db: QueryRunner,
  documents: { file: string; content: unknown }[],
  keys: string[],
  { progress, timeoutMs }: { progress?: (line: string) => void; timeoutMs?: number | undefined },
) {
  let standings: { file: string; wasCurrent: boolean; isCurrent: boolean; convictions: number }[] = [];
  const summary = await importDocuments(documents, {
    db,
    prune: true,
    ...(progress === undefined ? {} : { progress }),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    afterWrite: async (tx) => {
      // Started afresh: the driver may run the transaction again after a transient error.
      standings = [];
      const unique = [...new Set(keys)];
      // In batches, as the importer writes, so that each statement sorts and collects little.
      for (let i = 0; i < unique.length; i += keyBatch) standings.push(...(await tx.run(queries.supersede, { keys: unique.slice(i, i + keyBatch) })));
      // Candidate links go to current convictions only: drawn again when a standing changed.
      if (standings.some((s) => s.wasCurrent !== s.isCurrent)) await refreshCandidateLinks(tx);
    },
  });
  return { summary, standings };
}

/** A name whose document would be the shared subsections' is not a release's. */
function nameProblems(name: string): string[] {
  return releaseFile(name) === statutesFile ? [`"${name}" is the name of the document of shared statute subsections, not of a release`] : [];
}

/**
 * Why the release cannot be loaded beside those in the graph: another name that gives the same
 * ids, a release without a period (loaded before releases had one), or a period that ends on
 * the same day as another release's (FY2024 and 2024-09 both end on 30 September 2024), so
 * that neither would be the newer.
 */
function besideLoaded(name: string, period: string, loaded: { file: string; id: string; period: string | null }[]): string[] {
  const end = periodEnd(period);
  return loaded.flatMap((other) => {
    const otherName = releaseOf(other.file);
    if (otherName === name) return [];
    if (other.id === releaseSourceId(name)) return [`the name "${name}" gives the same ids as the loaded release "${otherName}": load it under that name, or another`];
    if (other.period === null) return [`the release "${otherName}" was loaded before releases had a period: remove it (--remove ${otherName}) and load it again with --period`];
    if (periodEnd(other.period) === end) {
      return [
        `the release "${otherName}" is loaded with period ${other.period}, which ends on ${end} as ${period} does, so neither would be newer: to replace it, load this one with --name ${otherName}, or remove it first (--remove ${otherName})`,
      ];
    }
    return [];
  });
}

const keyBatch = 5_000;
const sum = (rows: { convictions: number }[]) => rows.reduce((total, r) => total + r.convictions, 0);

/** The files a release was read from: its zips, or every file of its folder. */
function releaseFiles(paths: readonly string[]): string[] {
  return paths.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).sort().map((f) => path.join(p, f)) : [p]));
}

async function sha256(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
