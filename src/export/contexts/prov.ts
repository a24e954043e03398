/**
 * The context of the PROV export: PROV-O's namespace, with RDF Schema for labels and comments
 * and Dublin Core terms for identifiers, dates and titles. The export carries it inline, so
 * reading the document needs no network and no context published elsewhere.
 */
export const provContext = {
  prov: "http://www.w3.org/ns/prov#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  dcterms: "http://purl.org/dc/terms/",
} as const;
