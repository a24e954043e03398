import { readConfig } from "../config.ts";
import { ExpectedError } from "../errors.ts";
import { runCli } from "./run-cli.ts";

const help = `Usage: node dist/cli/healthcheck.js   (npm run healthcheck in development)

Asks the API on this machine for /health, at the HOST and PORT it was started with. Exits 0
when the API and its database answer, 1 otherwise. The container's HEALTHCHECK runs it: the
slim Node image has neither curl nor wget.`;

runCli(help, {}, async () => {
  const { host, port } = readConfig(process.env);
  // An API listening on every interface answers on loopback.
  const reachable = host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "::1" : host;
  const url = `http://${reachable.includes(":") ? `[${reachable}]` : reachable}:${port}/health`;
  const response = await fetch(url, { signal: AbortSignal.timeout(4_000) }).catch((error: unknown) => {
    throw new ExpectedError(`${url} did not answer: ${(error as Error).message}`);
  });
  const body = await response.text();
  if (!response.ok) throw new ExpectedError(`${url} answered ${response.status}: ${body.trim()}`);
  console.log(`${url} answered ${response.status}.`);
});
