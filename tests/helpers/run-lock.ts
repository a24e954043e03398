import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A lock one test run holds on a test database, so that a second `npm test` on the same
 * machine waits for the first instead of breaking it (both would use the same ports and the
 * same data). It is a file in the system's temporary folder naming the holder's process; a
 * holder that has died leaves a stale file, which the next run takes over.
 */
export async function acquireRunLock(name: string, log: (line: string) => void, pollMs = 1000): Promise<() => void> {
  const file = path.join(tmpdir(), `${name.replace(/[^\w.-]+/g, "_")}.lock`);
  let told = false;
  for (;;) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = Number.parseInt(readText(file), 10);
    if (Number.isInteger(holder) && !alive(holder)) {
      log(`A test run that died (process ${holder}) left ${file}; taking it over.`);
      rmSync(file, { force: true });
      continue;
    }
    if (!told) {
      log(`Another test run (process ${Number.isInteger(holder) ? holder : "?"}) is using the test database; waiting for it to finish (${file})...`);
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
