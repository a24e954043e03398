import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { districtNames } from "../../src/ingest/doj/district-catalog.ts";
import { extractRelease, type ExtractedRelease, type ReleaseInput } from "../../src/ingest/doj/extract-release.ts";
import { isHeldOut, scoreExtraction, type FieldScore, type ReleaseFacts, type ScoredField } from "../../src/ingest/doj/score-extraction.ts";
import { projectRoot } from "../../src/paths.ts";

/** A labelled page of tests/fixtures/doj-releases (its README gives the format and the rules). */
export interface LabelledPage {
  id: string;
  url: string;
  kind: "press_release" | "news";
  language: "en" | "es";
  title: string | null;
  releaseDate: string | null;
  component: string | null;
  text: string;
  labels: ReleaseFacts & { hsiCredited: boolean };
}

export const labelledDir = path.join(projectRoot, "tests", "fixtures", "doj-releases");

export function labelledPages(dir = labelledDir): LabelledPage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json") && !f.startsWith("index"))
    .sort()
    .map((f) => ({ id: f.replace(/\.json$/, ""), ...(JSON.parse(readFileSync(path.join(dir, f), "utf8")) as Omit<LabelledPage, "id">) }));
}

/** A stored page as the extractor reads it: its text as the body, no uuid, the component only if the page names the office. */
export function asRelease(page: LabelledPage): ReleaseInput {
  return { uuid: null, url: page.url, title: null, body: { text: page.text }, date: page.releaseDate, component: page.component, language: page.language };
}

export interface Evaluation {
  pages: number;
  heldOut: string[];
  tuned: Record<ScoredField, FieldScore>;
  held: Record<ScoredField, FieldScore>;
}

/** The extractor over the labelled set, scored on the part tuned on and, apart, on the third set aside before tuning. */
export function evaluate(pages: readonly LabelledPage[]): Evaluation {
  const districts = districtNames();
  const aside = new Set(pages.filter((p) => isHeldOut(p.id)).map((p) => p.id));
  const scored = pages.map((p) => ({ id: p.id, labels: p.labels, extracted: extractRelease(asRelease(p), districts) as ExtractedRelease & ReleaseFacts }));
  return {
    pages: pages.length,
    heldOut: [...aside].sort(),
    tuned: scoreExtraction(scored.filter((p) => !aside.has(p.id))),
    held: scoreExtraction(scored.filter((p) => aside.has(p.id))),
  };
}
