import { z } from "zod";
import { seedFileSchema } from "./seed-schema.ts";

/** The seed file format as JSON Schema text, for seed/schema.json. */
export function seedJsonSchema(): string {
  const schema = z.toJSONSchema(seedFileSchema, { io: "input", target: "draft-2020-12", unrepresentable: "any" });
  return `${JSON.stringify({ ...schema, title: "Seed file" }, null, 2)}\n`;
}
