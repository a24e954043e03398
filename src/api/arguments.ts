import { GraphQLError } from "graphql";
import type { QueryRunner } from "../db/query-runner.ts";
import { parsePreciseDate } from "../graph/dates.ts";
import { resolveIds, type IdArgument, type IdKind, type IdProblem } from "../graph/named-ids.ts";

/** A yyyy-mm-dd argument, or a GraphQL error saying what is wrong with it. */
export function dayArgument(name: string, value: string): string {
  if (parsePreciseDate(value)?.precision !== "day") {
    throw new GraphQLError(`Argument "${name}" must be a day written yyyy-mm-dd, such as 2023-01-01; got "${value}".`, {
      extensions: { code: "BAD_USER_INPUT", argument: name },
    });
  }
  return value;
}

/** A window's bounds, checked: each a day, and until not before since. Names are as the caller wrote them. */
export function windowBounds(names: { since: string; until: string }, since: string, until: string | null): { since: string; until: string | null } {
  const window = { since: dayArgument(names.since, since), until: until === null ? null : dayArgument(names.until, until) };
  if (window.until !== null && window.until < window.since) {
    throw new GraphQLError(`Argument "${names.until}" (${window.until}) is before "${names.since}" (${window.since}): the window would be empty.`, {
      extensions: { code: "BAD_USER_INPUT", argument: names.until },
    });
  }
  return window;
}

/** The since/until window arguments, checked; until may be absent (an open window). */
export function windowArguments(args: { since: string; until?: string | null }): { since: string; until: string | null } {
  return windowBounds({ since: "since", until: "until" }, args.since, args.until ?? null);
}

const kindNames: Record<IdKind, string> = {
  agency: "agency",
  district: "district",
  statute: "statute",
  category: "offense category",
  claimant: "claimant",
};

function problemText({ argument, kind, value, candidates, ambiguous }: IdProblem): string {
  if (ambiguous) return `Argument "${argument}": "${value}" names several ${kindNames[kind]} ids (${candidates.join(", ")}); give one of them.`;
  const closest = candidates.length === 0 ? "There are none." : `The closest ${kindNames[kind]} ids: ${candidates.join(", ")}.`;
  return `Argument "${argument}" names no ${kindNames[kind]}: "${value}". ${closest}`;
}

/**
 * The ids the arguments name, by argument (an agency's abbreviation gives its id), checked in
 * one query; every value that names nothing is refused at once, with the closest valid ids.
 */
export async function idArguments(db: QueryRunner, args: readonly IdArgument[]): Promise<Map<string, string[]>> {
  const given = args.filter((a) => a.values.length > 0);
  if (given.length === 0) return new Map();
  const result = await resolveIds(db, given);
  if (result.ok) return result.ids;
  throw new GraphQLError(result.problems.map(problemText).join("\n"), {
    extensions: {
      code: "BAD_USER_INPUT",
      problems: result.problems.map((p) => ({ argument: p.argument, value: p.value, [p.ambiguous ? "names" : "closest"]: p.candidates })),
    },
  });
}

/** An optional argument as a list of values (none when absent). */
export const given = (value: string | null | undefined): string[] => (value === null || value === undefined ? [] : [value]);
