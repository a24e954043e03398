import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { pino, type Logger } from "pino";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import { defaultApiSettings, type ApiSettings } from "../config.ts";
import type { QueryRunner } from "../db/query-runner.ts";
import { AuthFailures } from "./auth-failures.ts";
import type { ApiContext } from "./context.ts";
import { createGraphqlServer } from "./graphql-server.ts";
import { checkHealth } from "./health.ts";
import { servePlayground } from "./playground.ts";
import { bearerMatches } from "./write-token.ts";

export interface HttpServerOptions {
  /** The one way to the database; its timeout and limits are the API's (config.api). */
  db: QueryRunner;
  host: string;
  port: number;
  /** SHA-256 of the write token; undefined disables mutations. */
  writeTokenHash?: Buffer | undefined;
  /** Who writes made with the token are recorded as. */
  writeTokenLabel?: string;
  api?: ApiSettings;
  /** Structured logs, one line per request and per error; silent unless given. */
  log?: Logger;
}

export interface RunningHttpServer {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  url: string;
  stop(): Promise<void>;
}

const maxBodyBytes = 1_000_000;

/** The API over plain node:http: /graphql (Apollo), /health, and the playground at /. */
export async function startHttpServer({
  db,
  host,
  port,
  writeTokenHash,
  writeTokenLabel = "API write token",
  api = defaultApiSettings,
  log = pino({ level: "silent" }),
}: HttpServerOptions): Promise<RunningHttpServer> {
  const graphql = createGraphqlServer(api);
  await graphql.start();
  const authFailures = new AuthFailures();
  // A token that does not match is a failed attempt, whatever the request asks for.
  const writeState = (request: http.IncomingMessage, client: string): ApiContext["write"] => {
    if (writeTokenHash === undefined) return "disabled";
    if (bearerMatches(request.headers.authorization, writeTokenHash)) return "authorized";
    if (request.headers.authorization !== undefined) authFailures.record(client);
    return "unauthorized";
  };

  const server = http.createServer((request, response) => {
    const requestId = requestIdOf(request);
    const requestLog = log.child({ requestId });
    const started = process.hrtime.bigint();
    response.setHeader("x-request-id", requestId);
    response.once("finish", () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      requestLog.info({ method: request.method, url: request.url, status: response.statusCode, ms: Math.round(ms * 10) / 10 }, "request");
    });
    const client = request.socket.remoteAddress ?? "unknown";
    const wait = request.headers.authorization === undefined ? 0 : authFailures.retryAfter(client);
    if (wait > 0) {
      requestLog.warn({ client }, "refused: too many failed write-token attempts");
      response.setHeader("retry-after", String(wait));
      return send(response, 429, { error: `Too many failed write-token attempts; try again in ${wait} s.`, requestId });
    }
    const context = (): ApiContext => ({ db, write: writeState(request, client), writer: writeTokenLabel, log: requestLog });
    route(request, response, graphql, context, api).catch((error: unknown) => {
      requestLog.error({ err: error }, "request failed");
      if (!response.headersSent) send(response, 500, { error: "Internal server error", requestId });
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
  context: () => ApiContext,
  api: ApiSettings,
): Promise<void> {
  const url = new URL(request.url ?? "/", "http://localhost");
  if (url.pathname === "/health" && request.method === "GET") {
    const health = await checkHealth(context().db);
    return send(response, health.status === "ok" ? 200 : 503, health);
  }
  if (url.pathname === "/graphql") return serveGraphql(request, response, url, graphql, context);
  if (request.method === "GET" && servePlayground(url.pathname, response, { introspection: api.introspection })) return;
  send(response, 404, { error: `Not found: ${url.pathname}`, endpoints: ["/", "/graphql", "/health"] });
}

async function serveGraphql(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  url: URL,
  graphql: ApolloServer<ApiContext>,
  context: () => ApiContext,
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
    context: async () => context(),
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

/** The caller's X-Request-Id when it is a plain token, else a new one: logs and answers carry it. */
function requestIdOf(request: http.IncomingMessage): string {
  const given = request.headers["x-request-id"];
  return typeof given === "string" && /^[\w.:-]{1,64}$/.test(given) ? given : randomUUID();
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
