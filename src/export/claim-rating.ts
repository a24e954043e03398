import type { StatisticFieldsFragment } from "../api/generated/operations.ts";

/**
 * Our rating of a published figure, on one scale from 1 to 5 (docs/exports.md):
 * 5 "Correct" when the figure restates a claim and agrees with it in every aspect;
 * 3 "No source found" when the graph holds no claim it restates, so nothing confirms or
 * contradicts it; 1 "Wrong …" when it differs from the claim it restates, naming each aspect
 * with the value the restated claim has, e.g. "Wrong period (FY2022)".
 */
export interface ClaimRating {
  ratingValue: 1 | 3 | 5;
  alternateName: string;
}

export const ratingScale = { worstRating: 1, bestRating: 5 } as const;

type Difference = StatisticFieldsFragment["differences"][number];

const words = (value: string) => value.replaceAll("_", " ");

/** How one differing aspect reads, after "Wrong". */
const wrong: Record<string, (restated: string) => string> = {
  "scope agency": (restated) => `scope (${restated}-wide)`,
  period: (restated) => `period (${restated})`,
  "offense scope": (restated) => `offense scope (${words(restated)})`,
  metric: (restated) => `measure (${words(restated)})`,
  value: (restated) => `figure (${restated})`,
  qualifier: (restated) => `qualifier (${words(restated)})`,
};

function wrongAspect(d: Difference): string {
  const describe = wrong[d.aspect];
  if (describe === undefined) throw new Error(`No wording for a difference in "${d.aspect}" (src/export/claim-rating.ts).`);
  return describe(d.restated);
}

export function claimRating(s: Pick<StatisticFieldsFragment, "differences" | "restates">): ClaimRating {
  if (s.differences.length > 0) return { ratingValue: 1, alternateName: `Wrong ${s.differences.map(wrongAspect).join("; ")}` };
  if (s.restates !== null) return { ratingValue: 5, alternateName: "Correct" };
  return { ratingValue: 3, alternateName: "No source found" };
}
