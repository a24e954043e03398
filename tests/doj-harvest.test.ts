import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DojFetchError } from "../src/errors.ts";
import { harvestReleases, pageUrl, type HarvestOptions } from "../src/ingest/doj/harvest.ts";
import { termCache } from "../src/ingest/doj/harvest-cache.ts";
import { requestSpacing } from "../src/ingest/doj/rate-limit.ts";
import { readReleaseFiles } from "../src/ingest/doj/release-file.ts";
import { cleanEnv, runCli } from "./helpers/cli.ts";
import { daysBefore, startDojApi, syntheticRelease, testClock } from "./helpers/doj-api.ts";

// Synthetic release n is dated n - 1 days before 2025-06-30, so the newest first is 1, 2, 3 …
// By hand: n = 30 is 2025-06-01, n = 31 is 05-31, n = 50 is 05-12, n = 60 is 05-02, n = 61 is
// 05-01, n = 91 is 04-01, n = 92 is 03-31, n = 100 is 03-23, n = 120 is 03-03.
const newest = "2025-06-30";
const releases = (from: number, to: number, title?: (n: number) => string) =>
  Array.from({ length: to - from + 1 }, (_, i) => syntheticRelease(from + i, daysBefore(newest, from + i - 1), title?.(from + i)));
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

let api: Awaited<ReturnType<typeof startDojApi>>;
let cacheDir: string;
let progress: string[];
const harvest = (overrides: Partial<HarvestOptions> = {}) =>
  harvestReleases({ apiUrl: api.url, cacheDir, since: "2025-01-01", titleTerms: [], attempts: 6, clock: testClock(), progress: (line) => progress.push(line), ...overrides });
const numbers = (entries: { release: { uuid: string } }[]) => entries.map((e) => Number(e.release.uuid.slice(-12))).sort((a, b) => a - b);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

beforeEach(async () => {
  cacheDir = await mkdtemp(path.join(tmpdir(), "doj-cache-"));
  progress = [];
});
afterEach(async () => {
  await api?.close();
  await rm(cacheDir, { recursive: true, force: true });
});

