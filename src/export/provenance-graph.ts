import type { ExportProvenanceQuery } from "../api/generated/operations.ts";

/**
 * A conviction's provenance as the PROV export reads it: the facts of its case, how they
 * hang together, and the sources of each. The API's `provenance` answer is turned into this
 * shape in one place (`provenanceGraph`), so a change in the API's shape touches that
 * function alone.
 */
export interface ProvenanceGraph {
  /** The fact asked about first. */
  nodes: ProvenanceNode[];
  /** `from` rests on `to`: a conviction on its defendant, an investigation on its lead agency, an agency on its parent. */
  links: { from: string; to: string }[];
}

type Step = NonNullable<ExportProvenanceQuery["provenance"]>["steps"][number];

export interface ProvenanceNode {
  id: string;
  /** The node's kind: Conviction, Charge, Defendant, Prosecution, Investigation, Agency, Sentence. */
  label: string;
  summary: string;
  date: Step["date"];
  citations: Step["citations"];
}

/** Today's API gives a path, one step per hop from the fact up to the top agency: each step rests on the next. */
export function provenanceGraph(provenance: NonNullable<ExportProvenanceQuery["provenance"]>): ProvenanceGraph {
  const { steps } = provenance;
  return {
    nodes: steps.map(({ id, label, summary, date, citations }) => ({ id, label, summary, date, citations })),
    links: steps.slice(1).map((step, i) => ({ from: steps[i]!.id, to: step.id })),
  };
}
