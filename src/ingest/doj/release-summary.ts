import type { ReleaseFiles } from "./release-file.ts";

/** What `ingest:doj` reports about releases read: how many, the duplicates left out, the days they span, who issued them. */
export interface ReleaseSummary {
  releases: number;
  /** Records left out because another (or a newer copy) holds the same uuid. */
  duplicates: number;
  /** The earliest and latest day, and how many releases have none. */
  dates: { first: string | null; last: string | null; undated: number };
  /** Releases per component name; a release counts under each of its components. */
  components: { name: string; releases: number }[];
  /** Releases with no component. */
  withoutComponent: number;
}

export function summarizeReleases(read: Pick<ReleaseFiles, "releases" | "duplicates">): ReleaseSummary {
  const dates = read.releases.map((r) => r.date).filter((d) => d !== null).sort();
  const components = new Map<string, number>();
  for (const release of read.releases) for (const name of new Set(release.components)) components.set(name, (components.get(name) ?? 0) + 1);
  return {
    releases: read.releases.length,
    duplicates: read.duplicates,
    dates: { first: dates[0] ?? null, last: dates.at(-1) ?? null, undated: read.releases.length - dates.length },
    components: [...components].map(([name, releases]) => ({ name, releases })).sort((a, b) => b.releases - a.releases || a.name.localeCompare(b.name)),
    withoutComponent: read.releases.filter((r) => r.components.length === 0).length,
  };
}
