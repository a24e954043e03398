import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { tally } from "../src/graph/tally.ts";
import { importDocuments } from "../src/ingest/import-seed.ts";
import { reviewedReleasesFile } from "../src/graph/reviewed-releases.ts";
import { cleanEnv, runCli } from "./helpers/cli.ts";
import { testDriver } from "./helpers/db.ts";
import { noonUtc, syntheticRelease } from "./helpers/doj-api.ts";
import { loadSeed, removeSeed } from "./helpers/seed-data.ts";

// From a harvested file to the tally: npm run ingest:doj stores one candidate per defendant,
// nothing counts until a reviewer accepts it, and an accepted candidate is a case with the
// tier announced that cites the release, with the words as the locator. All synthetic:
// "Synthetic Defendant" names, example.org URLs, S.D. Tex. by the component.

const { driver, database, db } = testDriver();
const neo4j = inject("neo4j");
const env = cleanEnv({ NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database });

const release = (n: number, day: string, title: string, body: string) => ({
  ...syntheticRelease(n, day, title),
  body,
  date: noonUtc(day),
  component: [{ name: "USAO - Texas, Southern" }],
});
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const id = (n: number, name: string) => `rc-${uuid(n)}-${name}`;

const seventeen = id(101, "synthetic-defendant-seventeen");
const eighteen = id(103, "synthetic-defendant-eighteen");
const nineteen = id(104, "synthetic-defendant-nineteen");

function releasesFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "doj-review-"));
  const file = path.join(dir, "releases.json");
  const results = [
    release(
      101,
      "2024-06-20",
      "Synthetic Defendant Seventeen pleads guilty",
      "<p>HOUSTON – Synthetic Defendant Seventeen, 41, of Houston, pleaded guilty on June 3 to production of child pornography.</p><p>Homeland Security Investigations (HSI) Houston investigated the case.</p>",
    ),
    release(
      103,
      "2024-07-15",
      "Synthetic Defendant Eighteen pleads guilty",
      "<p>HOUSTON – Synthetic Defendant Eighteen, 52, of Houston, pleaded guilty on July 1 to possession of child pornography.</p><p>The Synthetic County Sheriff's Office investigated the case.</p>",
    ),
    release(104, "2024-08-01", "Synthetic Defendant Nineteen indicted", "<p>HOUSTON – Synthetic Defendant Nineteen, 30, of Houston, was indicted on a charge of sex trafficking of a minor.</p><p>HSI Houston investigated the case.</p>"),
  ];
  writeFileSync(file, JSON.stringify({ metadata: { resultset: { count: results.length } }, results }));
  return file;
}

const question = { agency: "hsi", window: { since: "2024-01-01", until: "2024-12-31" }, statutes: null, categories: null };
const inWindow = async () => (await tally(db, question))!.convictionsInWindow;
const clean = async () => {
  await importDocuments([{ file: reviewedReleasesFile, content: {} }], { db, prune: true });
  await driver.executeQuery("MATCH (n) WHERE (n:ReleaseCandidate AND n.releaseUuid STARTS WITH '00000000-0000-4000-8000-') OR (n:CandidateJudgement AND n.candidate STARTS WITH 'rc-00000000-0000-4000-8000-') DETACH DELETE n", {}, { database });
};

let file: string;
let before: number;
beforeAll(async () => {
  await clean();
  await loadSeed(db);
  file = releasesFile();
  before = await inWindow();
});
afterAll(async () => {
  await clean();
  await removeSeed(driver, database);
  await driver.close();
});

