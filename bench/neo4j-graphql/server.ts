import { readFileSync } from "node:fs";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";
import { projectRoot } from "../../src/paths.ts";

const typeDefs = readFileSync(path.join(projectRoot, "bench", "neo4j-graphql", "type-defs.graphql"), "utf8");

/** @neo4j/graphql v7 over the same driver and database, served by Apollo like our API. */
export async function startNeo4jGraphqlServer(driver: Driver, database: string): Promise<{ url: string; stop(): Promise<void> }> {
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { host: "127.0.0.1", port: 0 },
    context: async () => ({ sessionConfig: { database } }),
  });
  return { url: url.replace(/\/$/, ""), stop: () => server.stop() };
}
