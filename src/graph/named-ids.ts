import { z } from "zod";
import { defineQuery, oneRow } from "../db/query.ts";
import type { QueryRunner } from "../db/query-runner.ts";
import { districtLookup } from "./districts.ts";

/**
 * Arguments that name things by id are checked against the graph before anything is counted,
 * so that a misspelt id is refused with the closest valid ids, never answered with zero. One
 * query checks every argument of a request (cypher/arguments/named_ids.cypher).
 */
export const idKinds = ["agency", "district", "statute", "category", "claimant"] as const;
export type IdKind = (typeof idKinds)[number];

/** One argument of a request: its name as the caller wrote it (e.g. filter.district), and its values. */
export interface IdArgument {
  argument: string;
  kind: IdKind;
  values: readonly string[];
}

/** A value that names nothing, or more than one thing. */
export interface IdProblem {
  argument: string;
  kind: IdKind;
  value: string;
  /** What the value could mean: the closest valid ids, or the several it names. */
  candidates: string[];
  ambiguous: boolean;
}

export type ResolvedIds = { ok: true; ids: Map<string, string[]> } | { ok: false; problems: IdProblem[] };

const named = z.array(z.object({ text: z.string(), ids: z.array(z.string()) }));
const perKind = <S extends z.ZodType>(schema: S) => z.object(Object.fromEntries(idKinds.map((kind) => [kind, schema])) as Record<IdKind, S>);
const query = defineQuery("arguments/named_ids", oneRow(z.object({ named: perKind(named), candidates: perKind(z.array(z.string())) })));

/**
 * The ids each argument names, by argument name, in the order given: an agency's abbreviation
 * in any case gives its id ("HSI" is hsi). Or every value that names nothing or is ambiguous.
 */
export async function resolveIds(db: QueryRunner, args: readonly IdArgument[]): Promise<ResolvedIds> {
  const texts = (kind: IdKind) => [...new Set(args.filter((a) => a.kind === kind).flatMap((a) => a.values))];
  const row = await db.read(query, {
    agencies: texts("agency"),
    districts: texts("district").map(districtLookup),
    statutes: texts("statute"),
    categories: texts("category"),
    claimants: texts("claimant"),
  });
  const ids = new Map<string, string[]>();
  const problems: IdProblem[] = [];
  for (const { argument, kind, values } of args) {
    const found = new Map(row.named[kind].map((n) => [n.text, [...new Set(n.ids)]]));
    const resolved: string[] = [];
    for (const value of values) {
      const named = found.get(value) ?? [];
      if (named.length === 1) resolved.push(named[0]!);
      else if (named.length > 1) problems.push({ argument, kind, value, candidates: named, ambiguous: true });
      else problems.push({ argument, kind, value, candidates: closest(value, row.candidates[kind]), ambiguous: false });
    }
    ids.set(argument, resolved);
  }
  return problems.length === 0 ? { ok: true, ids } : { ok: false, problems };
}

/**
 * Up to `count` ids closest to a text: those that contain it ("2251" finds 18-usc-2251), then
 * those within a few edits (a third of its length, at least 2), nearest first, then
 * alphabetically. When none is that close, the nearest ones all the same.
 */
export function closest(text: string, ids: readonly string[], count = 3): string[] {
  const wanted = text.trim().toLowerCase();
  const scored = ids.map((id) => ({ id, contains: wanted !== "" && id.includes(wanted), distance: editDistance(wanted, id) }));
  scored.sort((a, b) => Number(b.contains) - Number(a.contains) || a.distance - b.distance || a.id.localeCompare(b.id));
  const near = scored.filter((s) => s.contains || s.distance <= Math.max(2, Math.floor(wanted.length / 3)));
  return (near.length > 0 ? near : scored).slice(0, count).map((s) => s.id);
}

/** Levenshtein distance: insertions, deletions and substitutions, each costing 1. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
