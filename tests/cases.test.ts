import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { parsePreciseDate } from "../src/graph/dates.ts";
import { projectRoot } from "../src/paths.ts";
import type { SeedFile } from "../src/ingest/seed-schema.ts";

// The curated case files under seed/cases, checked as data (the importer checks the format).
const casesDir = path.join(projectRoot, "seed", "cases");
const files = readdirSync(casesDir).filter((f) => f.endsWith(".yaml"));
const allSeed = readdirSync(path.join(projectRoot, "seed"), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => parse(readFileSync(path.join(projectRoot, "seed", f), "utf8")) as SeedFile);
const sources = new Map(allSeed.flatMap((s) => s.sources ?? []).map((s) => [s.id, s]));

describe.each(files)("seed/cases/%s", (file) => {
  const seed = parse(readFileSync(path.join(casesDir, file), "utf8")) as SeedFile;
  const cited = (records: { sources?: { source: string }[] }[] | undefined) =>
    (records ?? []).flatMap((r) => (r.sources ?? []).map((c) => sources.get(c.source)!));

  it("cites at least one source with a URL", () => {
    const all = [...cited(seed.investigations), ...cited(seed.prosecutions), ...cited(seed.convictions)];
    expect(all.some((s) => s?.url)).toBe(true);
  });

  it("dates every conviction with a precision, and names a statute or a charge in words", () => {
    const charges = new Map((seed.charges ?? []).map((c) => [c.id, c]));
    for (const conviction of seed.convictions ?? []) {
      expect(parsePreciseDate(conviction.date), conviction.id).toBeDefined();
      const named = conviction.charges.map((id) => charges.get(id)).filter((c) => c && (c.statute || c.description));
      expect(named.length, `${conviction.id} names no charge`).toBeGreaterThan(0);
    }
  });

  it("cites no source published after it was retrieved", () => {
    for (const source of seed.sources ?? []) {
      const published = parsePreciseDate(source.published)!;
      const retrieved = parsePreciseDate(source.retrieved)!;
      if (published.from !== null && retrieved.to !== null) expect(published.from <= retrieved.to, source.id).toBe(true);
    }
  });
});

describe("the curated cases", () => {
  it("record a life sentence as life, and a prison term no source settles as unknown", () => {
    const sentences = allSeed.flatMap((s) => s.sentences ?? []);
    const prison = (kind: string) => sentences.filter((s) => s.prison === kind).map((s) => s.id).sort();
    // Read on the pages they cite: "cadena perpetua" (El Espectador, Noticias Hoy; Infobae).
    expect(prison("life")).toEqual(["sent-sdfla-correa", "sent-sdfla-poceiro"]);
    // Metro Puerto Rico says 12 years, Primera Hora 13.
    expect(prison("unknown")).toEqual(["sent-dpr-montes-garcia"]);
    expect(prison("time_served")).toEqual([]);
  });

  it("hold no defendant twice", () => {
    const named = allSeed
      .flatMap((s) => s.defendants ?? [])
      .filter((d) => d.name !== undefined)
      .map((d) => d.name!.toLowerCase());
    expect(named.filter((name, i) => named.indexOf(name) !== i)).toEqual([]);
  });
});
