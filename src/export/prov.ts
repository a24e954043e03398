import { provContext } from "./contexts/prov.ts";
import type { ProvenanceGraph, ProvenanceNode } from "./provenance-graph.ts";

type Source = ProvenanceNode["citations"][number]["source"];

/**
 * Facts and sources are blank nodes named after their ids in the graph (`_:conv-…`): the
 * project publishes no IRIs of its own, and `dcterms:identifier` keeps the id.
 */
const ref = (id: string) => ({ "@id": `_:${id}` });

const isAgent = (node: ProvenanceNode) => node.label === "Agency";

/** A relation between two facts, by what each is: an agent (an agency) or an entity. */
function relation(from: ProvenanceNode, to: ProvenanceNode): string {
  if (isAgent(from)) return isAgent(to) ? "prov:actedOnBehalfOf" : "prov:wasInfluencedBy";
  return isAgent(to) ? "prov:wasAttributedTo" : "prov:wasInfluencedBy";
}

/**
 * Where a fact comes from: an entity is derived from each source that states it, an agency
 * influenced by it; the qualified form keeps the citation's locator and what it supports.
 */
function sourced(node: ProvenanceNode): Record<string, unknown> {
  if (node.citations.length === 0) return {};
  const qualified = node.citations.map((c) => ({
    "@type": isAgent(node) ? "prov:Influence" : "prov:Derivation",
    [isAgent(node) ? "prov:influencer" : "prov:entity"]: ref(c.source.id),
    "prov:atLocation": c.locator,
    "rdfs:comment": c.supports,
  }));
  const sources = [...new Set(node.citations.map((c) => c.source.id))].map(ref);
  return isAgent(node)
    ? { "prov:wasInfluencedBy": sources, "prov:qualifiedInfluence": qualified }
    : { "prov:wasDerivedFrom": sources, "prov:qualifiedDerivation": qualified };
}

function fact(node: ProvenanceNode, links: ProvenanceGraph["links"], byId: Map<string, ProvenanceNode>): Record<string, unknown> {
  const related: Record<string, { "@id": string }[]> = {};
  for (const link of links.filter((l) => l.from === node.id)) {
    const to = byId.get(link.to)!;
    (related[relation(node, to)] ??= []).push(ref(to.id));
  }
  return {
    ...ref(node.id),
    "@type": isAgent(node) ? ["prov:Agent", "prov:Organization"] : "prov:Entity",
    "dcterms:identifier": node.id,
    "dcterms:type": node.label,
    "rdfs:label": node.summary,
    ...(node.date === null || node.date.text === "unknown" ? {} : { "dcterms:date": node.date.text }),
    ...related,
    ...sourced(node),
  };
}

/** A document the graph cites; a mirror names the original it reproduces as its primary source. */
function source(s: Source): Record<string, unknown> {
  return {
    ...ref(s.id),
    "@type": "prov:Entity",
    "dcterms:identifier": s.id,
    "dcterms:type": s.kind,
    "dcterms:title": s.title,
    ...(s.publisher === null ? {} : { "dcterms:publisher": s.publisher }),
    ...(s.published.text === "unknown" ? {} : { "dcterms:issued": s.published.text }),
    ...(s.url === null ? {} : { "prov:atLocation": { "@id": s.url } }),
    ...(s.mirrorOfPublisher === null
      ? {}
      : {
          "prov:hadPrimarySource": {
            "@type": "prov:Entity",
            "dcterms:publisher": s.mirrorOfPublisher,
            ...(s.mirrorOfUrl === null ? {} : { "prov:atLocation": { "@id": s.mirrorOfUrl } }),
          },
        }),
  };
}

/**
 * W3C PROV-O, as JSON-LD, of one fact's provenance: the facts of its case (entities), the
 * agencies (agents), and every source (entities) with the citations that tie them together.
 */
export function provDocument(graph: ProvenanceGraph): Record<string, unknown> {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const sources = new Map<string, Source>();
  for (const c of graph.nodes.flatMap((n) => n.citations)) sources.set(c.source.id, c.source);
  return {
    "@context": provContext,
    "@graph": [
      ...graph.nodes.map((n) => fact(n, graph.links, byId)),
      ...[...sources.values()].sort((a, b) => a.id.localeCompare(b.id)).map(source),
    ],
  };
}
