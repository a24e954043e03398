import { syntheticRootAgency } from "./synthetic-graph.ts";

/** One benchmarked question: a GraphQL request our API answers with one Cypher query. */
export interface BenchQuery {
  name: string;
  what: string;
  query: string;
  variables: (cases: number) => Record<string, unknown>;
}

/** A case in the middle of the graph, so that no size favours the first ids. */
const middle = (cases: number) => Math.floor(cases / 2);

export const benchQueries: BenchQuery[] = [
  {
    name: "tally",
    what: "the question's tally: every conviction of the directorate's cases since 2023",
    query: `query Tally($agency: ID!) {
  convictionTally(since: "2023-01-01", agency: $agency) {
    convictionsInWindow cases districts fieldOffices
    inWindow { id defendant date { text precision } datedBy charges { description statute { section } } }
    byStatute { statute { section } convictions }
    byCategory { category { name } convictions }
  }
}`,
    variables: () => ({ agency: syntheticRootAgency }),
  },
  {
    name: "provenance",
    what: "a provenance path: a conviction back to the lead agency, with every hop's sources",
    query: `query Provenance($id: ID!) {
  provenance(id: $id) { steps { id label summary date { text precision } citations { locator supports source { id title url } } } }
}`,
    // Defendant 1 of a case always exists; a defendant's provenance runs to the agency.
    variables: (cases) => ({ id: `syn-${middle(cases)}-def-1` }),
  },
  {
    name: "page",
    what: "a filtered, paginated list: one district's convictions since 2023, 20 a page, with the total",
    query: `query Page($district: ID!) {
  convictions(filter: { district: $district, since: "2023-01-01" }, first: 20) {
    totalCount edges { cursor node { id defendant date { text } charges { description } } } pageInfo { hasNextPage endCursor }
  }
}`,
    variables: () => ({ district: "syn-district-07" }),
  },
  {
    name: "sourceImpact",
    what: "the reverse provenance of the most cited source (every agency, district, statute and statistic)",
    query: `query Impact($id: ID!) { sourceImpact(id: $id) { source { id title } supports { id label summary soleSupport } wouldLoseAllSupport } }`,
    variables: () => ({ id: "syn-src-reference" }),
  },
  {
    name: "search",
    what: "fulltext search for one defendant's name",
    query: `query Search($text: String!) { search(text: $text, first: 20) { id label summary score } }`,
    variables: (cases) => ({ text: `"Synthetic defendant ${middle(cases)}-1"` }),
  },
];
