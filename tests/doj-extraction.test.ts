import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isHeldOut, scoreExtraction, type ReleaseFacts } from "../src/ingest/doj/score-extraction.ts";
import { projectRoot } from "../src/paths.ts";
import { evaluate, labelledPages } from "./helpers/doj-labelled-set.ts";

// The extractor measured on the labelled set (tests/fixtures/doj-releases): the figures that
// BENCHMARKS.md reports (bench/results/doj-extraction.json, written by npm run bench:doj) are
// what the extractor gives now, misses included, so they cannot go stale. Throughput is the
// benchmark's alone: no test times anything.

const recorded = JSON.parse(readFileSync(path.join(projectRoot, "bench", "results", "doj-extraction.json"), "utf8")) as ReturnType<typeof evaluate>;

describe("the extractor on the labelled set", () => {
  it("scores, on the part tuned on and on the third set aside before tuning, what BENCHMARKS.md reports", () => {
    const now = evaluate(labelledPages());
    expect({ pages: now.pages, heldOut: now.heldOut, tuned: now.tuned, held: now.held }).toEqual({
      pages: recorded.pages,
      heldOut: recorded.heldOut,
      tuned: recorded.tuned,
      held: recorded.held,
    });
  });

  it("sets pages aside by a fixed seed, page by page: about a third, and never moved by a page added", () => {
    const ids = labelledPages().map((p) => p.id);
    const aside = ids.filter((id) => isHeldOut(id));
    expect(aside.length / ids.length).toBeGreaterThan(0.25);
    expect(aside.length / ids.length).toBeLessThan(0.42);
    expect(ids.filter((id) => isHeldOut(id))).toEqual(aside);
  });
});

describe("scoring", () => {
  it("counts a right value, a wrong one (a false positive and a false negative), a value where none is labelled, and an unpaired defendant", () => {
    const defendant = (name: string, stage: "charged" | "sentenced", prisonMonths: number | null) => ({ name, stage, pleaOrVerdictDate: null, sentenceDate: null, prisonMonths, life: false, statutes: [] });
    const labels: ReleaseFacts = { district: "sd-tex", agencies: [{ name: "HSI Houston", role: "lead" }], defendants: [defendant("Synthetic Defendant One", "sentenced", 180), defendant("Synthetic Defendant Two", "charged", null)] };
    const extracted: ReleaseFacts = { district: "nd-tex", agencies: [{ name: "Homeland Security Investigations (HSI)", role: "lead" }], defendants: [defendant("Synthetic Defendant One", "sentenced", 120)] };
    const score = scoreExtraction([{ id: "synthetic", labels, extracted }]);
    // By hand: district wrong (1 FP, 1 FN); HSI's lead credit right (agencies compared by which agency);
    // One's stage right, term wrong; Two not extracted: its stage a false negative.
    expect([score.district.falsePositives, score.district.falseNegatives, score.agencies.truePositives]).toEqual([1, 1, 1]);
    expect([score.stage.truePositives, score.stage.falseNegatives, score.stage.precision, score.stage.recall]).toEqual([1, 1, 1, 0.5]);
    expect([score.prison.falsePositives, score.prison.falseNegatives, score.prison.precision]).toEqual([1, 1, 0]);
    expect(score.stage.misses).toEqual(['synthetic (Synthetic Defendant Two): stage labelled "charged", extracted null']);
  });
});
