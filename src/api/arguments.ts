import { GraphQLError } from "graphql";
import { parsePreciseDate } from "../graph/dates.ts";

/** A yyyy-mm-dd argument, or a GraphQL error saying what is wrong with it. */
export function dayArgument(name: string, value: string): string {
  if (parsePreciseDate(value)?.precision !== "day") {
    throw new GraphQLError(`Argument "${name}" must be a day written yyyy-mm-dd, such as 2023-01-01; got "${value}".`, {
      extensions: { code: "BAD_USER_INPUT", argument: name },
    });
  }
  return value;
}

/** The since/until window arguments, checked; until may be absent (an open window). */
export function windowArguments(args: { since: string; until?: string | null }): { since: string; until: string | null } {
  return {
    since: dayArgument("since", args.since),
    until: args.until === null || args.until === undefined ? null : dayArgument("until", args.until),
  };
}
