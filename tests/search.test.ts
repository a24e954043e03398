import fc from "fast-check";
import neo4j from "neo4j-driver";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttpServer, type RunningHttpServer } from "../src/api/http-server.ts";
import { allRows, defineQuery } from "../src/db/query.ts";
import { SearchTextError } from "../src/errors.ts";
import { importDocuments } from "../src/ingest/import-seed.ts";
import { testDriver, testIdPrefix } from "./helpers/db.ts";

// Search through the API over a few synthetic names that hold Lucene's operator words and
// punctuation: exact answers by hand, then random Lucene syntax that must never fail inside.
const { driver, database, db } = testDriver();
const p = testIdPrefix();
let server: RunningHttpServer;
const runs = 600;

const cite = [{ source: `${p}src`, locator: "paragraph 1", supports: "Synthetic support." }];
const defendants = {
  d3: "Synthetic defendant AND 3",
  d4: "Synthetic defendant OR 4",
  d5: "Synthetic defendant NOT 5",
  d6: 'Synthetic defendant "six" (6)',
  d7: "Synthetic defendant foo-bar 7",
};
const document = {
  file: `synthetic/${p}search`,
  content: {
    sources: [
      {
        id: `${p}src`,
        kind: "press_release",
        publisher: "Synthetic Publisher",
        title: "Synthetic release",
        url: `https://example.org/${p}release`,
        published: "2024-06-01",
        retrieved: "2026-11-26",
      },
    ],
    agencies: [{ id: `${p}agency`, name: "Synthetic agency", kind: "department", sources: cite }],
    investigations: [{ id: `${p}investigation`, title: "Synthetic investigation", summary: "Synthetic.", leadAgency: `${p}agency`, sources: cite }],
    // Prosecutions are not in the fulltext index: this title is never a hit.
    prosecutions: [{ id: `${p}prosecution`, title: "Synthetic prosecution AND", investigation: `${p}investigation`, district: null, sources: cite }],
    defendants: Object.entries(defendants).map(([key, name]) => ({ id: `${p}${key}`, prosecution: `${p}prosecution`, name, sources: cite })),
  },
};

interface Answer {
  status: number;
  data?: { search: { id: string; label: string; summary: string; score: number }[] } | null;
  errors?: { message: string; extensions?: { code?: string; argument?: string } }[];
}

async function search(text: string, first = 20): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "query Search($text: String!, $first: Int) { search(text: $text, first: $first) { id label summary score } }", variables: { text, first } }),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer, "status">) };
}

/** The ids found, without the prefix; fails on any error. */
async function found(text: string): Promise<string[]> {
  const answer = await search(text);
  expect(answer.errors, text).toBeUndefined();
  return answer.data!.search.map((hit) => hit.id.slice(p.length));
}

/** The message a text is refused with; fails unless it is refused as BAD_USER_INPUT on "text". */
async function refusal(text: string): Promise<string> {
  const answer = await search(text);
  expect(answer.data, text.slice(0, 40)).toBeNull();
  expect(answer.errors?.map((e) => e.extensions)).toEqual([{ code: "BAD_USER_INPUT", argument: "text" }]);
  return answer.errors![0]!.message;
}

beforeAll(async () => {
  await importDocuments([document], { db });
  server = await startHttpServer({ db, host: "127.0.0.1", port: 0 });
});
afterAll(async () => {
  await server.stop();
  await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p }, { database });
  await driver.close();
});

describe("search, every word a plain word", () => {
  it("finds the operator words as words, in any case", async () => {
    expect(await found("AND")).toEqual(["d3"]);
    expect(await found("and")).toEqual(["d3"]);
    expect(await found("OR")).toEqual(["d4"]);
    expect(await found("NOT")).toEqual(["d5"]);
    expect((await found("AND OR NOT")).sort()).toEqual(["d3", "d4", "d5"]);
  });

  it("matches any of the words, the names holding more of them first", async () => {
    // "NOT" is a word, not an exclusion: d5 holds both words and comes first.
    const hits = await found("NOT defendant");
    expect(hits[0]).toBe("d5");
    expect(hits.sort()).toEqual(["d3", "d4", "d5", "d6", "d7"]);
  });

  it("reads quotes, wildcards, fields and brackets as text", async () => {
    expect((await found('"Synthetic')).sort()).toEqual(["agency", "d3", "d4", "d5", "d6", "d7", "investigation", "src"]);
    expect((await found("defendant*")).sort()).toEqual(["d3", "d4", "d5", "d6", "d7"]);
    expect(await found("Synth*")).toEqual([]); // no wildcard: "synth" is no word of any name
    expect(await found("name:AND")).toEqual([]); // no field: "name:and" is one word, in no name
    expect(await found('"six"')).toEqual(["d6"]);
    expect(await found("(6)")).toEqual(["d6"]);
    expect((await found("[6 TO 7]")).sort()).toEqual(["d6", "d7"]); // no range: the words 6, to and 7
  });

  it("finds a word joined by punctuation only where its parts stand side by side", async () => {
    expect(await found("foo-bar")).toEqual(["d7"]);
    expect(await found("bar-foo")).toEqual([]);
  });

  it("refuses a text with no letter or digit, and one over 500 characters, saying why", async () => {
    const noWord = "The search text has no letter or digit, so it holds no word to search for.";
    expect(await refusal("")).toBe(noWord);
    expect(await refusal("   ")).toBe(noWord);
    expect(await refusal("*** && || ! ( ) \\")).toBe(noWord);
    expect(await refusal("a".repeat(501))).toBe("The search text is 501 characters long; a search takes at most 500.");
    expect(await found(`AND${" ".repeat(497)}`)).toEqual(["d3"]);
    // The largest text a request can carry: the body's limit is 1,000,000 bytes.
    expect(await refusal("a".repeat(999_000))).toBe("The search text is 999000 characters long; a search takes at most 500.");
  });
});

