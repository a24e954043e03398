import { releaseStageValues } from "../../graph/vocabulary.ts";

/** How far a case has gone for a defendant, as a release reports it, furthest last. */
export const releaseStages = releaseStageValues.values;
export type ReleaseStage = (typeof releaseStages)[number];

/** A sentence about another, earlier case (a prior conviction) or about what is still to come. */
// "previously" alone is not enough: "pleaded guilty Dec. 1, admitting he was previously a coach"
// is this case's plea. Only an earlier conviction, sentence or charge is another case.
const aboutAnotherCase =
  /\b(?:(?:previously|prior(?:ly)?|anteriormente|previamente)\s+(?:\w+\s+){0,2}(?:convicted|sentenced|pleaded|pled|charged|arrested|served|found guilty|condenad[oa]|sentenciad[oa]|convicts?|conviction|offen[cs]es?)|prior (?:\w+\s+){0,2}(?:conviction|offen[cs]e|case)s?|earlier conviction|in a separate case|already serving|was on (?:parole|probation|supervised release)|for that (?:offense|conviction|crime)|in custody from|was released from)\b/i;

const patterns: [ReleaseStage, RegExp][] = [
  ["sentenced", /\b(?:was|were|been|is|are|has|have)\s+(?:\w+\s+){0,2}sentenced\b|\bsentenced\b[^.;]{0,120}?\bto\b|\b(?:has been|was|were) ordered to (?:federal )?prison\b|\bhanded\s+(?:[\w-]+\s+){1,3}(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:and\s+\d+\s+)?(?:years?|months?)\b|\b(?:fue|fueron|ha sido|han sido)\s+(?:sentenciad|condenad)[oa]s?\b/i],
  ["convicted_at_trial", /\b(?:found|was found|were found)\s+guilty\b[^.]*\b(?:jury|trial|judge|bench)\b|\b(?:jury|judge)\b[^.]{0,80}\b(?:convicted|found\s+\w+\s+guilty|returned a guilty verdict|guilty verdict)\b|\bconvicted\b[^.]{0,60}\b(?:by a (?:federal )?jury|at trial|following a (?:[\w-]+ )*trial|after a (?:[\w-]+ )*trial)\b|\bdeclarad[oa]s? culpables? por un jurado\b/i],
  ["pleaded", /\b(?:pleaded|pled|(?<!\bto\s)plead)\s+guilty\b|\bentered (?:a|his|her) (?:plea of guilty|guilty plea)\b|\b(?:following|after) (?:his|her|their) guilty pleas?\b|\bse declar[óo] culpable\b|\bse declararon culpables\b|\baudiencia de declaraci[oó]n de culpabilidad\b/i],
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

/**
 * Where in the sentence a stage's verb stands, each time it does ("Convicted … Following a Jury
 * Trial" in a headline run into "was convicted on February 15"): the event's date is printed
 * near one of them.
 */
export function stageVerbsAt(sentence: string, stage: ReleaseStage): number[] {
  const pattern = new RegExp(patterns.find(([s]) => s === stage)![1].source, "gi");
  return [...sentence.matchAll(pattern)].map((m) => m.index);
}

/** Words of the other events a release dates: a date past one of them is that event's, not this one's. */
export const otherEvents: Record<ReleaseStage, RegExp> = {
  sentenced: /\b(?:pleaded|pled|plea|convicted|verdict|found guilty|indicted|charged|arrested|arraigned|scheduled|executed|seized|se declaró|acusad[oa])\b/i,
  convicted_at_trial: /\b(?:sentenc\w*|indicted|charged|arrested|arraigned|scheduled|set for|executed|seized|sentenciad[oa]|acusad[oa])\b/i,
  pleaded: /\b(?:sentenc\w*|indicted|charged|arrested|arraigned|scheduled|set for|executed|seized|admitted that|between|sentenciad[oa]|acusad[oa])\b/i,
  charged: /\b(?:sentenc\w*|pleaded|pled|convicted|scheduled|set for)\b/i,
};

export const furthest = (stages: readonly ReleaseStage[]): ReleaseStage | null =>
  stages.length === 0 ? null : stages.reduce((a, b) => (releaseStages.indexOf(b) > releaseStages.indexOf(a) ? b : a));
