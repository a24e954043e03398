import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { pino } from "pino";
import type { ApiContext } from "../api/context.ts";
import { createGraphqlServer } from "../api/graphql-server.ts";
import type { ApiSettings } from "../config.ts";
import type { QueryRunner } from "../db/query-runner.ts";
import { ExpectedError } from "../errors.ts";

export type RunOperation = <R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables: V) => Promise<R>;

/**
 * The GraphQL API inside this process, read-only, for commands that read the graph as any
 * client would: an operation's errors become one ExpectedError listing their messages.
 */
export async function withInProcessApi<T>(api: ApiSettings, db: QueryRunner, use: (run: RunOperation) => Promise<T>): Promise<T> {
  const server = createGraphqlServer(api);
  await server.start();
  const context: ApiContext = { db, write: "disabled", writer: "", log: pino({ level: "silent" }) };
  const run: RunOperation = async (document, variables) => {
    const response = await server.executeOperation({ query: document, variables }, { contextValue: context });
    if (response.body.kind !== "single") throw new Error("Unexpected incremental response");
    const { data, errors } = response.body.singleResult;
    if (errors?.length) throw new ExpectedError(errors.map((e) => e.message).join("\n"));
    return data as never;
  };
  try {
    return await use(run);
  } finally {
    await server.stop();
  }
}
