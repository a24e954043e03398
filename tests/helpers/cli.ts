import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { projectRoot } from "../../src/paths.ts";

export interface CliRun {
  child: ChildProcess;
  /** stdout and stderr, interleaved as they arrived. */
  output: () => string;
  stdout: () => string;
  /** Resolves with the first match of `pattern` in stdout+stderr, or rejects when the process ends first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/**
 * Runs the command `name` of src/cli the way `npm run <name>` does (bin/run.mjs), with exactly
 * the environment given. The compiled test project (vitest.config.ts) runs dist/cli/<name>.js
 * instead, the code production runs.
 */
export function runCli(name: string, env: NodeJS.ProcessEnv, args: string[] = []): CliRun {
  const entry = process.env.TEST_BUILD === "compiled" ? [path.join("dist", "cli", `${name}.js`)] : [path.join("bin", "run.mjs"), name];
  return runProcess(process.execPath, [...entry, ...args], { cwd: projectRoot, env });
}

/** Runs a program with its output captured, so a test can wait for a line and for its exit. */
export function runProcess(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; detached?: boolean }): CliRun {
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  let stdout = "";
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout!.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
    append(chunk);
  });
  child.stderr!.on("data", append);
  const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));

  const waitFor = (pattern: RegExp, timeoutMs = 120_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = output.match(pattern);
        if (match) {
          done();
          resolve(match);
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`Timed out waiting for ${pattern}. Output:\n${output}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      void exited.then(() => {
        check();
        if (listeners.has(check)) {
          done();
          reject(new Error(`Exited before ${pattern}. Output:\n${output}`));
        }
      });
      check();
    });

  return { child, output: () => output, stdout: () => stdout, waitFor, exited };
}

/** The environment of this process without any of the project's settings, plus `overrides`. */
export function cleanEnv(overrides: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (name.startsWith("NEO4J_") || name === "HOST" || name === "PORT") delete env[name];
  }
  return { ...env, ...overrides };
}
