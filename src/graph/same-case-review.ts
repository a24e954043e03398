import { z } from "zod";
import { allRows, defineQuery, oneRow, optionalRow } from "../db/query.ts";
import type { QueryRunner } from "../db/query-runner.ts";
import { LinkReviewError } from "../errors.ts";
import { closest } from "./named-ids.ts";
import type { CandidateStatus } from "./release-candidate.ts";
import { linkStatuses } from "./vocabulary.ts";
import { sameCaseJudgement, type SameCaseJudgement } from "./same-case-store.ts";

/**
 * The review of same-case links (docs/model.md, Press releases: same-case links): listed and
 * shown with their evidence; judged by src/ingest/doj/same-case-judge.ts.
 */
const status = z.enum(linkStatuses.values);

const evidence = z.object({
  id: z.string(),
  status,
  nameA: z.string(),
  nameB: z.string(),
  nameAgreement: z.string(),
  district: z.string(),
  sectionsA: z.array(z.string()),
  sectionsB: z.array(z.string()),
  sharedSections: z.array(z.string()),
  sectionsInferred: z.boolean(),
  stageA: z.string(),
  stageB: z.string(),
  publishedA: z.string().nullable().default(null),
  publishedB: z.string().nullable().default(null),
  pleaDateA: z.string().nullable().default(null),
  pleaDateB: z.string().nullable().default(null),
  sentenceDateA: z.string().nullable().default(null),
  sentenceDateB: z.string().nullable().default(null),
});
export type SameCaseLinkEvidence = z.output<typeof evidence>;

const listedRow = z.object({ link: evidence, a: z.string(), b: z.string(), statusA: status, statusB: status, judgements: z.array(sameCaseJudgement) });

/** A same-case link as the queue lists it: its ends (a the earlier release's) and their statuses, its evidence and judgements. */
export interface ListedSameCaseLink {
  id: string;
  status: CandidateStatus;
  a: string;
  b: string;
  statusA: CandidateStatus;
  statusB: CandidateStatus;
  evidence: SameCaseLinkEvidence;
  judgements: SameCaseJudgement[];
}

const queries = {
  list: defineQuery("release-candidates/same_case_list", allRows(listedRow)),
  one: defineQuery("release-candidates/same_case_one", optionalRow(listedRow.extend({ link: evidence.nullable(), a: z.string().nullable(), b: z.string().nullable(), statusA: status.nullable(), statusB: status.nullable() }))),
  ids: defineQuery("release-candidates/same_case_ids", oneRow(z.object({ ids: z.array(z.string()) }))),
};

const asListed = ({ link, a, b, statusA, statusB, judgements }: z.output<typeof listedRow>): ListedSameCaseLink => ({ id: link.id, status: link.status, a, b, statusA, statusB, evidence: link, judgements });

/** The same-case links with this status, or all of them. */
export async function listSameCaseLinks(db: QueryRunner, wanted: CandidateStatus | null = null): Promise<ListedSameCaseLink[]> {
  return (await db.read(queries.list, { status: wanted })).map(asListed);
}

/** One link: `link` null when the rule no longer draws it (its candidates changed) but it was judged; refused, with the closest ids, when neither. */
export async function showSameCaseLink(db: QueryRunner, id: string): Promise<{ id: string; link: ListedSameCaseLink | null; judgements: SameCaseJudgement[] }> {
  const row = await db.read(queries.one, { id });
  if (row === undefined) throw await unknownSameCaseLink(db, id);
  const { link, a, b, statusA, statusB, judgements } = row;
  return { id, link: link === null ? null : asListed({ link, a: a!, b: b!, statusA: statusA!, statusB: statusB!, judgements }), judgements };
}

export async function unknownSameCaseLink(db: QueryRunner, id: string): Promise<LinkReviewError> {
  const { ids } = await db.read(queries.ids, {});
  if (ids.includes(id)) return new LinkReviewError(`The rule no longer draws the same-case link "${id}": its candidates changed since it was judged. Its judgements are kept (show it).`, "id");
  const near = closest(id, ids);
  return new LinkReviewError(`No same-case link has the id "${id}". ${near.length === 0 ? "There are none (npm run ingest:doj draws them between candidates)." : `The closest same-case link ids: ${near.join(", ")}.`}`, "id");
}
