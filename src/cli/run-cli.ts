import { ExpectedError } from "../errors.ts";

/**
 * The edge of every command: errors we raise on purpose print as their message alone,
 * anything else prints with its stack. Either way the exit code is 1.
 */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof ExpectedError) console.error(`Error: ${error.message}`);
    else console.error(error);
    process.exitCode = 1;
  });
}

/**
 * Resolves on the first Ctrl-C or SIGTERM. Later ones are ignored while we shut down: a
 * terminal's Ctrl-C reaches every process in the group and npm forwards it once more, so one
 * key press arrives more than once. Shutdown is bounded instead (see stopProcess).
 */
export function untilStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    process.on("SIGINT", resolve);
    process.on("SIGTERM", resolve);
  });
}
