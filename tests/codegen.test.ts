import { readFileSync } from "node:fs";
import path from "node:path";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import config from "../codegen.ts";
import { withGeneratedEnums } from "../src/api/schema-enums.ts";
import { projectRoot } from "../src/paths.ts";

describe("generated types", () => {
  it("schema.graphql declares the enums of src/graph/vocabulary.ts (run `npm run schema` after changing them)", () => {
    const schema = readFileSync(path.join(projectRoot, "schema.graphql"), "utf8");
    expect(schema).toBe(withGeneratedEnums(schema));
  });

  it("match schema.graphql and the operations (run `npm run codegen` after changing either)", async () => {
    const outputs = (await generate({ ...config, cwd: projectRoot, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(outputs.map((o) => path.relative(projectRoot, path.resolve(projectRoot, o.filename))).sort()).toEqual([
      "src/api/generated/operations.ts",
      "src/api/generated/resolvers.ts",
    ]);
    for (const output of outputs) {
      expect(readFileSync(path.resolve(projectRoot, output.filename), "utf8"), output.filename).toBe(output.content);
    }
  });
});
