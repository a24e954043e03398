import { readdirSync } from "node:fs";
import path from "node:path";
import type { TableLayout } from "./layouts.ts";

/**
 * A release's files for one table: whole (`gs_part_count.txt`) or split per district
 * (`gs_participant_FLM.txt`, a three-letter district code), in name order.
 */
export function tableFiles(folder: string, layout: TableLayout): string[] {
  const name = layout.table.toLowerCase();
  const pattern = new RegExp(`^${name}(?:_[A-Z]{3})?\\.txt$`);
  return readdirSync(folder)
    .filter((file) => pattern.test(file))
    .sort()
    .map((file) => path.join(folder, file));
}

/** The release's README.TXT, when it ships one (any case). */
export function readmeFile(folder: string): string | undefined {
  const found = readdirSync(folder).find((file) => file.toLowerCase() === "readme.txt");
  return found === undefined ? undefined : path.join(folder, found);
}
