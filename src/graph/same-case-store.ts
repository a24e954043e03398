import { z } from "zod";
import { allRows, defineQuery, noRows } from "../db/query.ts";
import type { QueryRunner, WriteTransaction } from "../db/query-runner.ts";
import { sameCaseLinks, type SameCaseLink, type SameCaseSide } from "./same-case-links.ts";
import type { CandidateStatus } from "./release-candidate.ts";

/**
 * Same-case links in the graph: `(:ReleaseCandidate)-[:SAME_CASE_CANDIDATE]->(:ReleaseCandidate)`,
 * drawn again, all of them, in the transaction of every store of candidates and every
 * judgement (src/ingest/doj/release-review.ts), so they always follow the candidates as reviewed.
 * Their judgements are SameCaseJudgement nodes keyed by the link's id, never removed: a link
 * drawn again takes back its status, and one the rule no longer draws keeps them.
 */
export const sameCaseJudgement = z.object({ verdict: z.enum(["accepted", "rejected"]), by: z.string(), why: z.string(), at: z.string() });
export type SameCaseJudgement = z.output<typeof sameCaseJudgement>;

/** The latest judgement is the status; open until the first. */
export const sameCaseStatus = (judgements: readonly SameCaseJudgement[]): CandidateStatus => judgements.at(-1)?.verdict ?? "open";

export interface StatusedSameCaseLink extends SameCaseLink {
  status: CandidateStatus;
}

/** A judgement about to be written in the same transaction: it counts in the status at once. */
export interface PendingSameCaseJudgement {
  id: string;
  judgement: SameCaseJudgement;
}

export interface DrawnSameCase {
  links: StatusedSameCaseLink[];
  /** The accepted links' ends: the pairs that are one case when both candidates are accepted. */
  accepted: [string, string][];
  /** Writes the links, replacing every one drawn before; the candidates' nodes must be written first. */
  draw: (tx: WriteTransaction) => Promise<void>;
}

const queries = {
  judgementsOf: defineQuery("release-candidates/same_case_judgements_of", allRows(z.object({ id: z.string(), judgements: z.array(sameCaseJudgement) }))),
  draw: defineQuery("release-candidates/same_case_draw", noRows),
};

/** The same-case links among these candidates (their facts as reviewed), each with the status its judgements give. */
export async function drawSameCase(db: QueryRunner, sides: readonly SameCaseSide[], pending: PendingSameCaseJudgement | null = null): Promise<DrawnSameCase> {
  const drawn = sameCaseLinks(sides);
  const judged = new Map((await db.read(queries.judgementsOf, { ids: drawn.map((l) => l.id) })).map((r) => [r.id, r.judgements]));
  const links = drawn.map((l) => ({ ...l, status: sameCaseStatus([...(judged.get(l.id) ?? []), ...(pending?.id === l.id ? [pending.judgement] : [])]) }));
  return {
    links,
    accepted: links.filter((l) => l.status === "accepted").map((l) => [l.a, l.b]),
    draw: async (tx) => {
      await tx.run(queries.draw, { links: links.map((l) => ({ id: l.id, a: l.a, b: l.b, status: l.status, evidence: l.evidence })) });
    },
  };
}
