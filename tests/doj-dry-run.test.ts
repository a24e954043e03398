import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanEnv, runCli } from "./helpers/cli.ts";
import { noonUtc, syntheticRelease } from "./helpers/doj-api.ts";

// npm run ingest:doj -- --dry-run: a harvested file's releases read into candidate facts, each
// with its words, and nothing written. One synthetic release ("Synthetic Defendant One",
// example.org), read by hand.

const body = `<p>HOUSTON – Synthetic Defendant One, 35, of Houston, was sentenced today to 15 years in federal prison.</p>
<p>He pleaded guilty on Sept. 27 to violating 18 U.S.C. § 2251(a).</p>
<p>Homeland Security Investigations (HSI) Houston investigated the case.</p>`;

function apiFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "doj-dry-run-"));
  const file = path.join(dir, "releases.json");
  // The issuing office is the second component, as the API sometimes lists it.
  const release = { ...syntheticRelease(1, "2024-01-10"), body, date: noonUtc("2024-01-10"), component: [{ name: "Synthetic Agency (test data)" }, { name: "USAO - Texas, Southern" }] };
  writeFileSync(file, JSON.stringify({ metadata: { resultset: { count: 1 } }, results: [release] }));
  return file;
}

describe("npm run ingest:doj -- --dry-run", () => {
  it("prints each release's candidate facts with the words they were read from, and writes nothing", async () => {
    const run = runCli("ingest-doj", cleanEnv({}), ["--dry-run", "--format", "json", apiFile()]);
    expect(await run.exited, run.output()).toBe(0);
    const { releases } = JSON.parse(run.stdout()) as { releases: Record<string, unknown>[] };
    expect(releases).toHaveLength(1);
    expect(releases[0]).toMatchObject({
      district: "sd-tex",
      hsiCredited: true,
      agencies: [{ name: "Homeland Security Investigations (HSI) Houston", role: "lead", quote: "Homeland Security Investigations (HSI) Houston" }],
      defendants: [
        {
          name: "Synthetic Defendant One",
          stage: "sentenced",
          // Sept. 27 without a year, released 2024-01-10: 2023, marked as from the release's date.
          pleaOrVerdictDate: "2023-09-27",
          pleaOrVerdictDateYearFromRelease: true,
          sentenceDate: "2024-01-10",
          prisonMonths: 180,
          life: false,
          statutes: ["18 U.S.C. § 2251(a)"],
          quotes: { pleaOrVerdictDate: "Sept. 27", sentenceDate: "today", prison: "sentenced today to 15 years", statutes: ["18 U.S.C. § 2251(a)"] },
        },
      ],
      extractorVersion: "doj-extract/3",
    });
  });

  it("refuses --dry-run with --fetch, saying what to do", async () => {
    const run = runCli("ingest-doj", cleanEnv({}), ["--dry-run", "--fetch", "--since", "2024-01-01"]);
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain("--dry-run reads files: harvest first (--fetch), then give the file it writes");
  });
});
