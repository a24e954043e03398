import type { TableLayout } from "./layouts.ts";
import type { ReleaseFile } from "./release-source.ts";

/**
 * A release's files for one table: whole (`gs_part_count.txt`) or split per district
 * (`gs_participant_FLM.txt`, `gs_participant_CO.txt`: the district code, two or three letters), in name order, from whichever
 * of the release's zips holds them.
 */
export function tableFiles(files: readonly ReleaseFile[], layout: TableLayout): ReleaseFile[] {
  const pattern = new RegExp(`^${layout.table.toLowerCase()}(?:_[A-Z]{2,3})?\\.txt$`);
  return files.filter((file) => pattern.test(file.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The same table file in two of a release's zips would be read twice: each such name is a problem. */
export function duplicateFiles(files: readonly ReleaseFile[]): string[] {
  const seen = new Map<string, string>();
  return files.flatMap((file) => {
    const first = seen.get(file.name);
    if (first === undefined) seen.set(file.name, file.label);
    return first === undefined ? [] : [`${file.label}: ${file.name} is also ${first}`];
  });
}

/** The release's README.TXT, when it ships one (any case; the first, when each Disk has a copy). */
export function readmeFile(files: readonly ReleaseFile[]): ReleaseFile | undefined {
  return files.find((file) => file.name.toLowerCase() === "readme.txt");
}
