import type { Config } from "../config.ts";
import { openDatabase, type OpenDatabase } from "../db/open-database.ts";
import { placeUnplaced } from "./placement.ts";

/**
 * The database every command works on (src/db/open-database.ts), with every conviction
 * placed: a graph written before placements were stored is placed once, at its first open.
 */
export function openGraph(config: Config, options: { env?: NodeJS.ProcessEnv; log?: (line: string) => void } = {}): Promise<OpenDatabase> {
  const log = options.log ?? (() => {});
  return openDatabase(config, {
    ...options,
    prepare: async (runner) => {
      const placed = await placeUnplaced(runner, { timeoutMs: config.importTimeoutMs });
      if (placed > 0) log(`Placed ${placed} convictions written before placements were stored.`);
    },
  });
}
