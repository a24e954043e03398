import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { withGeneratedEnums } from "../api/schema-enums.ts";
import { seedJsonSchema } from "../ingest/seed-json-schema.ts";
import { projectRoot } from "../paths.ts";
import { runCli } from "./run-cli.ts";

const help = `Usage: npm run schema

Writes what is derived from the model's own definitions, and a test fails when either is stale:
  seed/schema.json   the JSON Schema of the seed files, from the importer's validation schema
                     (src/ingest/seed-schema.ts); editors use it to check seed YAML
  schema.graphql     its enums, from src/graph/vocabulary.ts (then run npm run codegen)
`;

runCli(help, {}, async () => {
  const seedSchema = path.join(projectRoot, "seed", "schema.json");
  writeFileSync(seedSchema, seedJsonSchema());
  const graphqlSchema = path.join(projectRoot, "schema.graphql");
  writeFileSync(graphqlSchema, withGeneratedEnums(readFileSync(graphqlSchema, "utf8")));
  console.log(`Wrote ${path.relative(process.cwd(), seedSchema)} and the enums of ${path.relative(process.cwd(), graphqlSchema)}.`);
});
