import type { QueryRunner, WriteTransaction } from "../../db/query-runner.ts";
import { LinkReviewError } from "../../errors.ts";
import { closest } from "../../graph/named-ids.ts";
import {
  acceptanceProblems,
  candidateEdit,
  candidateStatus,
  reviewedFacts,
  type CandidateEdit,
  type CandidateFacts,
  type CandidateJudgement,
  type CandidateStatus,
} from "../../graph/release-candidate.ts";
import { candidateQueries as queries, readCandidates, releaseCatalog, unknownCandidate, type Candidate } from "../../graph/release-candidates.ts";
import { reviewedReleasesDocument, reviewedReleasesFile } from "../../graph/reviewed-releases.ts";
import { drawSameCase, type PendingSameCaseJudgement } from "../../graph/same-case-store.ts";
import { candidateVerdicts, type ValueOf } from "../../graph/vocabulary.ts";
import { importDocuments, type ImportSummary } from "../import-seed.ts";

/**
 * The writes of the review of press releases: candidates stored when releases are read (npm
 * run ingest:doj), and judgements on them. Every write rewrites the accepted candidates'
 * facts (src/graph/reviewed-releases.ts) whole, through the importer, in the same transaction
 * as the candidates or the judgement: the facts always are those of the accepted candidates
 * as they stand.
 */
export interface StoreResult {
  summary: ImportSummary;
  stored: number;
  /** Candidates of these releases the extractor no longer gives: removed, their judgements kept. */
  dropped: string[];
  /** Accepted candidates whose facts, read again, lack a district or a lead agency: not written until edited. */
  leftOut: string[];
  /** Every candidate in the graph after the store, by status. */
  byStatus: Record<CandidateStatus, number>;
}

/**
 * Stores the candidates of the releases read, replacing what those releases gave before, and
 * rewrites the reviewed facts (an accepted candidate read again by a newer extractor carries
 * its new facts), in one transaction.
 */
export async function storeCandidates(db: QueryRunner, candidates: readonly CandidateFacts[], releaseUuids: readonly string[]): Promise<StoreResult> {
  const uuids = new Set(releaseUuids);
  const before = await readCandidates(db);
  // A judgement outlives its candidate's node: one read again gets its judgements back.
  const judged = new Map((await db.read(queries.judgementsOf, { ids: candidates.map((c) => c.id) })).map((r) => [r.id, r.judgements]));
  const kept = before.filter((c) => !uuids.has(c.facts.release.uuid));
  const fresh = candidates.map((facts) => {
    const judgements = judged.get(facts.id) ?? [];
    return { facts, judgements, status: candidateStatus(judgements) };
  });
  const ids = new Set(fresh.map((c) => c.facts.id));
  const dropped = before.filter((c) => uuids.has(c.facts.release.uuid) && !ids.has(c.facts.id)).map((c) => c.facts.id);
  const { summary, leftOut } = await writeReviewed(db, [...kept, ...fresh], async (tx) => {
    await tx.run(queries.store, { rows: fresh.map(storedRow), uuids: [...uuids], ids: [...ids] });
  });
  const all = [...kept, ...fresh];
  const byStatus = { open: 0, accepted: 0, rejected: 0 };
  for (const c of all) byStatus[c.status] += 1;
  return { summary, stored: fresh.length, dropped, leftOut, byStatus };
}

/** The node's properties: the facts as JSON, and the fields a Browser user reads at a glance. */
function storedRow(c: Candidate) {
  const f = c.facts;
  return {
    id: f.id,
    releaseUuid: f.release.uuid,
    url: f.release.url,
    published: f.release.published,
    district: f.district,
    defendantName: f.name,
    stage: f.stage,
    extractorVersion: f.extractorVersion,
    status: c.status,
    facts: JSON.stringify(f),
  };
}

export type CandidateVerdict = ValueOf<typeof candidateVerdicts>;

/**
 * Records a judgement on a candidate and rewrites the reviewed facts in one transaction:
 * refused, with every problem at once, without a reason or a reviewer, with an edit that is
 * not valid or names an id the catalog does not hold, for an id no candidate has (with the
 * closest), or when accepting a candidate whose facts lack what a case needs (a district, a
 * lead agency): then nothing is written.
 */
