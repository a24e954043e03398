import { createHash } from "node:crypto";
import { createReadStream, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { defineQuery, oneRow } from "../../db/query.ts";
import type { QueryRunner } from "../../db/query-runner.ts";
import { lionsDistrictIds } from "../../graph/caseload-districts.ts";
import { caseloadOutcome } from "../../graph/caseload.ts";
import { importDocuments, type ImportSummary } from "../import-seed.ts";
import { agencyCodeReport, type AgencyCodeReport } from "./agency-code-table.ts";
import { caseloadDocument, type CaseloadDocument } from "./caseload-document.ts";
import { checkRelease } from "./check-release.ts";
import { selectCases } from "./select-cases.ts";

const catalogQuery = defineQuery(
  "caseload/catalog",
  oneRow(
    z.object({
      districts: z.array(z.object({ id: z.string(), lionsCode: z.string() })),
      statutes: z.array(z.object({ id: z.string(), title: z.string(), section: z.string(), file: z.string().nullable(), categories: z.array(z.string()) })),
      agencies: z.array(z.string()),
    }),
  ),
);

/** The seed-format file name a release's records are kept under: loading it again replaces them. */
export const releaseFile = (name: string) => `caseload/${name}`;

export interface LoadResult {
  summary: ImportSummary;
  notWritten: CaseloadDocument["notWritten"];
  cases: number;
  /** Whose agency code table was used, the codes it cannot tie to our agencies, and where the release renames a code. */
  agencyCodes: AgencyCodeReport;
}

/**
 * Loads a release into the graph: checks its tables, selects the programs' cases, applies the
 * rules, and imports the records in one transaction (all or nothing), each citing the release
 * with its files' SHA-256. Loading the same release again writes nothing.
 */
export async function loadRelease(
  db: QueryRunner,
  paths: readonly string[],
  { name, programs, loaded, timeoutMs, progress = () => {} }: { name: string; programs: readonly string[] | "all"; loaded: string; timeoutMs?: number; progress?: (line: string) => void },
): Promise<LoadResult> {
  const checked = await checkRelease(paths, progress);
  const cases = await selectCases(paths, { programs }, progress);
  const catalog = await db.read(catalogQuery, {});
  const document = caseloadDocument(
    { name, loaded, files: await Promise.all(releaseFiles(paths).map(async (file) => ({ name: path.basename(file), sha256: await sha256(file) }))) },
    cases.map((c) => ({ ...caseloadOutcome(c), programs: c.programs })),
    {
      districtIds: lionsDistrictIds(catalog.districts),
      // A subsection this release added before is its own record: written again, not read as the catalog's.
      statutes: new Map(catalog.statutes.filter((s) => s.file !== releaseFile(name)).map((s) => [s.id, s])),
      agencies: new Set(catalog.agencies),
    },
  );
  const summary = await importDocuments([{ file: releaseFile(name), content: document.content }], { db, prune: true, progress, ...(timeoutMs === undefined ? {} : { timeoutMs }) });
  return { summary, notWritten: document.notWritten, cases: cases.length, agencyCodes: agencyCodeReport(checked.agencyCodes, cases) };
}

/** Removes a release's records, and so everything only it supports, in one transaction. */
export function removeRelease(db: QueryRunner, name: string, options: { timeoutMs?: number } = {}): Promise<ImportSummary> {
  return importDocuments([{ file: releaseFile(name), content: {} }], { db, prune: true, ...options });
}

/** The files a release was read from: its zips, or every file of its folder. */
function releaseFiles(paths: readonly string[]): string[] {
  return paths.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).sort().map((f) => path.join(p, f)) : [p]));
}

async function sha256(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
