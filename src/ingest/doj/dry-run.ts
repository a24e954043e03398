import type { DistrictNames } from "./district-of-release.ts";
import { extractRelease, type ExtractedRelease, type ReleaseInput } from "./extract-release.ts";
import type { PressRelease } from "./release-record.ts";

/**
 * A release as the extractor reads it. The district comes from the U.S. Attorney's Office
 * among its components, not from the first component: the API lists others (an agency, a
 * division) first at times.
 */
export function releaseInput(release: PressRelease): ReleaseInput {
  return {
    uuid: release.uuid,
    url: release.url,
    title: release.title,
    body: { html: release.bodyHtml },
    date: release.date,
    component: release.components.find((c) => c.startsWith("USAO")) ?? null,
  };
}

/** What `--dry-run --format json` prints for a release: the candidate facts, with the words each was read from. */
export function dryRunEntry(extracted: ExtractedRelease) {
  return {
    uuid: extracted.uuid,
    url: extracted.url,
    district: extracted.district,
    agencies: extracted.agencies.map((a) => ({ name: a.name, role: a.role, quote: a.span.text, at: [a.span.start, a.span.end] })),
    hsiCredited: extracted.hsiCredited,
    defendants: extracted.defendants.map(({ spans, ...d }) => ({
      ...d,
      quotes: {
        name: spans.name.text,
        stage: spans.stage?.text ?? null,
        pleaOrVerdictDate: spans.pleaOrVerdictDate?.text ?? null,
        sentenceDate: spans.sentenceDate?.text ?? null,
        prison: spans.prison?.text ?? null,
        statutes: spans.statutes.map((s) => s.text),
      },
    })),
    extractorVersion: extracted.extractorVersion,
  };
}

export function dryRun(releases: readonly PressRelease[], districts: readonly DistrictNames[]) {
  return releases.map((r) => dryRunEntry(extractRelease(releaseInput(r), districts)));
}
