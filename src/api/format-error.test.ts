import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { actionableDatabaseError, formatError } from "./format-error.ts";

const driverError = (code: string) => new Neo4jError("synthetic words of the database", code, "", "");

describe("what a client is told", () => {
  it("about a transaction stopped by its timeout: TIMEOUT, without the database's words", () => {
    expect(actionableDatabaseError(driverError("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"))).toEqual({
      message: "The query took too long and was stopped; narrow it (a shorter window, fewer fields) and try again.",
      code: "TIMEOUT",
    });
  });

  it("about a database it cannot reach: UNAVAILABLE", () => {
    expect(actionableDatabaseError(driverError("ServiceUnavailable"))?.code).toBe("UNAVAILABLE");
    expect(actionableDatabaseError(driverError("Neo.ClientError.Statement.SyntaxError"))).toBeUndefined();
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
