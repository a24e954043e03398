import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { LineCounter, parseDocument } from "yaml";
import type { ImportProblem } from "./problems.ts";

/**
 * One seed document as the importer validates it: a YAML file, or records built in memory
 * (the benchmark generator), which have no lines.
 */
export interface SeedDocument {
  /** As shown in messages: relative to the working directory. */
  file: string;
  /** The document as plain data: sections of records. */
  content: unknown;
  /** The 1-based line of the node at `path`, or of its nearest ancestor that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Every .yaml/.yml file under the given files and folders, sorted, so imports are repeatable. */
export function listSeedFiles(inputs: string[]): { files: string[]; problems: ImportProblem[] } {
  const files: string[] = [];
  const problems: ImportProblem[] = [];
  const visit = (entry: string) => {
    let stats;
    try {
      stats = statSync(entry);
    } catch {
      problems.push({ file: entry, line: undefined, field: undefined, message: "no such file or folder" });
      return;
    }
    if (stats.isDirectory()) {
      for (const child of readdirSync(entry).sort()) {
        const full = path.join(entry, child);
        if (statSync(full).isDirectory() || /\.ya?ml$/.test(child)) visit(full);
      }
    } else if (/\.ya?ml$/.test(entry)) {
      files.push(entry);
    } else {
      problems.push({ file: entry, line: undefined, field: undefined, message: "not a .yaml or .yml file" });
    }
  };
  inputs.forEach(visit);
  return { files: [...new Set(files)], problems };
}

/** Parses one YAML file; syntax errors become problems with their line. */
export function readSeedFile(fullPath: string): { parsed: SeedDocument; problems: ImportProblem[] } {
  return parseSeedText(path.relative(process.cwd(), fullPath) || fullPath, readFileSync(fullPath, "utf8"));
}

/** Parses seed YAML (or JSON, which is YAML) named `file` in messages. */
export function parseSeedText(file: string, text: string): { parsed: SeedDocument; problems: ImportProblem[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const problems: ImportProblem[] = document.errors.map((error) => ({
    file,
    line: error.linePos?.[0].line,
    field: undefined,
    message: `invalid YAML: ${error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}`,
  }));
  const lineOf = (fieldPath: readonly PropertyKey[]) => {
    for (let depth = fieldPath.length; depth >= 0; depth--) {
      const node = document.getIn(fieldPath.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const content: unknown = problems.length > 0 ? undefined : document.toJS();
  return { parsed: { file, content, lineOf }, problems };
}
