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
