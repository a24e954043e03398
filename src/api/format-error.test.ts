import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { DatabaseBusyError, DatabaseUnavailableError, QueryTimeoutError, SearchTextError } from "../errors.ts";
import { formatError } from "./format-error.ts";

const raised = (cause: Error) => {
  const error = new GraphQLError(cause.message, { path: ["convictionTally"], originalError: cause });
  return formatError(error.toJSON(), error);
};

describe("what a client is told", () => {
  it("about a transaction stopped by its timeout: TIMEOUT, with what to do", () => {
    expect(raised(new QueryTimeoutError("The query took too long and was stopped; narrow it and try again."))).toEqual({
      message: "The query took too long and was stopped; narrow it and try again.",
      path: ["convictionTally"],
      extensions: { code: "TIMEOUT" },
    });
  });

  it("about a database it cannot reach: UNAVAILABLE", () => {
    expect(raised(new DatabaseUnavailableError("The database is unavailable; try again shortly.")).extensions).toEqual({ code: "UNAVAILABLE" });
  });

  it("about too many large queries at once: BUSY, with the seconds to wait", () => {
    expect(raised(new DatabaseBusyError(3))).toEqual({
      message: "The server is busy with other large queries; retry after 3 s.",
      path: ["convictionTally"],
      extensions: { code: "BUSY", retryAfterSeconds: 3 },
    });
  });

  it("about a search text the fulltext index cannot read: BAD_USER_INPUT on the argument text", () => {
    expect(raised(new SearchTextError("The search text has no letter or digit, so it holds no word to search for."))).toEqual({
      message: "The search text has no letter or digit, so it holds no word to search for.",
      path: ["convictionTally"],
      extensions: { code: "BAD_USER_INPUT", argument: "text" },
    });
  });

  it("about anything unexpected: nothing but that it failed", () => {
    const error = new GraphQLError("synthetic secret detail", { path: ["provenance"], originalError: new Error("synthetic secret detail") });
    expect(formatError(error.toJSON(), error)).toEqual({
      message: "Internal server error",
      path: ["provenance"],
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
  });
});
