import { syntheticRootAgency } from "./synthetic-graph.ts";

/** One benchmarked question: a GraphQL request our API answers with one Cypher query. */
export interface BenchQuery {
  name: string;
  what: string;
  query: string;
  variables: (cases: number) => Record<string, unknown>;
  /**
   * The same question asked of @neo4j/graphql (bench/neo4j-graphql/type-defs.graphql), fetching
   * the same facts; it takes the same variables. Where our API computes (counts, window
   * status), the library returns the facts to compute from.
   */
  neo4jGraphql: string;
  /**
   * The largest graph (in cases) at which @neo4j/graphql is asked: above it, its answer is too
   * large to fetch (its tally at 10^5 cases was 110 MB and took 2 minutes), and the benchmark
   * says so rather than compare.
   */
  neo4jGraphqlUpTo?: number;
}

// Every fact's citations, as @neo4j/graphql exposes relationship properties.
const citations = "citationsConnection { edges { properties { locator supports } node { id title url } } }";
// The synthetic directorate leads through its field offices, one level down; @neo4j/graphql
// has no variable-length path, so the equivalent query spells out that one level.
const casesLed = `investigations { id prosecutions { id title district { id name } defendants { id name
  convictions { id date datePrecision dateFrom dateTo method sentences { date datePrecision dateFrom dateTo }
    charges { id description stage statute { section categories { id name } } categories { id name } } } } } }`;
const citedBy = ["Agency", "District", "Investigation", "Prosecution", "Defendant", "Charge", "Conviction", "Sentence", "Statute", "Claim"]
  .map((type) => `... on ${type} { id citationsConnection { totalCount } }`)
  .join(" ");

/** A case in the middle of the graph, so that no size favours the first ids. */
const middle = (cases: number) => Math.floor(cases / 2);

export const benchQueries: BenchQuery[] = [
  {
    name: "tally",
    what: "the question's numbers for the directorate since 2023: counts and the breakdowns by statute and category (@neo4j/graphql, which cannot group, fetches every conviction of the directorate's cases instead)",
    query: `query Tally($agency: ID!) {
  convictionTally(since: "2023-01-01", agency: $agency) {
    convictionsInWindow notPlaceableCount pendingChargeCount cases districts fieldOffices
    byStatute { statute { section } convictions }
    byCategory { category { name } convictions }
  }
}`,
    variables: () => ({ agency: syntheticRootAgency }),
    neo4jGraphqlUpTo: 10_000,
    neo4jGraphql: `query Tally($agency: ID!) {
  agencies(where: { id: { eq: $agency } }) { id name ${casesLed} subOffices { id name kind ${casesLed} } }
}`,
  },
  {
    name: "tallyPage",
    what: "the first page of the convictions the tally counts: the directorate's since 2023, 20 by date, with their charges",
    query: `query TallyPage($agency: ID!) {
  convictionTally(since: "2023-01-01", agency: $agency) {
    inWindow(first: 20) { edges { node { id defendant date { text precision } datedBy charges { description statute { section } } } } pageInfo { hasNextPage endCursor } }
  }
}`,
    variables: () => ({ agency: syntheticRootAgency }),
    // Its nearest: convictions dated by plea since 2023 in the directorate's cases, 20 by date
    // (it cannot apply our dating rule or precision, so it may list others).
    neo4jGraphql: `query TallyPage($agency: ID!) {
  convictionsConnection(
    first: 20
    sort: [{ dateFrom: ASC }]
    where: { dateFrom: { gte: "2023-01-01" }, defendant: { some: { prosecution: { some: { investigation: { some: { leadAgency: { some: { OR: [{ id: { eq: $agency } }, { parent: { some: { id: { eq: $agency } } } }, { parent: { some: { parent: { some: { id: { eq: $agency } } } } } }] } } } } } } } } }
  ) { edges { node { id date defendant { name } charges { description } } } pageInfo { hasNextPage endCursor } }
}`,
  },
  {
    name: "provenance",
    what: "a provenance tree: a defendant's whole case up to the lead agency, with every node's sources",
    query: `query Provenance($id: ID!) {
  provenance(id: $id) { focus investigation { id title opened { text precision } citations { locator supports source { id title url } }
    leadAgency { id name citations { locator supports source { id title url } } }
    leadAgencyParents { id name citations { locator supports source { id title url } } }
    prosecutions { id title citations { locator supports source { id title url } }
      defendants { id name citations { locator supports source { id title url } } } } } }
}`,
    // Defendant 1 of a case always exists; a defendant's provenance runs to the agency.
    variables: (cases) => ({ id: `syn-${middle(cases)}-def-1` }),
    neo4jGraphql: `query Provenance($id: ID!) {
  defendants(where: { id: { eq: $id } }) { id name ${citations}
    prosecution { id title ${citations} investigation { id title opened ${citations}
      leadAgency { id name ${citations} parent { id name ${citations} parent { id name ${citations} parent { id name ${citations} } } } } } } }
}`,
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
    neo4jGraphql: `query Page($district: ID!) {
  convictionsConnection(
    first: 20
    sort: [{ dateFrom: ASC }]
    where: { dateFrom: { gte: "2023-01-01" }, defendant: { some: { prosecution: { some: { district: { some: { id: { eq: $district } } } } } } } }
  ) { totalCount edges { cursor node { id date defendant { name } charges { description } } } pageInfo { hasNextPage endCursor } }
}`,
  },
  {
    name: "sourceImpact",
    what: "the reverse provenance of the most cited source (every agency, district, statute and statistic)",
    query: `query Impact($id: ID!) { sourceImpact(id: $id) { source { id title } supports { id label summary soleSupport } wouldLoseAllSupport } }`,
    variables: () => ({ id: "syn-src-reference" }),
    neo4jGraphql: `query Impact($id: ID!) { sources(where: { id: { eq: $id } }) { id title citedBy { __typename ${citedBy} } } }`,
  },
  {
    name: "search",
    what: "fulltext search for one defendant's name, best 20 of every match",
    query: `query Search($text: String!) { search(text: $text, first: 20) { id label summary score } }`,
    // Plain words, none of Lucene's operators: our API escapes them and @neo4j/graphql passes
    // them through, so only such text is read the same way by both (any word may match).
    variables: (cases) => ({ text: `Synthetic defendant ${middle(cases)}` }),
    neo4jGraphql: `query Search($text: String!) { defendantsByName(phrase: $text, first: 20, sort: [{ score: DESC }]) { edges { score node { id name } } } }`,
  },
];
