/**
 * A local copy of the part of schema.org's JSON-LD context (https://schema.org, served as
 * https://schema.org/docs/jsonldcontext.jsonld) that the ClaimReview export uses: every term
 * under schema.org's vocabulary, `url` as an IRI and `datePublished` as a schema:Date, as the
 * published context defines them. The published context maps terms to http://schema.org/
 * (schema.org accepts both schemes), so expanding with it gives the same IRIs as this copy.
 * Kept as a module rather than a .jsonld file so the compiled build (dist/) carries it.
 */
export const schemaOrgContextDocument = {
  "@context": {
    "@vocab": "http://schema.org/",
    schema: "http://schema.org/",
    url: { "@id": "schema:url", "@type": "@id" },
    datePublished: { "@id": "schema:datePublished", "@type": "Date" },
  },
} as const;
