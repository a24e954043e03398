import { readFileSync } from "node:fs";
import path from "node:path";
import { cypherDir } from "../../src/paths.ts";

/** A saved Neo4j Browser query (cypher/browser/<name>.cypher), as a user meets it. */
export interface SavedQuery {
  file: string;
  /** The whole file: what Browser's favorites hold and its editor runs, comments included. */
  text: string;
  /** The `:param` lines its header asks a user to run first, each as written. */
  paramCommands: string[];
  /** The same parameters as values, for the driver. */
  parameters: Record<string, string | null>;
}

// The header's parameter lines: `//   :param since => '2023-01-01'   what it is`. Only quoted
// strings and null, so that the values need no Cypher to evaluate.
const paramLine = /^\/\/\s+(:param (\w+) => ('[^']*'|null))(\s|$)/;

export function readSavedQuery(name: string): SavedQuery {
  const file = path.join(cypherDir, "browser", `${name}.cypher`);
  const text = readFileSync(file, "utf8");
  const paramCommands: string[] = [];
  const parameters: Record<string, string | null> = {};
  const problems: string[] = [];
  text.split("\n").forEach((line, index) => {
    if (!line.includes(":param")) return;
    const match = paramLine.exec(line);
    if (match === null) {
      problems.push(`line ${index + 1}: a :param line reads "//   :param name => 'text'" or "=> null"; got ${line.trim()}`);
      return;
    }
    const [, command, key, value] = match as unknown as [string, string, string, string];
    paramCommands.push(command);
    parameters[key] = value === "null" ? null : value.slice(1, -1);
  });
  if (problems.length > 0) throw new Error(`${path.relative(cypherDir, file)}: ${problems.join("; ")}`);
  return { file, text, paramCommands, parameters };
}
