import { CaseloadDocument, ClaimsDocument, DataVersionDocument, UnreviewedDocument } from "../api/generated/operations.ts";
import { buildAnswerReport, type AnswerReport } from "./answer-report.ts";
import { fetchWholeTally, type Run } from "./whole-tally.ts";

/**
 * The answer report, read through the GraphQL API as any client would: the whole tally, the
 * claims, and the data version. `generated` is the day it is made (yyyy-mm-dd). With
 * `includeUnreviewed`, also the open press-release candidates that would count, apart.
 */
export async function fetchAnswerReport(
  run: Run,
  window: { since: string; until: string | null; agency: string },
  generated: string,
  { includeUnreviewed = false }: { includeUnreviewed?: boolean } = {},
): Promise<AnswerReport> {
  const tally = await fetchWholeTally(run, window);
  const { claims } = await run(ClaimsDocument, window);
  const { dataVersion } = await run(DataVersionDocument, {});
  const { caseload } = (await run(CaseloadDocument, window)).convictionTally;
  const unreviewed = includeUnreviewed ? (await run(UnreviewedDocument, window)).convictionTally.unreviewed : null;
  const question =
    `How many ${tally.agency.path.join("/")} child-trafficking cases since ${window.since}` +
    `${window.until ? ` (through ${window.until})` : ""} have led to federal convictions, and what were the charges?`;
  return buildAnswerReport({ question, generated, tally, claims, dataVersion, caseload, unreviewed });
}
