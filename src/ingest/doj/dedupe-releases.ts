import type { ReleaseEntry } from "./release-page.ts";

/**
 * One entry per uuid, in the order each uuid first appears. Of two copies, the one with the
 * later `changed` wins when both have one (the API's edit time); otherwise the first is kept.
 * `duplicates` counts the copies left out.
 */
export function dedupeByUuid(entries: Iterable<ReleaseEntry>): { entries: ReleaseEntry[]; duplicates: number } {
  const kept = new Map<string, ReleaseEntry>();
  let duplicates = 0;
  for (const entry of entries) {
    const held = kept.get(entry.release.uuid);
    if (held === undefined) {
      kept.set(entry.release.uuid, entry);
      continue;
    }
    duplicates += 1;
    const [newer, older] = [entry.release.changed, held.release.changed];
    if (newer !== null && older !== null && newer > older) kept.set(entry.release.uuid, entry);
  }
  return { entries: [...kept.values()], duplicates };
}
