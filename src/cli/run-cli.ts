import { parseArgs, type ParseArgsConfig } from "node:util";
import { ExpectedError } from "../errors.ts";

type Parsed<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/**
 * The edge of every command. Reads the arguments (`--help` prints `help`; an unknown option
 * exits with 2), then runs `main`. Errors we raise on purpose print as their message alone,
 * anything else prints with its stack; either way the exit code is 1.
 */
export function runCli<T extends ParseArgsConfig>(
  help: string,
  args: T,
  main: (parsed: Parsed<T>) => Promise<void>,
): void {
  let parsed: Parsed<T>;
  try {
    const withHelp = { ...args, options: { ...args.options, help: { type: "boolean", short: "h" } } } as const;
    parsed = parseArgs(withHelp) as Parsed<T>;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${help}`);
    process.exitCode = 2;
    return;
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(help);
    return;
  }
  main(parsed).catch((error: unknown) => {
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