describe("harvesting the DOJ press-release API", () => {
  it("pages the newest first, 50 a page, to the end, one progress line a page, 250 ms apart", async () => {
    api = await startDojApi(releases(1, 120));
    const clock = testClock();
    const result = await harvest({ clock });
    expect(api.seen).toEqual(["|0", "|1", "|2"]);
    expect(numbers(result.entries)).toEqual(range(1, 120));
    expect(result).toMatchObject({ requests: 3, beforeSince: 0, inSeveralTerms: 0, terms: [{ term: null, pages: 3, fromCache: 0, releases: 120 }] });
    expect(progress).toEqual([
      "[every release] page 0 (fetched): 50 releases so far, oldest 2025-05-12",
      "[every release] page 1 (fetched): 100 releases so far, oldest 2025-03-23",
      "[every release] page 2 (fetched): 120 releases so far, oldest 2025-03-03",
    ]);
    // By hand: the first request waits for nothing, each later one for 1000 / 4 ms.
    expect(clock.waits).toEqual([250, 250]);
    expect(pageUrl(api.url, "child", 2)).toBe(`${api.url}?parameters%5Btitle%5D=child&sort=date&direction=DESC&pagesize=50&page=2`);
  });

  it("stops at the first page whose oldest release is before --since, and leaves the older ones out", async () => {
    api = await startDojApi(releases(1, 120));
    const result = await harvest({ since: "2025-05-02" });
    // Page 0's oldest is 05-12, page 1's 03-23: page 2 is never asked for.
    expect(api.seen).toEqual(["|0", "|1"]);
    expect(numbers(result.entries)).toEqual(range(1, 60));
    expect(result.beforeSince).toBe(40);
    expect(await termCache(cacheDir, api.url, null).readCursor()).toEqual({ term: null, since: "2025-05-02", nextPage: 2, complete: true, updated: "2025-07-01T00:00:00.250Z" });
  });

  it("waits as a 429's Retry-After says, then goes on", async () => {
    api = await startDojApi(releases(1, 10));
    api.fail(null, 0, { status: 429, retryAfter: "3" });
    const clock = testClock();
    const result = await harvest({ clock });
    expect(api.seen).toEqual(["|0", "|0"]);
    expect(result.entries).toHaveLength(10);
    expect(clock.waits).toEqual([3000]);
    expect(progress[0]).toBe("  HTTP 429 Too Many Requests; trying again in 3 s (attempt 2 of 6)");
  });

  it("backs off 1 s, then 2 s, after two 500s", async () => {
    api = await startDojApi(releases(1, 10));
    api.fail(null, 0, { status: 500 }, { status: 500 });
    const clock = testClock();
    await harvest({ clock });
    expect(api.seen).toEqual(["|0", "|0", "|0"]);
    expect(clock.waits).toEqual([1000, 2000]);
    expect(progress.slice(0, 2)).toEqual([
      "  HTTP 500 Internal Server Error; trying again in 1 s (attempt 2 of 6)",
      "  HTTP 500 Internal Server Error; trying again in 2 s (attempt 3 of 6)",
    ]);
  });

  it("tries again when a page arrives cut off, whether the response ends or the connection drops", async () => {
    api = await startDojApi(releases(1, 10));
    api.fail(null, 0, { truncated: true }, { cut: true });
    const clock = testClock();
    const result = await harvest({ clock });
    expect(api.seen).toEqual(["|0", "|0", "|0"]);
    expect(result.entries).toHaveLength(10);
    expect(clock.waits).toEqual([1000, 2000]);
    expect(progress[0]).toMatch(/^ {2}HTTP 200 OK with a body that is not JSON \(.+, \d+ characters\); trying again in 1 s \(attempt 2 of 6\)$/);
    expect(progress[1]).toMatch(/^ {2}no complete answer \(.+\); trying again in 2 s \(attempt 3 of 6\)$/);
  });

  it("gives up on a page that keeps failing, naming it, and a rerun resumes at that page", async () => {
    api = await startDojApi(releases(1, 120));
    api.failForever(null, 2);
    const failed = harvest({ attempts: 3 });
    await expect(failed).rejects.toThrow(DojFetchError);
    await expect(failed).rejects.toThrow(
      `Gave up on ${pageUrl(api.url, null, 2)} after 3 attempts; the last: HTTP 500 Internal Server Error.\n` +
        `The cursor (${termCache(cacheDir, api.url, null).cursorFile}) is at page 2: run the same command again to resume there.`,
    );
    expect(api.seen).toEqual(["|0", "|1", "|2", "|2", "|2"]);
    expect(await termCache(cacheDir, api.url, null).readCursor()).toMatchObject({ since: "2025-01-01", nextPage: 2, complete: false });

    api.recover();
    api.seen.length = 0;
    progress = [];
    const resumed = await harvest({ attempts: 3 });
    // The first page afresh, page 1 from the cache, then the page that failed.
    expect(api.seen).toEqual(["|0", "|2"]);
    expect(progress[0]).toBe(`[every release] resuming at page 2; the pages before it are read from the cache (${termCache(cacheDir, api.url, null).dir})`);
    expect(progress[2]).toBe("[every release] page 1 (cache): 100 releases so far, oldest 2025-03-23");
    expect(numbers(resumed.entries)).toEqual(range(1, 120));
    expect(await termCache(cacheDir, api.url, null).readCursor()).toMatchObject({ nextPage: 3, complete: true });
  });

  it("reads the cache on a rerun: only each term's first page is fetched again", async () => {
    api = await startDojApi(releases(1, 120));
    await harvest();
    api.seen.length = 0;
    const again = await harvest();
    expect(api.seen).toEqual(["|0"]);
    expect(again.terms).toEqual([{ term: null, pages: 3, fromCache: 2, releases: 120 }]);
    expect(numbers(again.entries)).toEqual(range(1, 120));
  });

  it("loses no release when newer ones push the cached pages down, by less or more than a page", async () => {
    api = await startDojApi(releases(1, 120));
    await harvest();
    // Five newer releases: page 0 now holds them and releases 1 to 45; 46 to 50 are on page 1,
    // whose cached copy starts at 51. The replaced copy of page 0 still holds them.
    api.add(...Array.from({ length: 5 }, (_, i) => syntheticRelease(1001 + i, daysBefore("2025-07-05", i))));
    api.seen.length = 0;
    const five = await harvest();
    expect(api.seen).toEqual(["|0"]);
    expect(numbers(five.entries)).toEqual([...range(1, 120), ...range(1001, 1005)]);

    // Sixty more: page 0 holds only new releases, so page 1 is fetched afresh too, and page 2 read from the cache.
    api.add(...Array.from({ length: 60 }, (_, i) => syntheticRelease(2001 + i, "2025-07-06")));
    api.seen.length = 0;
    const sixty = await harvest();
    expect(api.seen).toEqual(["|0", "|1"]);
    expect(numbers(sixty.entries)).toEqual([...range(1, 120), ...range(1001, 1005), ...range(2001, 2060)]);
    expect((await readdir(termCache(cacheDir, api.url, null).dir)).sort()).toEqual([
      "cursor.json",
      "page-0000.json",
      "page-0000.replaced-1.json",
      "page-0000.replaced-2.json",
      "page-0001.json",
      "page-0001.replaced-1.json",
      "page-0002.json",
    ]);
  });

  it("queries each title term on its own and keeps a release found by several once, by uuid", async () => {
    // By hand, of 1 to 120: 60 are even, 40 a multiple of 3, 20 both (multiples of 6): 80 in all.
    api = await startDojApi(releases(1, 120, (n) => `Synthetic release ${n}${n % 2 === 0 ? " even" : ""}${n % 3 === 0 ? " triple" : ""}`));
    const result = await harvest({ titleTerms: ["even", "triple"] });
    expect(api.seen).toEqual(["even|0", "even|1", "triple|0"]);
    expect(result.terms).toEqual([
      { term: "even", pages: 2, fromCache: 0, releases: 60 },
      { term: "triple", pages: 1, fromCache: 0, releases: 40 },
    ]);
    expect(result.inSeveralTerms).toBe(20);
    expect(numbers(result.entries)).toEqual(range(1, 120).filter((n) => n % 2 === 0 || n % 3 === 0));
  });

  it("refuses a page that does not hold press releases, naming the URL, the record and the field", async () => {
    api = await startDojApi([{ ...syntheticRelease(1, newest), date: "yesterday" }]);
    await expect(harvest()).rejects.toThrow(`${pageUrl(api.url, null, 0)}: results[0].date: must be epoch seconds (a whole number, or its digits in a string), not "yesterday"`);
  });
});

