import type { StatisticFieldsFragment } from "../api/generated/operations.ts";
import { claimRating, ratingScale } from "./claim-rating.ts";

type Statistic = StatisticFieldsFragment;

/** Who reviews: this project, by name only (it has no address of its own to give). */
export const reviewer = "Child-trafficking enforcement provenance graph";

/** The context schema.org publishes; src/export/json-ld.ts serves a local copy of it. */
export const schemaOrgContext = "https://schema.org";

/**
 * The figures the graph checks: every figure a fact-check publishes, and every claim that
 * restates another, whether or not it agrees with it.
 */
export function checkedClaims(claims: readonly Statistic[]): Statistic[] {
  return claims.filter((c) => c.claimantSourceKind === "fact_check" || c.restates !== null);
}

const quoted = (text: string) => `"${text.replace(/\.$/, "")}"`;

/** What the review says, in our words: the claim it was checked against, and the caveats. */
function reviewBody(s: Statistic): string {
  const against =
    s.restates === null
      ? "No claim in the graph gives this figure at its source."
      : `Checked against ${quoted(s.restates.statement)}: ${s.restates.note}`;
  return [against, ...s.caveats].join(" ");
}

/** The earliest day a source that states the claim was published, as written. */
function firstPublished(s: Statistic): string | undefined {
  return s.citations
    .map((c) => c.source.published.text)
    .filter((text) => /^\d{4}-\d{2}-\d{2}$/.test(text))
    .sort()[0];
}

/** The pages that state the claim, each once. */
function appearances(s: Statistic) {
  const seen = new Map<string, { "@type": "CreativeWork"; url: string; name: string }>();
  for (const { source } of s.citations) {
    if (source.url !== null && !seen.has(source.url)) seen.set(source.url, { "@type": "CreativeWork", url: source.url, name: source.title });
  }
  return [...seen.values()];
}

/** One schema.org ClaimReview of a published figure. */
export function claimReview(s: Statistic, asOf: string): Record<string, unknown> {
  const published = firstPublished(s);
  return {
    "@type": "ClaimReview",
    claimReviewed: s.statement,
    itemReviewed: {
      "@type": "Claim",
      identifier: s.id,
      author: { "@type": "Organization", name: s.claimant },
      ...(published === undefined ? {} : { datePublished: published }),
      appearance: appearances(s),
    },
    datePublished: asOf,
    author: { "@type": "Organization", name: reviewer },
    reviewRating: { "@type": "Rating", ...claimRating(s), ...ratingScale },
    reviewBody: reviewBody(s),
  };
}

/** The ClaimReviews of every checked figure, as one JSON-LD document, in the order given. */
export function claimReviewDocument(claims: readonly Statistic[], asOf: string): Record<string, unknown> {
  return { "@context": schemaOrgContext, "@graph": checkedClaims(claims).map((c) => claimReview(c, asOf)) };
}
