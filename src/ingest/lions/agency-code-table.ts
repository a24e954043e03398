import { renamedAgencyCodes, unknownAgencyCodes, type ReleaseAgencyNames } from "../../graph/caseload-agencies.ts";
import type { CaseloadCaseInput } from "../../graph/caseload-input.ts";
import { readLines, type TextLine } from "./read-lines.ts";
import { TableStreamError } from "./read-table.ts";
import type { Release } from "./release-source.ts";
import { duplicateFiles } from "./table-files.ts";

/**
 * The agency code table a release is read with: its own GS_AGENCY (code → the release's name
 * for it), or, when it ships none, the built-in list (src/graph/caseload-agencies.ts). Either
 * way codes map to our agencies through the built-in list; the release's table only names them.
 */
export type AgencyCodeTable = { from: "release"; names: ReleaseAgencyNames } | { from: "built-in"; why: string };

const globalFile = "global_lions.txt";
const agencyTable = "GS_AGENCY";
/** A line that is only a table's name starts that table (and ends the one before it). */
const tableName = /^GS_[A-Z0-9_]+$/;
/** Past this many, the table's rows of the wrong length are not listed one by one: it is refused either way. */
const listedProblems = 20;

/**
 * Reads GS_AGENCY from the release's global_LIONS.txt, streaming, noting in `problems` every
 * line that does not fit its layout (file and line). The file stacks several code tables,
 * each a line holding only its name, a header of column names, a divider of hyphen runs (one
 * run per column, which gives the column's characters), then its rows (docs/model.md,
 * Caseload data, quotes the public parsers this layout is taken from). Only CODE and
 * DESCRIPTION are read; a DESCRIPTION of `*` (withheld) or blank is no name.
 */
export async function readAgencyCodeTable(release: Release, problems: string[]): Promise<AgencyCodeTable> {
  const files = release.files.filter((f) => f.name.toLowerCase() === globalFile);
  problems.push(...duplicateFiles(files));
  const file = files[0];
  if (file === undefined) return { from: "built-in", why: "the release has no global_LIONS.txt" };
  try {
    const names = await parseAgencyTable(readLines(file), file.label, problems);
    return names === undefined ? { from: "built-in", why: `its global_LIONS.txt has no ${agencyTable} table` } : { from: "release", names };
  } catch (error) {
    if (!(error instanceof TableStreamError)) throw error;
    problems.push(error.message);
    return { from: "built-in", why: "its global_LIONS.txt cannot be read" };
  }
}

/** Where the agency codes' names came from, as the CLI and the load report say it. */
export function agencyCodesSource(table: AgencyCodeTable): string {
  return table.from === "release"
    ? `its global_LIONS.txt (${agencyTable}, ${table.names.size.toLocaleString("en-US")} code${table.names.size === 1 ? "" : "s"})`
    : `the built-in list (LIONS Appendix A): ${table.why}`;
}

/** What the figures and the load report say of the agency codes of selected cases. */
export interface AgencyCodeReport {
  /** Whose names: the release's code table, or the built-in list. */
  from: "release" | "built-in";
  /** The same in words, with the file or why the built-in list is used (agencyCodesSource). */
  source: string;
  /** The investigating agencies' codes that map to none of our agencies, or that the release's table does not define, each with its name (unknownAgencyCodes). */
  unknown: string[];
  /** Codes of the built-in list that the release names otherwise: warnings (renamedAgencyCodes). */
  renamed: string[];
}

export function agencyCodeReport(table: AgencyCodeTable, cases: readonly CaseloadCaseInput[]): AgencyCodeReport {
  const names = table.from === "release" ? table.names : null;
  return {
    from: table.from,
    source: agencyCodesSource(table),
    unknown: unknownAgencyCodes(
      cases.flatMap((c) => c.participants.filter((p) => p.role.trim() === "IN").map((p) => p.agency)),
      names,
    ),
    renamed: names === null ? [] : renamedAgencyCodes(names),
  };
}

