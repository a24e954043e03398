import { readFile, rename, writeFile } from "node:fs/promises";
import { ImportValidationError, type ImportProblem } from "../problems.ts";
import { dedupeByUuid } from "./dedupe-releases.ts";
import { readReleasePage, type ReleaseEntry } from "./release-page.ts";
import type { PressRelease, RawRecord } from "./release-record.ts";

export interface ReleaseFiles {
  /** One per uuid across all the files (dedupeByUuid), in the order first read. */
  entries: ReleaseEntry[];
  releases: PressRelease[];
  /** Records left out because a file read before, or a newer copy, holds the same uuid. */
  duplicates: number;
  /** Records read, duplicates included. */
  records: number;
}

/**
 * Reads files in the API v1 shape, `{metadata, results[]}`, as the API pages them and as
 * `ingest:doj --fetch` writes them. Every problem in every file is listed (file, record
 * index, field, why) and then nothing is returned: no file is read in part.
 */
export async function readReleaseFiles(paths: readonly string[]): Promise<ReleaseFiles> {
  const problems: ImportProblem[] = [];
  const read: ReleaseEntry[] = [];
  for (const file of paths) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      problems.push({ file, line: undefined, field: undefined, message: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      problems.push({ file, line: undefined, field: undefined, message: `is not JSON: ${(error as Error).message}` });
      continue;
    }
    const page = readReleasePage(json, file);
    problems.push(...page.problems);
    read.push(...page.entries);
  }
  if (problems.length > 0) throw new ImportValidationError(problems);
  const { entries, duplicates } = dedupeByUuid(read);
  return { entries, releases: entries.map((e) => e.release), duplicates, records: read.length };
}

/**
 * Writes records as one API v1 document that readReleaseFiles reads back: the newest first,
 * each as the API gave it. Written beside and renamed, so a stopped run leaves no half file.
 */
export async function writeReleaseFile(file: string, entries: readonly ReleaseEntry[], metadata: Record<string, unknown>): Promise<void> {
  const results: RawRecord[] = [...entries]
    .sort((a, b) => (b.release.date ?? "").localeCompare(a.release.date ?? "") || a.release.uuid.localeCompare(b.release.uuid))
    .map((e) => e.raw);
  const partial = `${file}.partial`;
  await writeFile(partial, `${JSON.stringify({ metadata: { ...metadata, resultset: { count: results.length } }, results }, null, 2)}\n`);
  await rename(partial, file);
}
