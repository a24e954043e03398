import { graphqlEnums, type Vocabulary } from "../graph/vocabulary.ts";

/**
 * The enums of schema.graphql, written from src/graph/vocabulary.ts by `npm run schema`
 * between these two lines; a test fails when they are stale.
 */
const begin = "# Enums written by `npm run schema` from src/graph/vocabulary.ts: edit them there.";
const end = "# End of the enums written by `npm run schema`.";

/** A vocabulary value as a GraphQL enum value, and back. */
export const enumValue = <V extends string>(value: V): Uppercase<V> => value.toUpperCase() as Uppercase<V>;
export const vocabularyValue = <V extends string>(value: Uppercase<V>): V => value.toLowerCase() as V;

/** schema.graphql with its enum block rewritten from the vocabularies. */
export function withGeneratedEnums(schema: string): string {
  const a = schema.indexOf(begin);
  const b = schema.indexOf(end);
  if (a < 0 || b < a) throw new Error(`schema.graphql lacks the lines that bound its generated enums:\n${begin}\n${end}`);
  return `${schema.slice(0, a)}${begin}\n\n${graphqlEnums.map(enumSdl).join("\n\n")}\n\n${schema.slice(b)}`;
}

function enumSdl(vocabulary: Vocabulary): string {
  const values = vocabulary.values.map((value) => {
    const description = vocabulary.valueDescriptions?.[value];
    return `${description === undefined ? "" : `  ${JSON.stringify(description)}\n`}  ${enumValue(value)}`;
  });
  return `${JSON.stringify(vocabulary.description)}\nenum ${vocabulary.name} {\n${values.join("\n")}\n}`;
}
