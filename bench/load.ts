import { spawn } from "node:child_process";
import path from "node:path";
import { BenchmarkError } from "../src/errors.ts";
import { projectRoot } from "../src/paths.ts";

export interface LoadRequest {
  url: string;
  body: string;
  expectBody: string;
  connections: number;
  seconds: number;
}

/** autocannon's figures for one load test: requests per second, latency in ms, failures by kind. */
export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
}

/** Runs autocannon in a child process against one GraphQL request, every answer checked. */
export function runLoad(request: LoadRequest): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, "bench", "load-client.ts")], {
      cwd: projectRoot,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new BenchmarkError(`The load client exited with ${code}:\n${stderr.slice(-2000)}`));
      resolve(JSON.parse(stdout) as LoadResult);
    });
    child.stdin.end(JSON.stringify(request));
  });
}
