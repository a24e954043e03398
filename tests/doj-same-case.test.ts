import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { isPath, type Node } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listCandidates } from "../src/graph/release-candidates.ts";
import { storeCandidates } from "../src/ingest/doj/release-review.ts";
import { listSameCaseLinks } from "../src/graph/same-case-review.ts";
import { tally } from "../src/graph/tally.ts";
import { cleanEnv, runCli } from "./helpers/cli.ts";
import { testDriver } from "./helpers/db.ts";
import { noonUtc, syntheticRelease } from "./helpers/doj-api.ts";
import { readSavedQuery } from "./helpers/saved-query.ts";
import { loadSeed, removeSeed } from "./helpers/seed-data.ts";

// One defendant's indictment, plea and sentencing releases become one case only through
// same-case links a reviewer accepts: drawn by npm run ingest:doj with their evidence, judged
// with npm run review, kept through reading the releases again, and undone by a rejection.
// All synthetic: "Synthetic Defendant" names, example.org URLs, uuids ...0000000002xx.

const { driver, database, db } = testDriver();
const neo4j = inject("neo4j");
const env = cleanEnv({ NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database });

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const release = (n: number, day: string, title: string, body: string, component = "USAO - Texas, Southern") => ({
  ...syntheticRelease(n, day, title),
  body,
  date: noonUtc(day),
  component: [{ name: component }],
});

const indicted = `rc-${uuid(201)}-synthetic-defendant-twenty`;
const pleaded = `rc-${uuid(202)}-synthetic-defendant-twenty`;
const sentenced = `rc-${uuid(203)}-synthetic-defendant-q-twenty`;
const elsewhere = `rc-${uuid(204)}-synthetic-defendant-twenty`;
const indictedPleaded = `${indicted}~${pleaded}`;
const indictedSentenced = `${indicted}~${sentenced}`;
const pleadedSentenced = `${pleaded}~${sentenced}`;
const ours = [201, 202, 203, 204].map(uuid);
/** What this file's candidates' ids, and so its links' ids, start with. */
const prefix = `rc-${uuid(200).slice(0, -2)}`;
const ourLinks = async (status: "open" | "accepted" | "rejected" | null = null) => (await listSameCaseLinks(db, status)).filter((l) => l.id.startsWith(prefix));

/**
 * In S.D. Tex., HSI Houston credited: "Synthetic Defendant Twenty" indicted (release
 * 2024-03-05, § 2251(a) printed), pleaded guilty on June 3 (release 2024-06-20, production of
 * child pornography in words), and, as "Synthetic Defendant Q. Twenty", sentenced on October 8
 * to 180 months (release 2024-10-10). And one of the same name who pleaded guilty in W.D. Tex.
 */
function releasesFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "doj-same-case-"));
  const file = path.join(dir, "releases.json");
  const credit = "<p>Homeland Security Investigations (HSI) Houston investigated the case.</p>";
  const results = [
    release(201, "2024-03-05", "Synthetic Defendant Twenty indicted", `<p>HOUSTON – Synthetic Defendant Twenty, 45, of Houston, was indicted on a charge of production of child pornography, in violation of 18 U.S.C. § 2251(a).</p>${credit}`),
    release(202, "2024-06-20", "Synthetic Defendant Twenty pleads guilty", `<p>HOUSTON – Synthetic Defendant Twenty, 45, of Houston, pleaded guilty on June 3 to production of child pornography.</p>${credit}`),
    release(203, "2024-10-10", "Synthetic Defendant Q. Twenty sentenced", `<p>HOUSTON – Synthetic Defendant Q. Twenty, 45, of Houston, was sentenced on October 8 to 180 months in federal prison for production of child pornography.</p>${credit}`),
    release(204, "2024-07-01", "Synthetic Defendant Twenty pleads guilty", "<p>SAN ANTONIO – Synthetic Defendant Twenty, 33, of San Antonio, pleaded guilty on June 24 to production of child pornography.</p><p>HSI San Antonio investigated the case.</p>", "USAO - Texas, Western"),
  ];
  writeFileSync(file, JSON.stringify({ metadata: { resultset: { count: results.length } }, results }));
  return file;
}

const question = { agency: "hsi", window: { since: "2024-01-01", until: "2024-12-31" }, statutes: null, categories: null };
const inWindow = async () => (await tally(db, question))!.convictionsInWindow;

/** Removes exactly what this file creates: its releases' candidates (the reviewed facts rewritten without them) and their judgements. */
const clean = async () => {
  await storeCandidates(db, [], ours);
  await driver.executeQuery(
    "MATCH (j) WHERE (j:CandidateJudgement AND j.candidate STARTS WITH $prefix) OR (j:SameCaseJudgement AND j.link STARTS WITH $prefix) DETACH DELETE j",
    { prefix },
    { database },
  );
};

