import http from "node:http";
import type { AddressInfo } from "node:net";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { Driver } from "neo4j-driver";
import type { ApiContext } from "./context.ts";
import { createGraphqlServer } from "./graphql-server.ts";
import { checkHealth } from "./health.ts";
import { servePlayground } from "./playground.ts";
import { bearerMatches } from "./write-token.ts";

export interface HttpServerOptions {
  driver: Driver;
  database: string;
  host: string;
  port: number;
  /** SHA-256 of the write token; undefined disables mutations. */
  writeTokenHash?: Buffer | undefined;
}

export interface RunningHttpServer {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  url: string;
  stop(): Promise<void>;
}

const maxBodyBytes = 1_000_000;

/** The API over plain node:http: /graphql (Apollo), /health, and the playground at /. */
export async function startHttpServer({
  driver,
  database,
  host,
  port,
  writeTokenHash,
}: HttpServerOptions): Promise<RunningHttpServer> {
  const graphql = createGraphqlServer();
  await graphql.start();
  const context = (authorization: string | undefined): ApiContext => ({
    driver,
    database,
    write:
      writeTokenHash === undefined ? "disabled" : bearerMatches(authorization, writeTokenHash) ? "authorized" : "unauthorized",
  });

  const server = http.createServer((request, response) => {
    route(request, response, graphql, context).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) send(response, 500, { error: "Internal server error" });
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = host === "0.0.0.0" || host === "::" ? "localhost" : host;
  return {
    url: `http://${shownHost.includes(":") ? `[${shownHost}]` : shownHost}:${address.port}`,
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await graphql.stop();
    },
  };
}

async function route(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  graphql: ApolloServer<ApiContext>,
  context: (authorization: string | undefined) => ApiContext,
): Promise<void> {
  const url = new URL(request.url ?? "/", "http://localhost");
  if (url.pathname === "/health" && request.method === "GET") {
    const { driver, database } = context(undefined);
    const health = await checkHealth(driver, database);
    return send(response, health.status === "ok" ? 200 : 503, health);
  }
  if (url.pathname === "/graphql") return serveGraphql(request, response, url, graphql, context);
  if (request.method === "GET" && servePlayground(url.pathname, response)) return;
  send(response, 404, { error: `Not found: ${url.pathname}`, endpoints: ["/", "/graphql", "/health"] });
}

async function serveGraphql(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  url: URL,
  graphql: ApolloServer<ApiContext>,
  context: (authorization: string | undefined) => ApiContext,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const raw = await readBody(request);
  if (raw === undefined) return send(response, 413, { error: `Request body over ${maxBodyBytes} bytes` });
  let body: unknown = raw;
  if (headers.get("content-type")?.startsWith("application/json") && raw !== "") {
    try {
      body = JSON.parse(raw);
    } catch {
      return send(response, 400, { errors: [{ message: "The request body is not valid JSON." }] });
    }
  }
  const result = await graphql.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? "GET", headers, search: url.search, body },
    context: async () => context(request.headers.authorization),
  });
  for (const [name, value] of result.headers) response.setHeader(name, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === "complete") {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/** The body as text, or undefined when it is over the limit. */
async function readBody(request: http.IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function send(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  response.end(`${JSON.stringify(body, null, 2)}\n`);
}