describe("a fulltext query the index cannot parse, should one reach it", () => {
  const raw = defineQuery("facts/search", allRows(z.object({ label: z.string(), props: z.looseObject({ id: z.string() }), score: z.number() })));

  it("fails as SearchTextError with Lucene's reason, which the API answers as BAD_USER_INPUT", async () => {
    await expect(db.read(raw, { text: "AND", first: neo4j.int(5) })).rejects.toThrow(
      new SearchTextError('The fulltext index could not read the search text (ParseException: Encountered " <AND> "AND "" at line 1, column 0.).'),
    );
    const words = Array.from({ length: 600 }, (_, i) => `w${i}`).join(" ");
    await expect(db.read(raw, { text: words, first: neo4j.int(5) })).rejects.toThrow(
      new SearchTextError("The fulltext index could not read the search text (IndexSearcher$TooManyClauses: maxClauseCount is set to 1024)."),
    );
  });
});

// Lucene's syntax in pieces, with text, unicode and odd code points between them.
const luceneFragments = [
  "AND", "OR", "NOT", "TO", "and", "&&", "||", "!", "+", "-", '"', "'", "~", "~2", "*", "?", "(", ")", "[", "]", "{", "}",
  "^", "^3", ":", "\\", "/", "name:", "title:", "*:*", "Synthetic", "defendant", "foo-bar", "3", "é", "東京", "٣", "😀",
  "\u0000", "\u200b", "\ud800", "\u3000", " ", "\t", "\n",
];
const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...luceneFragments), weight: 6 },
  { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }), weight: 1 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 8 }), weight: 1 },
);
const pieces = fc.tuple(fc.array(piece, { maxLength: 40 }), fc.constantFrom("", " ")).map(([parts, glue]) => parts.join(glue));
// Near the 500-character limit, and far past it (240,000 characters keep the request under its
// 1 MB limit even when JSON doubles every character or UTF-8 takes three bytes for it).
const long = fc
  .tuple(fc.constantFrom("AND ", "a", "\\", '"', "x y ", "*", "OR(", "东京"), fc.oneof(fc.integer({ min: 480, max: 520 }), fc.integer({ min: 521, max: 240_000 })))
  .map(([fragment, length]) => fragment.repeat(Math.ceil(length / fragment.length)).slice(0, length));
const texts = fc.oneof({ arbitrary: pieces, weight: 8 }, { arbitrary: long, weight: 1 });

describe("search, given random Lucene syntax", () => {
  it(`answers a list of hits, or BAD_USER_INPUT saying why, never an internal error (${runs} texts)`, async () => {
    const labels = ["Agency", "District", "Investigation", "Defendant", "Statute", "OffenseCategory", "Source", "Claim"];
    const tally = { answered: 0, hits: 0, refused: 0, long: 0 };
    await fc.assert(
      fc.asyncProperty(texts, fc.integer({ min: 1, max: 100 }), async (text, first) => {
        const answer = await search(text, first);
        expect(answer.status).toBe(200);
        const length = [...text].length;
        if (length > 500) tally.long += 1;
        // The rule, restated: refused exactly when the text is too long or has no letter or digit.
        const refusable = length > 500 || !/[\p{L}\p{N}]/u.test(text);
        if (answer.errors !== undefined) {
          expect(refusable, JSON.stringify(text.slice(0, 80))).toBe(true);
          expect(answer.errors.map((e) => e.extensions)).toEqual([{ code: "BAD_USER_INPUT", argument: "text" }]);
          expect(answer.errors[0]!.message).toMatch(/^The search text (has no letter or digit|is \d+ characters long)/);
          tally.refused += 1;
          return;
        }
        expect(refusable, JSON.stringify(text.slice(0, 80))).toBe(false);
        const hits = answer.data!.search;
        expect(hits.length).toBeLessThanOrEqual(first);
        for (const hit of hits) {
          expect(labels).toContain(hit.label);
          expect(hit.summary.length).toBeGreaterThan(0);
          expect(hit.score).toBeGreaterThan(0);
        }
        expect(hits.map((h) => h.score)).toEqual(hits.map((h) => h.score).sort((a, b) => b - a));
        tally.answered += 1;
        tally.hits += hits.length;
      }),
      { numRuns: runs, seed: 20261127 },
    );
    console.log(`search properties: ${JSON.stringify(tally)}`);
    expect(tally.answered + tally.refused).toBe(runs);
    // The runs reach both outcomes, hits among the answers, and texts past the limit.
    expect(Math.min(tally.answered, tally.refused, tally.hits, tally.long)).toBeGreaterThan(0);
  }, 600_000);
});