const review = async (...args: string[]) => {
  const run = runCli("review", env, args);
  expect(await run.exited, run.output()).toBe(0);
  return run.stdout();
};
const as = ["--as", "Synthetic reviewer"];

let file: string;
let before: number;
beforeAll(async () => {
  await loadSeed(db);
  await clean();
  file = releasesFile();
  before = await inWindow();
});
afterAll(async () => {
  await clean();
  await removeSeed(driver, database);
  await driver.close();
});

describe("one defendant's releases, linked into one case", () => {
  it("are drawn as same-case links with their evidence, none across districts", async () => {
    const run = runCli("ingest-doj", env, [file]);
    expect(await run.exited, run.output()).toBe(0);
    const list = await review("list");
    // By hand: three releases in S.D. Tex. make three pairs; the W.D. Tex. one pairs with none.
    expect(list).toContain("3 same-case links open.");
    expect(list).toContain(
      [
        `${indictedPleaded} [open]`,
        `  Synthetic Defendant Twenty (charged, release 2024-03-05) ~ Synthetic Defendant Twenty (pleaded, release 2024-06-20): the same name`,
        // By hand: § 2251(a) printed, and production of child pornography read as § 2251: one section.
        "  district sd-tex; statutes 18-usc-2251 on both sides (inferred from the charge words on a side); plea or verdict not given ~ 2024-06-03; sentenced not given ~ not given",
        `  candidates ${indicted} [open], ${pleaded} [open]`,
      ].join("\n"),
    );
    expect(list).toContain(
      [
        `${pleadedSentenced} [open]`,
        `  Synthetic Defendant Twenty (pleaded, release 2024-06-20) ~ Synthetic Defendant Q. Twenty (sentenced, release 2024-10-10): the same name but for a middle name or initial on one side only ("q", in the later release)`,
        "  district sd-tex; statutes 18-usc-2251 on both sides (inferred from the charge words on a side); plea or verdict 2024-06-03 ~ not given; sentenced not given ~ 2024-10-08",
      ].join("\n"),
    );
    expect(list).toContain(`${indictedSentenced} [open]`);
    expect(list).not.toContain(`${elsewhere}~`);
    expect(list).not.toContain(`~${elsewhere}`);
  });

  it("count as separate cases until a reviewer accepts the links", async () => {
    for (const id of [indicted, pleaded, sentenced]) await review("accept", id, ...as, "--why", "Synthetic: the release says so.");
    // By hand: the indictment is a charge, not a conviction; the plea and the sentence are one each.
    expect(await inWindow()).toBe(before + 2);
  });

  it("are one case, one conviction, once the two links are accepted, citing each release for what it gave", async () => {
    expect(await review("accept", indictedPleaded, ...as, "--why", "Synthetic: same name, district and charge.")).toContain(`${indictedPleaded}: accepted by Synthetic reviewer at `);
    await review("accept", pleadedSentenced, ...as, "--why", "Synthetic: the sentencing release adds a middle initial.");
    expect(await inWindow()).toBe(before + 1);

    // The case takes its ids from the earliest release's candidate.
    const key = indicted.slice(3);
    const cites = async (id: string) =>
      (
        await driver.executeQuery(
          "MATCH (n:Entity {id: $id})-[c:CITES]->(s:Source) RETURN s.id AS source, c.supports AS supports, n.date AS date, n.method AS method, toString(toInteger(n.prisonMonths)) AS prison ORDER BY supports",
          { id },
          { database },
        )
      ).records.map((r) => r.toObject());
    const src = (n: number) => `src-doj-${uuid(n)}`;
    expect(await cites(`conv-${key}`)).toEqual([
      { source: src(202), supports: "How: a guilty plea.", date: "2024-06-03", method: "plea", prison: null },
      { source: src(203), supports: "The defendant was sentenced, so convicted.", date: "2024-06-03", method: "plea", prison: null },
      { source: src(202), supports: "The plea or verdict date, 2024-06-03.", date: "2024-06-03", method: "plea", prison: null },
    ]);
    expect(await cites(`sent-${key}`)).toEqual([
      { source: src(203), supports: "The sentence: 180 months in prison.", date: "2024-10-08", method: null, prison: "180" },
      { source: src(203), supports: "The sentencing date, 2024-10-08.", date: "2024-10-08", method: null, prison: "180" },
    ]);
    expect((await cites(`def-${key}`)).map((c) => c.source).sort()).toEqual([src(201), src(202), src(203)]);
  });

  it("keep their judgements when the releases are read again", async () => {
    const again = runCli("ingest-doj", env, [file]);
    expect(await again.exited, again.output()).toBe(0);
    expect((await ourLinks()).map((l) => [l.id, l.status])).toEqual([
      [indictedPleaded, "accepted"],
      [indictedSentenced, "open"],
      [pleadedSentenced, "accepted"],
    ]);
    expect(await inWindow()).toBe(before + 1);
  });

  it("split again when a link is rejected", async () => {
    expect(await review("reject", pleadedSentenced, ...as, "--why", "Synthetic: a second look says another man.")).toContain(`${pleadedSentenced}: rejected by Synthetic reviewer at `);
    // By hand: the indictment and the plea are one case (a conviction); the sentence another.
    expect(await inWindow()).toBe(before + 2);
  });

  it("keep the judgements of a link the rule no longer draws, and say so", async () => {
    await review("edit", sentenced, ...as, "--name", "Synthetic Other Person", "--why", "Synthetic: the name as the judgment prints it.");
    const shown = await review("show", pleadedSentenced);
    expect(shown).toContain(`${pleadedSentenced}\n  The rule no longer draws this link: its candidates changed since it was judged.\n  accepted by Synthetic reviewer at `);
    expect(shown).toContain(": Synthetic: a second look says another man.");
    const refused = runCli("review", env, ["accept", pleadedSentenced, "--why", "Synthetic."]);
    expect(await refused.exited).toBe(1);
    expect(refused.output()).toContain(`Error: The rule no longer draws the same-case link "${pleadedSentenced}": its candidates changed since it was judged. Its judgements are kept (show it).`);

    // The name edited back: the link is drawn again, rejected as it was.
    await review("edit", sentenced, ...as, "--name", "Synthetic Defendant Q. Twenty", "--why", "Synthetic: as printed after all.");
    expect((await ourLinks("rejected")).map((l) => l.id)).toEqual([pleadedSentenced]);
  });

  it("answer a wrong id with the closest ids, and a judgement without its reason with why, writing nothing", async () => {
    const wrong = runCli("review", env, ["accept", `${indictedPleaded}x`, "--why", "Synthetic."]);
    expect(await wrong.exited).toBe(1);
    expect(wrong.output()).toContain(`Error: No same-case link has the id "${indictedPleaded}x". The closest same-case link ids: ${indictedPleaded}`);
    const unreasoned = runCli("review", env, ["reject", indictedPleaded]);
    expect(await unreasoned.exited).toBe(1);
    expect(unreasoned.output()).toContain(`Error: The judgement on "${indictedPleaded}" was not recorded: a judgement needs its reason (why): what in the releases settles it.`);
    expect((await ourLinks("accepted")).map((l) => l.id)).toEqual([indictedPleaded]);
  });

  it("are drawn in Neo4j Browser by saved query 07 as npm run review lists them", async () => {
    const saved = readSavedQuery("07-release-candidates");
    expect(saved.parameters).toEqual({ status: "open" });
    const drawn = async (status: string | null) => {
      const { records } = await driver.executeQuery(saved.text, { status }, { database });
      const candidates = new Set<string>();
      const links = new Set<string>();
      for (const r of records) {
        candidates.add(String((r.get("candidate") as Node).properties.id));
        const link: unknown = r.get("link");
        if (isPath(link)) {
          links.add(String(link.segments[0]!.relationship.properties.id));
          candidates.add(String(link.end.properties.id));
        }
      }
      return { candidates: [...candidates].filter((c) => c.startsWith(prefix)).sort(), links: [...links].filter((l) => l.startsWith(prefix)).sort() };
    };
    // By hand: open, indicted~sentenced; accepted, indicted~pleaded; rejected, pleaded~sentenced; all four candidates with null.
    const expected = [
      ["open", [indicted, sentenced], [indictedSentenced]],
      ["accepted", [indicted, pleaded], [indictedPleaded]],
      ["rejected", [pleaded, sentenced], [pleadedSentenced]],
      [null, [indicted, pleaded, sentenced, elsewhere].sort(), [indictedPleaded, indictedSentenced, pleadedSentenced]],
    ] as const;
    for (const [status, candidates, links] of expected) {
      expect(await drawn(status)).toEqual({ candidates, links });
      expect((await ourLinks(status)).map((l) => l.id)).toEqual(links);
    }
    expect((await listCandidates(db)).map((c) => c.facts.id).filter((id) => id.startsWith(prefix)).sort()).toEqual((await drawn(null)).candidates);
  });
});
