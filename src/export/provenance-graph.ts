import type { ExportCitationFragment, ExportProvenanceQuery } from "../api/generated/operations.ts";

/**
 * A conviction's provenance as the PROV export reads it: the facts of its case, how they
 * hang together, and the sources of each. The API's `provenance` tree is turned into this
 * shape in one place (`provenanceGraph`), so a change in the API's shape touches that
 * function alone.
 */
export interface ProvenanceGraph {
  /** The fact asked about first. */
  nodes: ProvenanceNode[];
  /** `from` rests on `to`: a conviction on its defendant and charges, an investigation on its lead agency, an agency on its parent. */
  links: { from: string; to: string }[];
}

export interface ProvenanceNode {
  id: string;
  /** The node's kind: Conviction, Charge, Defendant, Prosecution, Investigation, Agency, Sentence. */
  label: string;
  summary: string;
  date: { text: string; precision: string } | null;
  citations: ExportCitationFragment[];
}

type Tree = NonNullable<ExportProvenanceQuery["provenance"]>;
type Defendant = Tree["investigation"]["prosecutions"][number]["defendants"][number];
type Sentence = Defendant["otherSentences"][number];

const sentenceSummary = (s: Sentence) =>
  `Sentence of ${s.prison.kind === "MONTHS" ? `${s.prison.months} months in prison` : s.prison.kind === "LIFE" ? "life in prison" : s.prison.kind === "TIME_SERVED" ? "time served" : "a prison term not stated"}, dated ${s.date.text}`;

/**
 * The tree of the case, narrowed to the chain of the fact asked about when it is a conviction
 * (its defendant, the charges it is on, its sentences); otherwise the whole case.
 */
export function provenanceGraph(tree: Tree): ProvenanceGraph {
  const nodes: ProvenanceNode[] = [];
  const links: ProvenanceGraph["links"] = [];
  const add = (node: ProvenanceNode, ...restsOn: string[]) => {
    if (!nodes.some((n) => n.id === node.id)) nodes.push(node);
    for (const to of restsOn) links.push({ from: node.id, to });
  };
  const inv = tree.investigation;
  const agencies = [inv.leadAgency, ...inv.leadAgencyParents, ...inv.partnerAgencies];
  const focusConviction = inv.prosecutions.flatMap((p) => p.defendants.flatMap((d) => d.convictions)).find((c) => c.id === tree.focus);
  const inChain = (d: Defendant) => focusConviction === undefined || d.convictions.some((c) => c.id === focusConviction.id);

  for (const p of inv.prosecutions) {
    for (const d of p.defendants.filter(inChain)) {
      for (const c of d.convictions.filter((c) => focusConviction === undefined || c.id === focusConviction.id)) {
        const how = c.method === "UNKNOWN" ? "plea or verdict not stated" : `by ${c.method.toLowerCase()}`;
        add({ id: c.id, label: "Conviction", summary: `Conviction (${how}), dated ${c.date.text}`, date: c.date, citations: c.citations }, d.id, ...c.chargeIds);
        for (const s of c.sentences) add({ id: s.id, label: "Sentence", summary: sentenceSummary(s), date: s.date, citations: s.citations }, c.id);
      }
      const charges = focusConviction === undefined ? d.charges : d.charges.filter((ch) => focusConviction.chargeIds.includes(ch.id));
      for (const ch of charges) add({ id: ch.id, label: "Charge", summary: ch.description, date: null, citations: ch.citations }, d.id);
      if (focusConviction === undefined) {
        for (const s of d.otherSentences) add({ id: s.id, label: "Sentence", summary: sentenceSummary(s), date: s.date, citations: s.citations }, d.id);
      }
      add({ id: d.id, label: "Defendant", summary: d.name, date: null, citations: d.citations }, p.id);
    }
    if (nodes.some((n) => links.some((l) => l.from === n.id && l.to === p.id))) {
      add({ id: p.id, label: "Prosecution", summary: p.title, date: null, citations: p.citations }, inv.id);
    }
  }
  add(
    { id: inv.id, label: "Investigation", summary: inv.title, date: inv.opened, citations: inv.citations },
    inv.leadAgency.id,
    ...inv.partnerAgencies.map((a) => a.id),
  );
  for (const a of agencies) add({ id: a.id, label: "Agency", summary: a.name, date: null, citations: a.citations }, ...(a.parentId ? [a.parentId] : []));
  // An agency's parent outside the case's agencies is not drawn: keep only links between nodes.
  const ids = new Set(nodes.map((n) => n.id));
  const focusFirst = [...nodes].sort((a, b) => Number(b.id === tree.focus) - Number(a.id === tree.focus));
  return { nodes: focusFirst, links: links.filter((l) => ids.has(l.to)) };
}
