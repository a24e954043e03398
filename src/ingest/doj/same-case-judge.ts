import { z } from "zod";
import { defineQuery, oneRow } from "../../db/query.ts";
import type { QueryRunner } from "../../db/query-runner.ts";
import { LinkReviewError } from "../../errors.ts";
import { reviewedFacts } from "../../graph/release-candidate.ts";
import { readCandidates } from "../../graph/release-candidates.ts";
import { sameCaseLinks } from "../../graph/same-case-links.ts";
import { unknownSameCaseLink } from "../../graph/same-case-review.ts";
import { sameCaseJudgement, type SameCaseJudgement } from "../../graph/same-case-store.ts";
import { writeReviewed } from "./release-review.ts";

const judgeQuery = defineQuery("release-candidates/same_case_judge", oneRow(z.object({ judgement: sameCaseJudgement })));

/**
 * Records a judgement on a same-case link and rewrites the reviewed facts, in one
 * transaction: refused, with every problem with the input at once (no reason, no reviewer),
 * then for a link the rule does not draw now (with the closest ids), writing nothing.
 */
export async function judgeSameCaseLink(
  db: QueryRunner,
  { id, verdict, by, why }: { id: string; verdict: "accepted" | "rejected"; by: string; why: string },
): Promise<SameCaseJudgement> {
  const problems = [
    ...(why.trim() === "" ? ["a judgement needs its reason (why): what in the releases settles it"] : []),
    ...(by.trim() === "" ? ["a judgement needs its reviewer (who)"] : []),
  ];
  if (problems.length > 0) throw new LinkReviewError(`The judgement on "${id}" was not recorded: ${problems.join("; ")}.`, why.trim() === "" ? "why" : "by");
  const candidates = await readCandidates(db);
  const link = sameCaseLinks(candidates.map((c) => reviewedFacts(c.facts, c.judgements).facts)).find((l) => l.id === id);
  if (link === undefined) throw await unknownSameCaseLink(db, id);
  const judgement = { verdict, by: by.trim(), why: why.trim(), at: new Date().toISOString() };
  let written: SameCaseJudgement | undefined;
  await writeReviewed(
    db,
    candidates,
    async (tx) => {
      written = (await tx.run(judgeQuery, { id, a: link.a, b: link.b, ...judgement })).judgement;
    },
    { id, judgement },
  );
  return written!;
}

