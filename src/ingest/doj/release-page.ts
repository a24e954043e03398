import { z } from "zod";
import { fieldPath, type ImportProblem } from "../problems.ts";
import { releaseRecordSchema, toRelease, type PressRelease, type RawRecord } from "./release-record.ts";

/** A release with the record it was read from. */
export interface ReleaseEntry {
  raw: RawRecord;
  release: PressRelease;
}

export interface ReleasePage {
  entries: ReleaseEntry[];
  /** `metadata.resultset.count`: how many releases the whole query has (the API writes it as a string). */
  total: number | undefined;
  problems: ImportProblem[];
}

const envelope = z.object({
  metadata: z.unknown().optional(),
  results: z.array(z.unknown(), { error: (issue) => (issue.input === undefined ? "missing (required)" : "must be a list of press releases") }),
});

const total = z.object({ resultset: z.object({ count: z.union([z.number(), z.string().regex(/^\d+$/)]) }) });

/**
 * Reads one API v1 document, `{metadata, results[]}`, as the API sends a page and as a harvest
 * writes its file. `file` names it in problems: a path or a URL. Every problem is listed, each
 * with the record's index and field; entries come only from valid records.
 */
export function readReleasePage(json: unknown, file: string): ReleasePage {
  const page = envelope.safeParse(json);
  if (!page.success) {
    const problems = page.error.issues.map((issue) => problem(file, issue.path, issue.message));
    return { entries: [], total: undefined, problems: problems.length > 0 ? problems : [problem(file, [], "must be an object")] };
  }
  const problems: ImportProblem[] = [];
  const entries: ReleaseEntry[] = [];
  for (const [index, raw] of page.data.results.entries()) {
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      problems.push(problem(file, ["results", index], "must be an object (one press release)"));
      continue;
    }
    const record = releaseRecordSchema.safeParse(raw);
    if (!record.success) {
      problems.push(...record.error.issues.map((issue) => problem(file, ["results", index, ...issue.path], issue.message)));
      continue;
    }
    entries.push({ raw: raw as RawRecord, release: toRelease(record.data, file) });
  }
  const count = total.safeParse(page.data.metadata);
  return { entries, total: count.success ? Number(count.data.resultset.count) : undefined, problems };
}

function problem(file: string, at: PropertyKey[], message: string): ImportProblem {
  return { file, line: undefined, field: at.length > 0 ? fieldPath(at) : undefined, message };
}