/** GS_AGENCY's codes and names, or undefined when the file has no such table. */
async function parseAgencyTable(lines: AsyncIterable<TextLine>, label: string, problems: string[]): Promise<Map<string, string | null> | undefined> {
  let names: Map<string, string | null> | undefined;
  // Where the reading is: before GS_AGENCY, at its header, its divider, its rows, or past it
  // (another table, or a GS_AGENCY whose header could not be read).
  let state: "before" | "header" | "divider" | "rows" | "past" = "before";
  let start = 0;
  let header: TextLine | undefined;
  let layout: Layout | undefined;
  const seenAt = new Map<string, number>();
  let wrongLines = 0;
  const noLayout = () => problems.push(`${label}:${start}: ${agencyTable} has no header and divider line of hyphens under it`);

  for await (const line of lines) {
    const trimmed = line.text.trimEnd();
    if (trimmed === "") continue;
    if (tableName.test(trimmed)) {
      if (state === "header" || state === "divider") noLayout();
      if (trimmed === agencyTable && names !== undefined) problems.push(`${label}:${line.number}: ${agencyTable} again (first at line ${start})`);
      if (trimmed === agencyTable && names === undefined) {
        [names, start, state] = [new Map(), line.number, "header"];
      } else if (state !== "before") {
        state = "past";
      }
      continue;
    }
    if (state === "header") {
      [header, state] = [line, "divider"];
    } else if (state === "divider") {
      layout = readLayout(header!, line, label, problems);
      state = layout === undefined ? "past" : "rows";
    } else if (state === "rows") {
      if (trimmed.length > layout!.length) {
        wrongLines += 1;
        if (wrongLines <= listedProblems) problems.push(`${label}:${line.number}: ${trimmed.length} characters (trailing blanks aside) where ${agencyTable}'s divider line (line ${layout!.line}) has ${layout!.length}`);
        continue;
      }
      const code = cell(line.text, layout!.code);
      const description = cell(line.text, layout!.description);
      const name = description === "" || description === "*" ? null : description;
      const earlier = seenAt.get(code);
      if (code === "") problems.push(`${label}:${line.number}: a ${agencyTable} row with no CODE`);
      else if (earlier === undefined) {
        seenAt.set(code, line.number);
        names!.set(code, name);
      } else if (names!.get(code) !== name) problems.push(`${label}:${line.number}: code ${code} is also at line ${earlier}, with another name`);
    }
  }
  if (state === "header" || state === "divider") noLayout();
  if (wrongLines > listedProblems) problems.push(`${label}: ${wrongLines - listedProblems} more ${agencyTable} rows of the wrong length`);
  return names;
}

interface Column {
  /** 0-based, end exclusive. */
  from: number;
  to: number;
}

interface Layout {
  /** The divider's line number, and its length without trailing blanks. */
  line: number;
  length: number;
  code: Column;
  description: Column;
}

const cell = (text: string, column: Column) => text.slice(column.from, column.to).trim();

/**
 * The layout the header and the divider give: each run of hyphens is a column, named by the
 * header's words above it, CamelCase read as CAMEL_CASE (CreateDate is CREATE_DATE).
 */
function readLayout(header: TextLine, divider: TextLine, label: string, problems: string[]): Layout | undefined {
  const runs = divider.text.trimEnd();
  if (!/^-[- ]*$/.test(runs)) {
    problems.push(`${label}:${divider.number}: ${agencyTable}'s header (line ${header.number}) is not followed by a divider line of hyphens`);
    return undefined;
  }
  const columns = new Map([...runs.matchAll(/-+/g)].map((run) => [columnName(header.text.slice(run.index, run.index + run[0].length).trim()), { from: run.index, to: run.index + run[0].length }]));
  const code = columns.get("CODE");
  const description = columns.get("DESCRIPTION");
  const lacking = [...(code === undefined ? ["CODE"] : []), ...(description === undefined ? ["DESCRIPTION"] : [])];
  if (lacking.length > 0) {
    problems.push(`${label}:${header.number}: ${agencyTable}'s header has no ${lacking.join(" or ")} column (it has ${[...columns.keys()].join(", ")})`);
    return undefined;
  }
  return { line: divider.number, length: runs.length, code: code!, description: description! };
}

/** A header's column name as the tables' layouts write it: Code is CODE, MasterCode MASTER_CODE; CODE stays CODE. */
function columnName(heading: string): string {
  return heading
    .replace(/(.)([A-Z][a-z]+)/g, "$1_$2")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toUpperCase();
}