export async function judgeCandidate(
  db: QueryRunner,
  { id, verdict, by, why, changes = null }: { id: string; verdict: CandidateVerdict; by: string; why: string; changes?: unknown },
): Promise<CandidateJudgement> {
  const problems: { message: string; argument: "why" | "by" | "changes" }[] = [
    ...(why.trim() === "" ? [{ message: "a judgement needs its reason (why): what in the release settles it", argument: "why" as const }] : []),
    ...(by.trim() === "" ? [{ message: "a judgement needs its reviewer (who)", argument: "by" as const }] : []),
  ];
  let edit: CandidateEdit | null = null;
  if (verdict === "edited") {
    const parsed = candidateEdit.safeParse(changes);
    if (parsed.success) edit = parsed.data;
    else problems.push(...parsed.error.issues.map((i) => ({ message: `${i.path.length === 0 ? "the edit" : i.path.join(".")}: ${i.message}`, argument: "changes" as const })));
    // The ids are checked also when another field is wrong: every problem at once.
    problems.push(...(await unknownIds(db, changes)).map((message) => ({ message, argument: "changes" as const })));
  }
  if (problems.length > 0) throw new LinkReviewError(`The judgement on "${id}" was not recorded: ${problems.map((p) => p.message).join("; ")}.`, problems[0]!.argument);

  const candidates = await readCandidates(db);
  const candidate = candidates.find((c) => c.facts.id === id);
  if (candidate === undefined) throw await unknownCandidate(db, id);
  const at = new Date().toISOString();
  const judgement: CandidateJudgement = { verdict, by: by.trim(), why: why.trim(), at, changes: edit === null ? null : JSON.stringify(edit) };
  const judgements = [...candidate.judgements, judgement];
  const status = candidateStatus(judgements);
  if (status === "accepted") {
    const missing = acceptanceProblems(reviewedFacts(candidate.facts, judgements));
    if (missing.length > 0) throw new LinkReviewError(`"${id}" cannot be ${verdict === "accepted" ? "accepted" : "edited so"}: ${missing.join("; ")}.`, verdict === "edited" ? "changes" : "id");
  }
  const next = candidates.map((c) => (c === candidate ? { ...c, judgements, status } : c));
  let written: CandidateJudgement | undefined;
  await writeReviewed(db, next, async (tx) => {
    written = (await tx.run(queries.judge, { id, verdict, by: judgement.by, why: judgement.why, changes: judgement.changes, at, status }))?.judgement;
  });
  return written!;
}

/** The ids an edit names that the catalog does not hold (read from the edit as given, valid or not). */
async function unknownIds(db: QueryRunner, changes: unknown): Promise<string[]> {
  if (typeof changes !== "object" || changes === null) return [];
  const given = changes as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === "string" ? v : undefined);
  const edit = {
    district: text(given.district),
    leadAgency: text(given.leadAgency),
    partnerAgencies: Array.isArray(given.partnerAgencies) ? given.partnerAgencies.map(text) : [],
    statutes: Array.isArray(given.statutes) ? given.statutes.map(text) : [],
  };
  const catalog = await releaseCatalog(db);
  const agencies = new Set(catalog.agencies.map((a) => a.id));
  const missing = (field: string, ids: (string | null | undefined)[], known: Set<string>) =>
    ids.filter((i): i is string => i !== null && i !== undefined && !known.has(i)).map((i) => `${field}: no ${field === "district" ? "district" : field === "statutes" ? "statute" : "agency"} has the id "${i}"${closestText(i, [...known])}`);
  return [
    ...missing("district", [edit.district], catalog.districts),
    ...missing("leadAgency", [edit.leadAgency], agencies),
    ...missing("partnerAgencies", edit.partnerAgencies ?? [], agencies),
    ...missing("statutes", edit.statutes ?? [], catalog.statutes),
  ];
}

const closestText = (id: string, ids: string[]) => {
  const near = closest(id, ids);
  return near.length === 0 ? "" : ` (the closest: ${near.join(", ")})`;
};

/**
 * Rewrites the reviewed facts for these candidates, running `then` in the same transaction,
 * and then draws the same-case links among them again (src/graph/same-case-store.ts): from
 * their facts as reviewed, so an edit or a release read again moves them, and with `pending`,
 * a judgement on a link that `then` writes, counted at once. The facts join the accepted
 * candidates by the links accepted as drawn now, not as they were before this transaction.
 */
export async function writeReviewed(
  db: QueryRunner,
  candidates: readonly Candidate[],
  then: (tx: WriteTransaction) => Promise<void>,
  pending: PendingSameCaseJudgement | null = null,
): Promise<{ summary: ImportSummary; leftOut: string[] }> {
  const reviewed = candidates.map((c) => ({ status: c.status, facts: reviewedFacts(c.facts, c.judgements) }));
  const sameCase = await drawSameCase(
    db,
    reviewed.map((r) => r.facts.facts),
    pending,
  );
  const accepted = reviewed.filter((r) => r.status === "accepted").map((r) => r.facts);
  const { content, leftOut } = reviewedReleasesDocument(accepted, sameCase.accepted);
  const summary = await importDocuments([{ file: reviewedReleasesFile, content }], {
    db,
    prune: true,
    afterWrite: async (tx) => {
      await then(tx);
      await sameCase.draw(tx);
    },
    afterWriteAlways: true,
  });
  return { summary, leftOut };
}