describe("the request spacing", () => {
  it("keeps requests 250 ms apart, start to start, and waits for nothing once that has passed", async () => {
    const clock = testClock(0);
    const spacing = requestSpacing(clock);
    await spacing.wait(); // at 0
    await clock.sleep(100);
    await spacing.wait(); // at 100: 150 more
    await clock.sleep(1000);
    await spacing.wait(); // 1000 after: none
    await spacing.wait(); // at once: 250
    expect(clock.waits).toEqual([100, 150, 1000, 250]);
  });
});

describe("npm run ingest:doj", () => {
  it("harvests into --out, merges with what it held, and reads the file back", async () => {
    api = await startDojApi(releases(1, 60));
    const out = path.join(cacheDir, "releases.json");
    const env = cleanEnv({ DOJ_API_URL: api.url, DOJ_CACHE_DIR: path.join(cacheDir, "cache") });
    const first = runCli("ingest-doj", env, ["--fetch", "--since", "2025-05-02", "--out", out]);
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain("[every release] page 1 (fetched): 60 releases so far, oldest 2025-05-02");
    expect(first.stdout()).toContain(`Wrote ${out}: 60 releases.`);

    api.add(syntheticRelease(61, "2025-07-01"));
    const second = runCli("ingest-doj", env, ["--fetch", "--since", "2025-06-30", "--out", out]);
    expect(await second.exited).toBe(0);
    // By hand: 61 and 1 are dated 06-30 or later; the other 59 were in the file.
    expect(second.stdout()).toContain(`Wrote ${out}: 61 releases (59 releases it held before that this harvest did not find).`);

    const read = await readReleaseFiles([out]);
    expect(read.releases).toHaveLength(61);
    expect(read.releases[0]).toMatchObject({ uuid: uuid(61), date: "2025-07-01" });
    expect(JSON.parse(await readFile(out, "utf8")).metadata.harvest).toMatchObject({ from: api.url, since: "2025-06-30", titleTerms: [] });

    const report = runCli("ingest-doj", env, ["--summary", out]);
    expect(await report.exited).toBe(0);
    expect(report.stdout()).toBe(
      [
        "Read 1 file: 61 releases; 0 duplicates (same uuid) left out.",
        "  Dated 2025-05-02 to 2025-07-01; 0 undated.",
        "  Components (a release counts under each of its own; 0 have none):",
        "        61  Synthetic Component A",
        "",
      ].join("\n"),
    );
  });

  it("gives every problem with its arguments at once", async () => {
    const run = runCli("ingest-doj", cleanEnv({}), ["--fetch", "--since", "2025-13-01", "--title-terms", " , ", "--format", "xml", "a.json"]);
    expect(await run.exited).toBe(1);
    expect(run.output()).toBe(
      [
        "Error: 4 problems with the arguments; nothing was read:",
        '  --format must be text or json, not "xml"',
        '  --since must be a day written yyyy-mm-dd, not "2025-13-01"',
        "  --title-terms holds no term: give words separated by commas, or leave it out for every release",
        "  --fetch reads no files; a.json would be ignored",
        "",
      ].join("\n"),
    );
  });
});
