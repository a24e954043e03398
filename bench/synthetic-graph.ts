/**
 * A deterministic, plainly synthetic graph in the seed format, for benchmarks only. Every id
 * starts with `syn-`, every URL is on example.org, every name says "Synthetic". Nothing here
 * may be imported into the real dataset: the generator writes only to its own database.
 *
 * Case `i` depends only on the seed and `i`, so the first N cases of a larger graph are the
 * N-case graph: growing from 10^3 to 10^5 cases imports only the new ones.
 */

export interface SeedDocumentData {
  file: string;
  content: Record<string, unknown[]>;
}

export const syntheticPrefix = "syn-";
export const syntheticRootAgency = "syn-directorate";

const fieldOffices = 30;
const partnerAgencies = 12;
const districts = 94;
const categories = 8;
const statutes = 16;
const fiscalYears = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
const metrics = ["arrests", "convictions", "investigations_initiated"] as const;

/** mulberry32: small, fast and good enough to shape test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = ReturnType<typeof prng>;
const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

const officeId = (n: number) => `syn-office-${pad(n)}`;
const partnerId = (n: number) => `syn-partner-${pad(n)}`;
const districtId = (n: number) => `syn-district-${pad(n)}`;
const categoryId = (n: number) => `syn-category-${n}`;
const statuteId = (n: number) => `syn-statute-${pad(n)}`;
const referenceSource = "syn-src-reference";

/** A date of mixed precision between 2018 and 2026, as the seed format writes dates. */
function mixedDate(random: Random): string {
  const year = int(random, 2018, 2026);
  const month = int(random, 1, 12);
  const day = int(random, 1, 28);
  const roll = random();
  if (roll < 0.6) return `${year}-${pad(month)}-${pad(day)}`;
  if (roll < 0.8) return `${year}-${pad(month)}`;
  if (roll < 0.9) return `${year}`;
  if (roll < 0.95) return `FY${year}`;
  return "unknown";
}

const cite = (source: string, what: string) => ({ source, locator: "paragraph 1", supports: `Synthetic support for ${what}.` });

/** Agencies, districts, categories, statutes and published statistics every case refers to. */
export function referenceDocument(): SeedDocumentData {
  const c = (what: string) => [cite(referenceSource, what)];
  return {
    file: "synthetic/reference",
    content: {
      sources: [
        {
          id: referenceSource,
          kind: "web_page",
          publisher: "Synthetic Publisher",
          title: "Synthetic reference page",
          url: "https://example.org/synthetic/reference",
          published: "2024",
          retrieved: "2026-11-26",
        },
      ],
      agencies: [
        { id: "syn-department", name: "Synthetic department", kind: "department", sources: c("the department") },
        { id: "syn-component", name: "Synthetic component", kind: "component", partOf: "syn-department", sources: c("the component") },
        { id: syntheticRootAgency, name: "Synthetic directorate", kind: "directorate", partOf: "syn-component", sources: c("the directorate") },
        ...range(fieldOffices).map((n) => ({
          id: officeId(n),
          name: `Synthetic field office ${n}`,
          kind: "field_office",
          partOf: syntheticRootAgency,
          sources: c(`field office ${n}`),
        })),
        ...range(partnerAgencies).map((n) => ({
          id: partnerId(n),
          name: `Synthetic partner agency ${n}`,
          kind: "state_or_local",
          sources: c(`partner agency ${n}`),
        })),
      ],
      districts: range(districts).map((n) => ({ id: districtId(n), name: `Synthetic district ${n}`, sources: c(`district ${n}`) })),
      categories: range(categories).map((n) => ({ id: categoryId(n), name: `Synthetic category ${n}`, description: "Synthetic." })),
      statutes: range(statutes).map((n) => ({
        id: statuteId(n),
        section: `Synthetic section ${n}`,
        title: `Synthetic statute ${n}`,
        categories: [categoryId(((n - 1) % categories) + 1)],
        sources: c(`statute ${n}`),
      })),
      claims: fiscalYears.flatMap((year) =>
        metrics.map((metric) => ({
          id: `syn-claim-${metric.replaceAll("_", "-")}-fy${year}`,
          statement: `The synthetic directorate reported ${metric.replaceAll("_", " ")} for FY${year}.`,
          metric,
          value: 100 + ((year * 7 + metric.length * 13) % 900),
          qualifier: "exact",
          period: `FY${year}`,
          scopeAgency: syntheticRootAgency,
          scopeOffense: "human_trafficking",
          claimant: "syn-department",
          sources: c(`the FY${year} ${metric} figure`),
        })),
      ),
    },
  };
}

