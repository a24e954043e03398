import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquireRunLock } from "./helpers/run-lock.ts";

describe("the lock a test run holds on its database", () => {
  const name = `provenance-graph-lock-test-${randomBytes(4).toString("hex")}`;
  const file = path.join(tmpdir(), `${name}.lock`);

  it("makes a second run wait until the first lets go", async () => {
    const said: string[] = [];
    const first = await acquireRunLock(name, (line) => said.push(line), 20);
    let second: (() => void) | undefined;
    const waiting = acquireRunLock(name, (line) => said.push(line), 20).then((release) => (second = release));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(second).toBeUndefined();
    expect(said).toEqual([`Another test run (process ${process.pid}) is using the test database; waiting for it to finish (${file})...`]);
    first();
    await waiting;
    expect(second).toBeDefined();
    second!();
    expect(existsSync(file)).toBe(false);
  });

  it("takes over the lock of a run that died", async () => {
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    writeFileSync(file, String(dead));
    const said: string[] = [];
    const release = await acquireRunLock(name, (line) => said.push(line), 20);
    expect(said).toEqual([`A test run that died (process ${dead}) left ${file}; taking it over.`]);
    release();
  });
});
