import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readReleaseFiles } from "../src/ingest/doj/release-file.ts";
import { ImportValidationError } from "../src/ingest/problems.ts";
import { noonUtc, syntheticRelease } from "./helpers/doj-api.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "doj-files-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes `content` (JSON unless a string) as dir/name and returns its path. */
async function file(name: string, content: unknown): Promise<string> {
  const at = path.join(dir, name);
  await writeFile(at, typeof content === "string" ? content : JSON.stringify(content));
  return at;
}
const page = (...results: unknown[]) => ({ metadata: { resultset: { count: String(results.length) } }, results });

describe("reading API v1 files", () => {
  it("reads each field as the API writes it, in its several forms", async () => {
    const a = await file(
      "a.json",
      page(
        {
          ...syntheticRelease(1, "2025-03-01"),
          // The API documentation's own example: 1723032000 is 2024-08-07T12:00:00Z.
          date: "1723032000",
          changed: '<time datetime="2024-08-07T22:45:53+00:00">1723070753</time>\n',
          component: [{ uuid: "x", name: "Synthetic Component B" }, { name: "Synthetic Component A" }],
          topic: [{ uuid: "y", name: "Synthetic Topic" }],
        },
        {
          ...syntheticRelease(2, "2025-03-01"),
          date: 1740830400, // a number; by hand 2025-03-01T12:00:00Z
          url: "/synthetic/pr/release-2",
          component: "",
          topic: '<a href="/taxonomy/term/1" hreflang="en">Synthetic &amp; Topic</a>, <a href="/taxonomy/term/2">Other Topic</a>',
          changed: null,
        },
        { ...syntheticRelease(3, "2025-03-01"), date: "", component: null, topic: null },
      ),
    );
    const read = await readReleaseFiles([a]);
    expect(read.releases).toEqual([
      {
        uuid: "00000000-0000-4000-8000-000000000001",
        title: "Synthetic release 1",
        bodyHtml: "<p>Synthetic body 1.</p>",
        url: "https://example.org/synthetic-1",
        date: "2024-08-07",
        component: "Synthetic Component B",
        components: ["Synthetic Component B", "Synthetic Component A"],
        topics: ["Synthetic Topic"],
        changed: 1723070753,
        file: a,
      },
      {
        uuid: "00000000-0000-4000-8000-000000000002",
        title: "Synthetic release 2",
        bodyHtml: "<p>Synthetic body 2.</p>",
        url: "https://www.justice.gov/synthetic/pr/release-2",
        date: "2025-03-01",
        component: null,
        components: [],
        topics: ["Synthetic & Topic", "Other Topic"],
        changed: null,
        file: a,
      },
      expect.objectContaining({ uuid: "00000000-0000-4000-8000-000000000003", date: null, component: null, topics: [] }),
    ]);
    expect(read).toMatchObject({ records: 3, duplicates: 0 });
  });

  it("lists every problem of every file, with the record index and field, and returns nothing", async () => {
    const withoutUuid: Record<string, unknown> = syntheticRelease(2, "2025-03-01");
    delete withoutUuid.uuid;
    const a = await file(
      "a.json",
      page(syntheticRelease(1, "2025-03-01"), withoutUuid, { ...syntheticRelease(3, "2025-03-01"), date: "yesterday" }, { ...syntheticRelease(4, "2025-03-01"), body: 42 }, "not a release"),
    );
    const b = await file("b.json", '{"metadata": {}, "results": [');
    const c = await file("c.json", { metadata: {} });
    const d = await file("d.json", page({ ...syntheticRelease(5, "2025-03-01"), component: [{ uuid: "x" }], url: 7 }));
    const missing = path.join(dir, "missing.json");

    const reading = readReleaseFiles([a, b, c, d, missing]);
    await expect(reading).rejects.toThrow(ImportValidationError);
    const error = (await reading.catch((e: unknown) => e)) as ImportValidationError;
    expect(error.message.replace(/is not JSON: .*/, "is not JSON: (the parser's message)")).toBe(
      [
        "9 problems in the input; nothing was written.",
        `  ${a}: results[1].uuid: missing (required)`,
        `  ${a}: results[2].date: must be epoch seconds (a whole number, or its digits in a string), not "yesterday"`,
        `  ${a}: results[3].body: must be a string (the release's HTML), not number 42`,
        `  ${a}: results[4]: must be an object (one press release)`,
        `  ${b}: is not JSON: (the parser's message)`,
        `  ${c}: results: missing (required)`,
        `  ${d}: results[0].url: must be a string, not number 7`,
        `  ${d}: results[0].component: component must be a list of objects with a name, "" or null`,
        `  ${missing}: cannot be read: ENOENT`,
      ].join("\n"),
    );
  });

  it("keeps a release held by several files once: the later `changed` wins, else the first read", async () => {
    const release = (n: number, title: string, changed?: string) => ({ ...syntheticRelease(n, "2025-03-01", title), changed: changed === undefined ? undefined : noonUtc(changed) });
    const a = await file("a.json", page(release(1, "first copy", "2025-03-01"), release(2, "first copy"), release(3, "first copy", "2025-03-05")));
    const b = await file("b.json", page(release(1, "edited copy", "2025-03-02"), release(2, "second copy", "2025-03-09"), release(3, "older copy", "2025-03-04"), release(3, "third copy")));
    const read = await readReleaseFiles([a, b]);
    expect(read.releases.map((r) => [r.uuid.slice(-1), r.title, r.file === a ? "a" : "b"])).toEqual([
      ["1", "edited copy", "b"],
      ["2", "first copy", "a"], // the first has no `changed`: the first read is kept
      ["3", "first copy", "a"],
    ]);
    // By hand: 7 records, 3 releases.
    expect(read).toMatchObject({ records: 7, duplicates: 4 });
  });
});
