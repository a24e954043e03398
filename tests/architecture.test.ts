import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../src/paths.ts";

// The parts of src/ and what each may import (docs/architecture.md).
const allowed: Record<string, string[]> = {
  "errors.ts": [],
  "paths.ts": [],
  "config.ts": ["errors.ts", "paths.ts"],
  db: ["config.ts", "errors.ts", "paths.ts"],
  graph: ["db", "config.ts", "errors.ts", "paths.ts"],
  ingest: ["graph", "db", "config.ts", "errors.ts", "paths.ts"],
  api: ["graph", "ingest", "db", "config.ts", "errors.ts", "paths.ts"],
  report: ["api/generated"],
  export: ["api/generated"],
};

const src = path.join(projectRoot, "src");
/** The part a file of src/ belongs to: its folder, or the file itself at the top. */
const partOf = (file: string) => path.relative(src, file).split(path.sep)[0]!;

describe("the architecture", () => {
  it("holds: each part of src/ imports only the parts below it", () => {
    const broken: string[] = [];
    for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith(".ts")) continue;
      const file = path.join(entry.parentPath, entry.name);
      const part = partOf(file);
      const may = allowed[part];
      if (may === undefined) continue; // cli and app.ts may import anything
      for (const [, target] of readFileSync(file, "utf8").matchAll(/^import[^;]*?from "(\.[^"]+)"/gms)) {
        const imported = path.relative(src, path.resolve(path.dirname(file), target!));
        if (imported.startsWith("..")) continue;
        const into = partOf(path.join(src, imported));
        if (into === part) continue;
        if (!may.some((m) => imported === m || imported.startsWith(`${m}/`))) broken.push(`${path.relative(projectRoot, file)} imports ${imported}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
