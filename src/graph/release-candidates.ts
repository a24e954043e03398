import { z } from "zod";
import { allRows, defineQuery, noRows, oneRow, optionalRow } from "../db/query.ts";
import type { QueryRunner, WriteTransaction } from "../db/query-runner.ts";
import { LinkReviewError } from "../errors.ts";
import { closest } from "./named-ids.ts";
import {
  acceptanceProblems,
  candidateEdit,
  candidateFacts,
  candidateJudgement,
  candidateStatus,
  reviewedFacts,
  type CandidateEdit,
  type CandidateFacts,
  type CandidateJudgement,
  type CandidateStatus,
} from "./release-candidate.ts";

/**
 * Press-release candidates in the graph, read: stored when releases are read (npm run
 * ingest:doj) and judged in the review queue, both by src/ingest/doj/release-review.ts.
 */
export interface Candidate {
  facts: CandidateFacts;
  judgements: CandidateJudgement[];
  status: CandidateStatus;
}

export interface ReleaseCatalog {
  statutes: Set<string>;
  agencies: { id: string; name: string; abbreviation: string | null }[];
  districts: Set<string>;
}

export const candidateQueries = {
  catalog: defineQuery(
    "release-candidates/catalog",
    oneRow(z.object({ statutes: z.array(z.string()), agencies: z.array(z.object({ id: z.string(), name: z.string(), abbreviation: z.string().nullable() })), districts: z.array(z.string()) })),
  ),
  state: defineQuery("release-candidates/state", allRows(z.object({ id: z.string(), facts: z.string(), judgements: z.array(candidateJudgement) }))),
  store: defineQuery("release-candidates/store", noRows),
  judge: defineQuery("release-candidates/judge", optionalRow(z.object({ judgement: candidateJudgement }))),
  judgementsOf: defineQuery("release-candidates/judgements_of", allRows(z.object({ id: z.string(), judgements: z.array(candidateJudgement) }))),
  ids: defineQuery("release-candidates/ids", oneRow(z.object({ ids: z.array(z.string()) }))),
};

export async function releaseCatalog(db: QueryRunner): Promise<ReleaseCatalog> {
  const row = await db.read(candidateQueries.catalog, {});
  return { statutes: new Set(row.statutes), agencies: row.agencies, districts: new Set(row.districts) };
}

/** Every candidate with its judgements and status. */
export async function readCandidates(db: QueryRunner): Promise<Candidate[]> {
  return (await db.read(candidateQueries.state, {})).map((row) => ({
    facts: candidateFacts.parse(JSON.parse(row.facts)),
    judgements: row.judgements,
    status: candidateStatus(row.judgements),
  }));
}

/** A candidate as the queue lists it: the facts as reviewed so far, and what it still lacks to be accepted. */
export interface ListedCandidate extends Candidate {
  reviewed: ReturnType<typeof reviewedFacts>;
  missing: string[];
}

const listed = (c: Candidate): ListedCandidate => {
  const reviewed = reviewedFacts(c.facts, c.judgements);
  return { ...c, reviewed, missing: acceptanceProblems(reviewed) };
};

/** The candidates with this status, or all of them, by district, release date and id. */
export async function listCandidates(db: QueryRunner, status: CandidateStatus | null = null): Promise<ListedCandidate[]> {
  return (await readCandidates(db)).filter((c) => status === null || c.status === status).map(listed);
}

/** One candidate; refused, with the closest ids, when none has the id. */
export async function showCandidate(db: QueryRunner, id: string): Promise<ListedCandidate> {
  const found = (await readCandidates(db)).find((c) => c.facts.id === id);
  if (found !== undefined) return listed(found);
  throw await unknownCandidate(db, id);
}

/** The refusal of an id no candidate has, with the closest ids. */
export async function unknownCandidate(db: QueryRunner, id: string): Promise<LinkReviewError> {
  const { ids } = await db.read(candidateQueries.ids, {});
  const near = closest(id, ids);
  return new LinkReviewError(`No press-release candidate has the id "${id}". ${near.length === 0 ? "There are none (npm run ingest:doj stores them)." : `The closest candidate ids: ${near.join(", ")}.`}`, "id");
}
