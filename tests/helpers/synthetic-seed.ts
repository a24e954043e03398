import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A small, plainly synthetic case in the seed format: every id starts with `p`, every URL is
 * on example.org, and no name is real. 15 records: 1 source, 2 agencies, 1 category,
 * 1 statute, 2 claims, 1 investigation, 1 prosecution, 2 defendants, 2 charges,
 * 1 conviction, 1 sentence.
 */
export function syntheticCase(p: string): string {
  const cite = `[{ source: ${p}src, locator: "paragraph 1", supports: "Synthetic support." }]`;
  return `
sources:
  - id: ${p}src
    kind: press_release
    publisher: Synthetic Publisher
    title: Synthetic release
    url: https://example.org/${p}release
    published: "2024-06-01"
    retrieved: "2026-11-26"
agencies:
  - id: ${p}agency
    name: Synthetic agency ${p}
    kind: department
    sources: ${cite}
  - id: ${p}office
    name: Synthetic field office ${p}
    kind: field_office
    partOf: ${p}agency
    sources: ${cite}
categories:
  - id: ${p}category
    name: Synthetic category
    description: Synthetic.
statutes:
  - id: ${p}statute
    section: Synthetic section 1
    title: Synthetic statute
    categories: [${p}category]
    sources: ${cite}
claims:
  - id: ${p}claim-office
    statement: The synthetic office made 10 arrests in FY2023.
    metric: arrests
    value: 10
    qualifier: exact
    period: FY2023
    scopeAgency: ${p}office
    scopeOffense: human_trafficking
    claimant: ${p}agency
    sources: ${cite}
  - id: ${p}claim-restated
    statement: The synthetic agency made 10 arrests in FY2023.
    metric: arrests
    value: 10
    qualifier: exact
    period: FY2023
    scopeAgency: ${p}agency
    scopeOffense: human_trafficking
    claimant: ${p}src
    restates: { claim: ${p}claim-office, note: Synthetic restatement. }
    sources: ${cite}
investigations:
  - id: ${p}investigation
    title: Synthetic investigation
    summary: Synthetic.
    leadAgency: ${p}office
    sources: ${cite}
prosecutions:
  - id: ${p}prosecution
    title: Synthetic prosecution
    investigation: ${p}investigation
    district: null
    sources: ${cite}
defendants:
  - id: ${p}defendant-1
    prosecution: ${p}prosecution
    name: Synthetic defendant 1
    sources: ${cite}
  - id: ${p}defendant-2
    prosecution: ${p}prosecution
    anonymousLabel: defendant 2 of 2
    sources: ${cite}
charges:
  - id: ${p}charge-1
    defendant: ${p}defendant-1
    description: synthetic offense
    statute: { basis: stated, statute: ${p}statute }
    stage: convicted_plea
    sources: ${cite}
  - id: ${p}charge-2
    defendant: ${p}defendant-2
    description: synthetic offense in words
    statute: { basis: inferred, statute: ${p}statute, inference: Synthetic inference. }
    stage: pending
    sources: ${cite}
convictions:
  - id: ${p}conviction-1
    defendant: ${p}defendant-1
    charges: [${p}charge-1]
    method: plea
    date: "2024-05-30"
    sources: ${cite}
sentences:
  - id: ${p}sentence-1
    defendant: ${p}defendant-1
    conviction: ${p}conviction-1
    date: unknown
    prison: 60
    supervisedRelease: 120
    restitutionUsd: null
    sources: ${cite}
`;
}

/** Writes files into a new temporary folder and returns it. */
export function writeSeedFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "seed-test-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}
