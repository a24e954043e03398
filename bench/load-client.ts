// Runs in its own process (see load.ts), so that the client does not share the API's event
// loop: reads one load test as JSON on stdin, writes autocannon's figures as JSON on stdout.
import autocannon from "autocannon";
import type { LoadRequest } from "./load.ts";

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const request = JSON.parse(Buffer.concat(chunks).toString("utf8")) as LoadRequest;

const result = await autocannon({
  url: request.url,
  method: "POST",
  headers: { "content-type": "application/json" },
  body: request.body,
  // Every answer must be the very answer measured before the load: a wrong or partial one
  // counts as a mismatch, not as throughput.
  expectBody: request.expectBody,
  connections: request.connections,
  duration: request.seconds,
  timeout: 30,
});
process.stdout.write(
  JSON.stringify({
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
  }),
);
