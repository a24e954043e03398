import jsonld from "jsonld";
import { schemaOrgContextDocument } from "./contexts/schema-org.ts";

/** The addresses schema.org's context is asked for by, all served from the local copy. */
const schemaOrg = /^https?:\/\/schema\.org(\/(docs\/jsonldcontext\.jsonld?)?)?$/;

/**
 * A JSON-LD document loader that never goes to the network: schema.org's context comes from
 * the local copy (src/export/contexts/schema-org.ts) and any other address is refused, naming it.
 */
export async function localDocumentLoader(url: string): Promise<{ contextUrl: undefined; documentUrl: string; document: object }> {
  if (schemaOrg.test(url)) return { contextUrl: undefined, documentUrl: url, document: schemaOrgContextDocument };
  throw new Error(`No local copy of the JSON-LD document ${url}; the exports load nothing from the network.`);
}

/** Expands an exported document with a real JSON-LD processor (jsonld.js) and the local contexts. */
export function expandLocally(document: object): Promise<object[]> {
  return jsonld.expand(document as never, { documentLoader: localDocumentLoader as never });
}
