import { releaseStageValues } from "../../graph/vocabulary.ts";

/** How far a case has gone for a defendant, as a release reports it, furthest last. */
export const releaseStages = releaseStageValues.values;
export type ReleaseStage = (typeof releaseStages)[number];

/** A sentence about another, earlier case (a prior conviction) or about what is still to come. */
const aboutAnotherCase = /\b(?:previously|prior(?:ly)?|earlier conviction|in a separate case|already serving|was on (?:parole|probation|supervised release)|for that (?:offense|conviction|crime)|in custody from|was released from|anteriormente|previamente)\b/i;

const patterns: [ReleaseStage, RegExp][] = [
  ["sentenced", /\b(?:was|were|been|is|are|has|have)\s+(?:\w+\s+){0,2}sentenced\b|\bsentenced\b[^.;]{0,120}?\bto\b|\b(?:fue|fueron|ha sido|han sido)\s+(?:sentenciad|condenad)[oa]s?\b/i],
  ["convicted_at_trial", /\b(?:found|was found|were found)\s+guilty\b[^.]*\b(?:jury|trial|judge|bench)\b|\b(?:jury|judge)\b[^.]{0,80}\b(?:convicted|found\s+\w+\s+guilty|returned a guilty verdict|guilty verdict)\b|\bconvicted\b[^.]{0,60}\b(?:by a (?:federal )?jury|at trial|following a (?:[\w-]+ )*trial|after a (?:[\w-]+ )*trial)\b|\bdeclarad[oa]s? culpables? por un jurado\b/i],
  ["pleaded", /\b(?:pleaded|pled)\s+guilty\b|\bentered (?:a|his|her) (?:plea of guilty|guilty plea)\b|\bse declar[óo] culpable\b|\bse declararon culpables\b/i],
  ["charged", /\b(?:indicted|charged|arrested|arraigned|criminal complaint|indictment)\b|\b(?:acusad[oa]s?|arrestad[oa]s?|arrest[oó]|imputad[oa]s?)\b/i],
];

/** Future or conditional: "is scheduled to be sentenced", "faces up to 30 years", "agreed to plead". */
const notYet = /\b(?:scheduled to|set to|will be|to be sentenced|faces?|facing|could|may receive|agreed to plead|expected to)\b/i;

/**
 * The stages a sentence reports as done, furthest first; none for a sentence about another,
 * earlier case. A sentence that only announces what is to come ("will be sentenced") reports
 * no stage beyond charged.
 */
export function stagesInSentence(sentence: string): ReleaseStage[] {
  if (aboutAnotherCase.test(sentence)) return [];
  const found = patterns.filter(([, pattern]) => pattern.test(sentence)).map(([stage]) => stage);
  if (notYet.test(sentence)) {
    // "X pleaded guilty … and faces up to 30 years": the plea stands; a sentence to come does not.
    return found.filter((stage) => stage !== "sentenced" || /\bwas sentenced\b/i.test(sentence));
  }
  return found;
}

/** Where in the sentence the furthest stage's verb is: the date of that event is printed near it. */
export function stageVerbAt(sentence: string, stage: ReleaseStage): number | null {
  const found = patterns.find(([s]) => s === stage)![1].exec(sentence);
  return found === null ? null : found.index;
}

export const furthest = (stages: readonly ReleaseStage[]): ReleaseStage | null =>
  stages.length === 0 ? null : stages.reduce((a, b) => (releaseStages.indexOf(b) > releaseStages.indexOf(a) ? b : a));
