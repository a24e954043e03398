import { DojFetchError } from "../../errors.ts";
import { ImportValidationError } from "../problems.ts";
import { dedupeByUuid } from "./dedupe-releases.ts";
import { fetchJson } from "./fetch-json.ts";
import { termCache, type Cursor } from "./harvest-cache.ts";
import { requestSpacing, systemClock, type Clock } from "./rate-limit.ts";
import { readReleasePage, type ReleaseEntry, type ReleasePage } from "./release-page.ts";

/** The API's largest page. */
export const pageSize = 50;

export interface HarvestOptions {
  apiUrl: string;
  cacheDir: string;
  /** yyyy-mm-dd: paging stops at the first page whose oldest release is older. */
  since: string;
  /** One query per term (`parameters[title]`, the one filter the API honours); none: every release. */
  titleTerms: readonly string[];
  /** Tries per page (DOJ_FETCH_ATTEMPTS). */
  attempts: number;
  clock?: Clock;
  fetch?: typeof fetch;
  /** One line per page, and one per retry. */
  progress?: (line: string) => void;
}

export interface TermHarvest {
  term: string | null;
  /** Pages read this run, and of those how many came from the cache. */
  pages: number;
  fromCache: number;
  /** Releases of the term dated on or after --since, or undated. */
  releases: number;
}

export interface HarvestResult {
  /** One per uuid, over every term, dated on or after --since or undated (unknown is not before). */
  entries: ReleaseEntry[];
  terms: TermHarvest[];
  /** Releases that more than one term found (kept once). */
  inSeveralTerms: number;
  /** Releases read but dated before --since, left out. */
  beforeSince: number;
  /** HTTP requests made, retries included. */
  requests: number;
}

/** The API URL of one page of one term's query: the newest first. */
export function pageUrl(apiUrl: string, term: string | null, page: number): string {
  const url = new URL(apiUrl);
  if (term !== null) url.searchParams.set("parameters[title]", term);
  url.searchParams.set("sort", "date");
  url.searchParams.set("direction", "DESC");
  url.searchParams.set("pagesize", String(pageSize));
  url.searchParams.set("page", String(page));
  return url.toString();
}

/**
 * Harvests press releases from the justice.gov API v1, term by term, the newest first, down
 * to --since (docs/model.md, "DOJ press releases"). At most 4 requests a second; a page is
 * tried again on 429, 5xx or a cut-off body. Each page is kept in the cache, with the term's
 * cursor: a rerun fetches each term's first page afresh (newer releases arrive there) and
 * reads the rest from the cache, so a run that was stopped resumes where it stopped.
 */
export async function harvestReleases(options: HarvestOptions): Promise<HarvestResult> {
  const clock = options.clock ?? systemClock;
  const spacing = requestSpacing(clock);
  let requests = 0;
  const get = (url: string) =>
    fetchJson(url, {
      attempts: options.attempts,
      clock,
      fetch: options.fetch,
      progress: options.progress,
      beforeRequest: async () => {
        await spacing.wait();
        requests += 1;
      },
    });

  const terms: TermHarvest[] = [];
  const found: ReleaseEntry[] = [];
  const before = new Set<string>();
  for (const term of options.titleTerms.length > 0 ? options.titleTerms : [null]) {
    const harvested = await harvestTerm(term, options, clock, get);
    const kept: ReleaseEntry[] = [];
    for (const e of harvested.entries) {
      if (e.release.date === null || e.release.date >= options.since) kept.push(e);
      else before.add(e.release.uuid);
    }
    terms.push({ term, pages: harvested.pages, fromCache: harvested.fromCache, releases: kept.length });
    found.push(...kept);
  }
  const { entries, duplicates } = dedupeByUuid(found);
  return { entries, terms, inSeveralTerms: duplicates, beforeSince: before.size, requests };
}

async function harvestTerm(
  term: string | null,
  options: HarvestOptions,
  clock: Clock,
  get: (url: string) => Promise<unknown>,
): Promise<{ entries: ReleaseEntry[]; pages: number; fromCache: number }> {
  const label = term === null ? "[every release]" : `[${term}]`;
  const say = options.progress ?? (() => {});
  const cache = termCache(options.cacheDir, options.apiUrl, term);
  const previous = await cache.readCursor();
  // Pages before the cursor's are in the cache: the cursor only moves forward within one --since.
  const resumeAt = previous !== undefined && !previous.complete && previous.since === options.since ? previous.nextPage : 0;
  if (resumeAt > 0) say(`${label} resuming at page ${resumeAt}; the pages before it are read from the cache (${cache.dir})`);
  const cursor = (nextPage: number, complete: boolean): Cursor => ({ term, since: options.since, nextPage, complete, updated: new Date(clock.now()).toISOString() });

  await cache.writeCursor(cursor(resumeAt, false));

  const cached = await cache.pages();
  const known = new Set<string>();
  for (const { file, json } of cached.values()) for (const e of valid(readReleasePage(json, file)).entries) known.add(e.release.uuid);

  const seen = new Set<string>();
  let pages = 0;
  let fromCache = 0;
  let fetchAfresh = true; // the first page always
  for (let page = 0; ; page++) {
    let read: ReleasePage;
    const fetched = fetchAfresh || !cached.has(page);
    if (fetched) {
      const url = pageUrl(options.apiUrl, term, page);
      const json = await get(url).catch((error: unknown) => {
        if (!(error instanceof DojFetchError)) throw error;
        throw new DojFetchError(`${error.message}\nThe cursor (${cache.cursorFile}) is at page ${Math.max(resumeAt, page)}: run the same command again to resume there.`);
      });
      read = valid(readReleasePage(json, url));
      await cache.writePage(page, json);
      // Newer releases filled this whole page, so every cached page after it starts later than
      // it says: fetch the next one afresh too (the cached copies still count, below).
      fetchAfresh = known.size > 0 && read.entries.length > 0 && read.entries.every((e) => !known.has(e.release.uuid));
    } else {
      const { file, json } = cached.get(page)!;
      read = valid(readReleasePage(json, file));
      fromCache += 1;
    }
    pages += 1;
    for (const e of read.entries) seen.add(e.release.uuid);
    const oldest = read.entries.map((e) => e.release.date).filter((d) => d !== null).sort()[0];
    say(`${label} page ${page} (${fetched ? "fetched" : "cache"}): ${seen.size} release${seen.size === 1 ? "" : "s"} so far, oldest ${oldest ?? "(none dated)"}`);
    const last =
      read.entries.length < pageSize || (read.total !== undefined && (page + 1) * pageSize >= read.total) || (oldest !== undefined && oldest < options.since);
    await cache.writeCursor(cursor(last ? page + 1 : Math.max(resumeAt, page + 1), last));
    if (last) break;
  }

  // Every copy the cache holds, replaced ones included: an older copy of a page may be the only
  // one that holds a release newer ones pushed to a page this run did not read again.
  const all = await cache.allPages();
  const entries = dedupeByUuid(all.flatMap(({ file, json }) => valid(readReleasePage(json, file)).entries)).entries;
  return { entries, pages, fromCache };
}

function valid(page: ReleasePage): ReleasePage {
  if (page.problems.length > 0) throw new ImportValidationError(page.problems);
  return page;
}
