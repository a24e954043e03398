import type { ListedSameCaseLink } from "../graph/same-case-review.ts";

/** A same-case link in four lines: the two candidates and how their names agree, the evidence, then where the candidates stand. */
export function describeSameCaseLink({ id, status, a, b, statusA, statusB, evidence: e }: ListedSameCaseLink): string {
  const statutes =
    e.sharedSections.length > 0
      ? `${e.sharedSections.join(", ")} on both sides${e.sectionsInferred ? " (inferred from the charge words on a side)" : ""}`
      : `not compared: ${e.sectionsA.length === 0 && e.sectionsB.length === 0 ? "neither release gives one" : `the ${e.sectionsA.length === 0 ? "earlier" : "later"} release gives none`}`;
  const given = (x: string | null) => x ?? "not given";
  return [
    `${id} [${status}]`,
    `  ${e.nameA} (${e.stageA}, release ${given(e.publishedA)}) ~ ${e.nameB} (${e.stageB}, release ${given(e.publishedB)}): ${e.nameAgreement}`,
    `  district ${e.district}; statutes ${statutes}; plea or verdict ${given(e.pleaDateA)} ~ ${given(e.pleaDateB)}; sentenced ${given(e.sentenceDateA)} ~ ${given(e.sentenceDateB)}`,
    `  candidates ${a} [${statusA}], ${b} [${statusB}]`,
  ].join("\n");
}