describe("npm run ingest:doj, then review, then the tally", () => {
  it("stores one candidate per defendant, none of them counted", async () => {
    const run = runCli("ingest-doj", env, [file]);
    expect(await run.exited, run.output()).toBe(0);
    expect(run.stdout()).toContain("Stored 3 press-release candidates (one per defendant) from 3 releases; 0 named no defendant the extractor reads.");
    expect(run.stdout()).toContain("Candidates now in the graph: 3 open, 0 accepted, 0 rejected.");
    expect(await inWindow()).toBe(before);

    const list = runCli("review", env, ["list"]);
    expect(await list.exited, list.output()).toBe(0);
    expect(list.stdout()).toContain("3 press-release candidates open.");
    expect(list.stdout()).toContain(
      [
        `${seventeen} [open]`,
        // By hand: "June 3" in a release of 2024-06-20 is 2024-06-03; production of child pornography in words is § 2251.
        "  Synthetic Defendant Seventeen: pleaded (plea); plea or verdict 2024-06-03 (year from the release date); sentenced not given; prison not given; charges 18-usc-2251 (inferred from the words)",
        "  district sd-tex; lead hsi; credited: Homeland Security Investigations (HSI) Houston (lead)",
      ].join("\n"),
    );
    // The sheriff's office is in no catalog: no lead, so not acceptable as it stands.
    expect(list.stdout()).toContain(`  to accept it, first: the release credits no agency of the catalog as the lead`);
  });

  it("puts an accepted candidate into the tally as an announced conviction citing the release's words", async () => {
    const accept = runCli("review", env, ["accept", seventeen, "--as", "Synthetic reviewer", "--why", "Synthetic: the release says he pleaded guilty on June 3."]);
    expect(await accept.exited, accept.output()).toBe(0);
    expect(accept.stdout()).toContain(`${seventeen}: accepted by Synthetic reviewer at `);
    expect(await inWindow()).toBe(before + 1);

    const key = seventeen.slice(3);
    const { records } = await driver.executeQuery(
      `MATCH (c:Conviction {id: $conv})-[cite:CITES]->(s:Source)
       RETURN c.evidenceTier AS tier, c.method AS method, toString(c.placedFrom) AS placed, s.id AS source, s.url AS url, cite.locator AS locator ORDER BY locator`,
      { conv: `conv-${key}` },
      { database },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      // Offsets into the title, a blank line, and the body: the title is 42 characters.
      { tier: "announced", method: "plea", placed: "2024-06-03", source: `src-doj-${uuid(101)}`, url: "https://example.org/synthetic-101", locator: expect.stringMatching(/^characters \d+-\d+ of the release's text: "June 3"$/) },
      {
        tier: "announced",
        method: "plea",
        placed: "2024-06-03",
        source: `src-doj-${uuid(101)}`,
        url: "https://example.org/synthetic-101",
        locator: expect.stringMatching(/^characters \d+-\d+ of the release's text: "HOUSTON – Synthetic Defendant Seventeen, 41, of Houston, pleaded guilty on June 3 to production of child pornography\."$/),
      },
    ]);
  });

  it("refuses to accept a candidate without a lead agency, and accepts it once a reviewer names one", async () => {
    const refused = runCli("review", env, ["accept", eighteen, "--why", "Synthetic."]);
    expect(await refused.exited).toBe(1);
    expect(refused.output()).toContain(`Error: "${eighteen}" cannot be accepted: the release credits no agency of the catalog as the lead (credited: Synthetic County Sheriff's Office, lead): give the lead agency the release states (edit --lead-agency).`);

    const wrong = runCli("review", env, ["edit", eighteen, "--lead-agency", "hsii", "--prison-months", "ten", "--why", "Synthetic."]);
    expect(await wrong.exited).toBe(1);
    expect(wrong.output()).toContain('leadAgency: no agency has the id "hsii" (the closest: hsi');
    expect(wrong.output()).toContain("prisonMonths:");

    const edit = runCli("review", env, ["edit", eighteen, "--lead-agency", "hsi", "--as", "Synthetic reviewer", "--why", "Synthetic: a later paragraph credits HSI Houston."]);
    expect(await edit.exited, edit.output()).toBe(0);
    const accept = runCli("review", env, ["accept", eighteen, "--as", "Synthetic reviewer", "--why", "Synthetic: pleaded guilty on July 1."]);
    expect(await accept.exited, accept.output()).toBe(0);
    expect(await inWindow()).toBe(before + 2);
    const { records } = await driver.executeQuery(
      "MATCH (i:Investigation {id: $inv})-[cite:CITES]->(:Source) RETURN i.leadAgencyId AS lead, cite.locator AS locator",
      { inv: `inv-${eighteen.slice(3)}` },
      { database },
    );
    expect(records.map((r) => r.get("locator"))).toEqual([expect.stringMatching(/^as corrected in review by Synthetic reviewer on \d{4}-\d{2}-\d{2}: Synthetic: a later paragraph credits HSI Houston\.$/)]);
  });

  it("keeps a rejection's reason, and judgements through reading the releases again", async () => {
    const reject = runCli("review", env, ["reject", nineteen, "--as", "Synthetic reviewer", "--why", "Synthetic: an indictment only."]);
    expect(await reject.exited, reject.output()).toBe(0);
    const again = runCli("ingest-doj", env, [file]);
    expect(await again.exited, again.output()).toBe(0);
    expect(again.stdout()).toContain("Candidates now in the graph: 0 open, 2 accepted, 1 rejected.");
    expect(await inWindow()).toBe(before + 2);

    const show = runCli("review", env, ["show", nineteen]);
    expect(await show.exited, show.output()).toBe(0);
    expect(show.stdout()).toContain("rejected by Synthetic reviewer at ");
    expect(show.stdout()).toContain(": Synthetic: an indictment only.");
  });

  it("leaves out an accepted candidate read again without its lead agency, rather than guess one, until it is read with it again", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "doj-review-"));
    const withoutCredit = path.join(dir, "releases.json");
    const body = "<p>HOUSTON – Synthetic Defendant Seventeen, 41, of Houston, pleaded guilty on June 3 to production of child pornography.</p>";
    writeFileSync(withoutCredit, JSON.stringify({ metadata: {}, results: [release(101, "2024-06-20", "Synthetic Defendant Seventeen pleads guilty", body)] }));
    const run = runCli("ingest-doj", env, [withoutCredit]);
    expect(await run.exited, run.output()).toBe(0);
    expect(run.stdout()).toContain(`  Accepted, but read again without a district or a lead agency, so left out of the facts until edited (npm run review -- show): ${seventeen}`);
    expect(await inWindow()).toBe(before + 1);
    const list = runCli("review", env, ["list", "--status", "accepted"]);
    expect(await list.exited, list.output()).toBe(0);
    expect(list.stdout()).toContain("  accepted, but left out of the facts until edited: the release credits no agency of the catalog as the lead: give the lead agency the release states (edit --lead-agency)");

    const again = runCli("ingest-doj", env, [file]);
    expect(await again.exited, again.output()).toBe(0);
    expect(await inWindow()).toBe(before + 2);
  });

  it("answers a wrong id with the closest ids, and writes nothing", async () => {
    const run = runCli("review", env, ["accept", `${seventeen}x`, "--why", "Synthetic."]);
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(`Error: No press-release candidate has the id "${seventeen}x". The closest candidate ids: ${seventeen}`);
    expect(await inWindow()).toBe(before + 2);
  });
});
