import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../src/paths.ts";

// Values reach Cypher only as parameters. These checks read our TypeScript, so a query built
// from strings fails the build's tests instead of waiting for a review to notice.
// Statement shapes, not lone words: "PROFILE" in a log message is not a query.
const cypherWords = /\b(MATCH|MERGE|CREATE)\s*\(|\bDETACH DELETE\b|\bCALL\s*[({]|\bUNWIND\b.*\bAS\b|\bRETURN\b.*\bAS\b|^.?(PROFILE|EXPLAIN)\b/;
// The one place that adds to a query's text: PROFILE in front of a whole query file's text.
const allowedBuilders = new Set(["bench/profile.ts:PROFILE ${recorded.query}"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(projectRoot, dir), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".ts") && !f.includes("generated") && !f.includes("node_modules"))
    .map((f) => path.join(dir, f));
}

/** Every template with substitutions, and every + of strings, whose text reads as Cypher. */
function builtCypher(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(projectRoot, file), "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const text = node.getText(source);
    const built =
      ts.isTemplateExpression(node) ||
      (ts.isBinaryExpression(node) &&
        node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
        [node.left, node.right].some((side) => ts.isStringLiteral(side) || ts.isNoSubstitutionTemplateLiteral(side) || ts.isTemplateExpression(side)));
    if (built && cypherWords.test(text.replace(/\$\{[^}]*\}/g, ""))) {
      const key = `${file}:${text.slice(1, -1)}`;
      if (!allowedBuilders.has(key)) found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.slice(0, 80)}`);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** String literals in src/ that are Cypher: queries live in cypher/ files. */
function inlineCypher(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(projectRoot, file), "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && /^\s*(MATCH|MERGE|CREATE|CALL|UNWIND|RETURN|OPTIONAL MATCH)\b/.test(node.text)) {
      found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.text.slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("Cypher in our code", () => {
  it("is never built from strings, in src/, bench/ or tests/", () => {
    expect(["src", "bench", "tests"].flatMap(sourceFiles).flatMap(builtCypher)).toEqual([]);
  });

  it("is never written inline in src/ or bench/: it lives in cypher/ files", () => {
    expect(["src", "bench"].flatMap(sourceFiles).flatMap(inlineCypher)).toEqual([]);
  });

  it("would catch a query built from a value, by template or by +", () => {
    expect(builtCypher("tests/fixtures/built-cypher.ts.txt").map((f) => f.split(": ")[0])).toEqual([
      "tests/fixtures/built-cypher.ts.txt:2",
      "tests/fixtures/built-cypher.ts.txt:3",
    ]);
  });

});
