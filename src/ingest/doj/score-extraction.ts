import { createHash } from "node:crypto";
import type { CreditRole } from "./agencies-in-text.ts";
import { agencyKey } from "./agency-key.ts";
import type { ReleaseStage } from "./stage-in-sentence.ts";

/** What a labelled page says (tests/fixtures/doj-releases/README.md), and what the extractor says, in one shape. */
export interface ReleaseFacts {
  district: string | null;
  agencies: { name: string; role: CreditRole }[];
  defendants: {
    name: string;
    stage: ReleaseStage;
    pleaOrVerdictDate: string | null;
    sentenceDate: string | null;
    prisonMonths: number | null;
    life: boolean;
    statutes: string[];
  }[];
}

export const scoredFields = ["district", "stage", "pleaOrVerdictDate", "sentenceDate", "prison", "statutes", "agencies"] as const;
export type ScoredField = (typeof scoredFields)[number];

export interface FieldScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** null when nothing was predicted (or nothing labelled): no ratio to give. */
  precision: number | null;
  recall: number | null;
  misses: string[];
}

/** The same name, whatever its case, accents and punctuation. */
const nameKey = (name: string) =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z ]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
const surname = (name: string) => nameKey(name).replace(/ (jr|sr|ii|iii|iv)$/, "").split(" ").pop() ?? "";

/**
 * Precision and recall per field over labelled pages. A value counts as found when it equals
 * the label; a wrong value is both a false positive and a false negative; a value where the
 * label is null is a false positive; a null where the label has one, a false negative.
 * Defendants are paired by surname; an unpaired labelled defendant's values are false
 * negatives, an unpaired extracted one's false positives. Statutes and agencies (name and
 * role) are compared as sets. Every miss is listed with its page.
 */
export function scoreExtraction(pages: readonly { id: string; labels: ReleaseFacts; extracted: ReleaseFacts }[]): Record<ScoredField, FieldScore> {
  const tally = Object.fromEntries(scoredFields.map((f) => [f, { truePositives: 0, falsePositives: 0, falseNegatives: 0, misses: [] as string[] }])) as Record<ScoredField, Omit<FieldScore, "precision" | "recall">>;
  const compare = (field: ScoredField, page: string, label: unknown, got: unknown) => {
    const t = tally[field];
    const shown = (v: unknown) => (v === null ? "null" : JSON.stringify(v));
    if (label === null && got === null) return;
    if (label !== null && got !== null && JSON.stringify(label) === JSON.stringify(got)) {
      t.truePositives += 1;
      return;
    }
    if (got !== null) t.falsePositives += 1;
    if (label !== null) t.falseNegatives += 1;
    t.misses.push(`${page}: ${field} labelled ${shown(label)}, extracted ${shown(got)}`);
  };
  const compareSets = (field: ScoredField, page: string, label: string[], got: string[]) => {
    const t = tally[field];
    const [l, g] = [new Set(label), new Set(got)];
    for (const x of g) if (l.has(x)) t.truePositives += 1;
    const extra = [...g].filter((x) => !l.has(x));
    const missing = [...l].filter((x) => !g.has(x));
    t.falsePositives += extra.length;
    t.falseNegatives += missing.length;
    if (extra.length + missing.length > 0) t.misses.push(`${page}: ${field} missing ${JSON.stringify(missing)}, extra ${JSON.stringify(extra)}`);
  };
  const prison = (d: ReleaseFacts["defendants"][number] | undefined) => (d === undefined ? null : d.life ? "life" : d.prisonMonths);
  for (const { id, labels, extracted } of pages) {
    compare("district", id, labels.district, extracted.district);
    // An agency is compared by which agency it is (agencyKey), with its role; each once.
    const agencies = (list: ReleaseFacts["agencies"]) => [...new Set(list.map((a) => `${agencyKey(a.name)}|${a.role}`))];
    compareSets("agencies", id, agencies(labels.agencies), agencies(extracted.agencies));
    const paired = new Set<number>();
    for (const label of labels.defendants) {
      const index = extracted.defendants.findIndex((d, i) => !paired.has(i) && surname(d.name) === surname(label.name));
      if (index !== -1) paired.add(index);
      const got = index === -1 ? undefined : extracted.defendants[index];
      const page = `${id} (${label.name})`;
      compare("stage", page, label.stage, got?.stage ?? null);
      compare("pleaOrVerdictDate", page, label.pleaOrVerdictDate, got?.pleaOrVerdictDate ?? null);
      compare("sentenceDate", page, label.sentenceDate, got?.sentenceDate ?? null);
      compare("prison", page, prison(label), got === undefined ? null : prison(got));
      compareSets("statutes", page, label.statutes, got?.statutes ?? []);
    }
    extracted.defendants.forEach((d, i) => {
      if (paired.has(i)) return;
      const page = `${id} (extracted ${d.name}, not labelled)`;
      compare("stage", page, null, d.stage);
      compare("pleaOrVerdictDate", page, null, d.pleaOrVerdictDate);
      compare("sentenceDate", page, null, d.sentenceDate);
      compare("prison", page, null, prison(d));
      compareSets("statutes", page, [], d.statutes);
    });
  }
  const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
  return Object.fromEntries(
    scoredFields.map((f) => {
      const t = tally[f];
      return [f, { ...t, precision: ratio(t.truePositives, t.truePositives + t.falsePositives), recall: ratio(t.truePositives, t.truePositives + t.falseNegatives) }];
    }),
  ) as Record<ScoredField, FieldScore>;
}

/**
 * Whether a page is set aside before tuning: chosen at random with a fixed seed, page by page
 * (the SHA-256 of the seed and the page's id, modulo 3), so that about a third is set aside and
 * a page added later never moves another between the parts.
 */
export function isHeldOut(id: string, seed = "issue-25"): boolean {
  return createHash("sha256").update(`${seed}:${id}`).digest().readUInt32BE(0) % 3 === 0;
}
