import type { QueryRunner } from "../../db/query-runner.ts";
import { releaseCatalog } from "../../graph/release-candidates.ts";
import { storeCandidates } from "./release-review.ts";
import type { ImportSummary } from "../import-seed.ts";
import { districtNames } from "./district-catalog.ts";
import { releaseInput } from "./dry-run.ts";
import { extractRelease } from "./extract-release.ts";
import { candidatesOf } from "./release-candidates.ts";
import type { PressRelease } from "./release-record.ts";

export interface StoredReleases {
  releases: number;
  releasesWithoutDefendant: number;
  candidates: number;
  dropped: string[];
  leftOut: string[];
  open: number;
  accepted: number;
  rejected: number;
  summary: ImportSummary;
}

const progressEvery = 1_000;

/** Extracts the releases' candidates and stores them for review (src/ingest/doj/release-review.ts), with counts of where the queue stands. */
export async function storeReleases(db: QueryRunner, releases: readonly PressRelease[], progress: (line: string) => void = () => {}): Promise<StoredReleases> {
  const catalog = await releaseCatalog(db);
  const districts = districtNames();
  const retrieved = new Date().toISOString().slice(0, 10);
  let withoutDefendant = 0;
  const candidates = releases.flatMap((release, i) => {
    if ((i + 1) % progressEvery === 0) progress(`  extracted ${(i + 1).toLocaleString("en-US")} of ${releases.length.toLocaleString("en-US")} releases`);
    const found = candidatesOf(release, extractRelease(releaseInput(release), districts), catalog, retrieved);
    if (found.length === 0) withoutDefendant += 1;
    return found;
  });
  const stored = await storeCandidates(
    db,
    candidates,
    releases.map((r) => r.uuid),
  );
  return {
    releases: releases.length,
    releasesWithoutDefendant: withoutDefendant,
    candidates: stored.stored,
    dropped: stored.dropped,
    leftOut: stored.leftOut,
    ...stored.byStatus,
    summary: stored.summary,
  };
}