/** Case `index` (0-based): sources, investigation, prosecution, defendants, charges, convictions, sentences. */
export function caseDocument(index: number, seed: number): SeedDocumentData {
  const random = prng(seed ^ Math.imul(index + 1, 0x9e3779b1));
  const p = `syn-${index}`;
  const sourceIds = range(int(random, 1, 3)).map((k) => `${p}-src-${k}`);
  const cites = (what: string) =>
    (random() < 0.3 && sourceIds.length > 1 ? sourceIds.slice(0, 2) : [pick(random, sourceIds)]).map((s) => cite(s, what));

  const sources = sourceIds.map((id, k) => ({
    id,
    kind: pick(random, ["press_release", "news", "court_record"] as const),
    publisher: "Synthetic Publisher",
    title: `Synthetic release ${index}-${k + 1}`,
    url: `https://example.org/synthetic/${index}/${k + 1}`,
    published: mixedDate(random),
    retrieved: "2026-11-26",
  }));
  const investigation = {
    id: `${p}-inv`,
    title: `Synthetic investigation ${index}`,
    summary: "Synthetic.",
    opened: mixedDate(random),
    leadAgency: officeId(int(random, 1, fieldOffices)),
    partnerAgencies: [...new Set(range(int(random, 0, 2)).map(() => partnerId(int(random, 1, partnerAgencies))))],
    sources: cites("the investigation"),
  };
  const prosecution = {
    id: `${p}-pros`,
    title: `United States v. Synthetic defendant ${index}`,
    investigation: investigation.id,
    district: random() < 0.9 ? districtId(int(random, 1, districts)) : null,
    sources: cites("the prosecution"),
  };

  const defendants: object[] = [];
  const charges: object[] = [];
  const convictions: object[] = [];
  const sentences: object[] = [];
  for (const d of range(int(random, 1, 2) + (random() < 0.2 ? 1 : 0))) {
    const defendant = `${p}-def-${d}`;
    defendants.push({
      id: defendant,
      prosecution: prosecution.id,
      ...(random() < 0.85 ? { name: `Synthetic defendant ${index}-${d}` } : { anonymousLabel: `defendant ${d}` }),
      sources: cites(`defendant ${d}`),
    });
    const convicted: string[] = [];
    for (const k of range(int(random, 1, 3))) {
      const id = `${defendant}-charge-${k}`;
      const roll = random();
      const statute = statuteId(int(random, 1, statutes));
      const stage = pick(random, ["convicted_plea", "convicted_plea", "convicted_plea", "convicted_trial", "convicted", "pending", "indicted", "dismissed"] as const);
      if (stage.startsWith("convicted")) convicted.push(id);
      charges.push({
        id,
        defendant,
        description: `synthetic offense ${k}`,
        statute:
          roll < 0.6
            ? { basis: "stated", statute }
            : roll < 0.85
              ? { basis: "inferred", statute, inference: "Synthetic inference." }
              : null,
        ...(roll >= 0.85 ? { category: { category: categoryId(int(random, 1, categories)), inference: "Synthetic inference." } } : {}),
        stage,
        sources: cites(`charge ${k}`),
      });
    }
    if (convicted.length === 0) continue;
    const conviction = `${defendant}-conviction`;
    convictions.push({
      id: conviction,
      defendant,
      charges: convicted,
      method: pick(random, ["plea", "plea", "trial", "unknown"] as const),
      date: mixedDate(random),
      sources: cites("the conviction"),
    });
    if (random() < 0.7) {
      sentences.push({
        id: `${defendant}-sentence`,
        defendant,
        conviction,
        date: mixedDate(random),
        prison: int(random, 12, 480),
        supervisedRelease: random() < 0.8 ? int(random, 60, 240) : "unknown",
        restitutionUsd: random() < 0.3 ? int(random, 1, 50) * 1000 : null,
        sources: cites("the sentence"),
      });
    }
  }
  return {
    file: `synthetic/case-${index}`,
    content: { sources, investigations: [investigation], prosecutions: [prosecution], defendants, charges, convictions, sentences },
  };
}

/** 1..n */
function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}
