import { writeFileSync } from "node:fs";
import path from "node:path";
import { seedJsonSchema } from "../ingest/seed-json-schema.ts";
import { projectRoot } from "../paths.ts";
import { runCli } from "./run-cli.ts";

const help = `Usage: npm run schema

Writes seed/schema.json, the JSON Schema of the seed files, from the importer's own
validation schema (src/ingest/seed-schema.ts). Editors use it to autocomplete and check
seed YAML; a test fails when it is stale.
`;

runCli(help, {}, async () => {
  const file = path.join(projectRoot, "seed", "schema.json");
  writeFileSync(file, seedJsonSchema());
  console.log(`Wrote ${path.relative(process.cwd(), file)}.`);
});
