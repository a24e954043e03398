import { readFileSync } from "node:fs";
import path from "node:path";
import { cypherDir } from "../paths.ts";

const cache = new Map<string, string>();

/**
 * The text of `cypher/<name>.cypher`. Queries live in files named after what they answer and
 * always take their values as parameters.
 */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(path.join(cypherDir, `${name}.cypher`), "utf8");
    cache.set(name, text);
  }
  return text;
}
