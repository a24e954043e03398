import { GraphQLError } from "graphql";
import { LinkReviewError } from "../../errors.ts";
import { judgeLink, listLinks, showLink, type ListedLink, type Verdict } from "../../graph/link-review.ts";
import type { ApiContext } from "../context.ts";
import type { CandidateLink, MutationResolvers, QueryResolvers } from "../generated/resolvers.ts";
import { requireWriter } from "./writes.ts";

/** A candidate as the API shows it, with its judgements and both sides' citations. */
function asCandidate(link: ListedLink): CandidateLink {
  const { status, ...evidence } = link.evidence;
  return {
    id: link.id,
    status,
    drawn: true,
    namedConviction: link.named,
    defendantName: link.defendantName,
    countedConviction: link.counted,
    evidence,
    judgements: link.judgements,
    namedCitations: link.namedCitations,
    countedCitations: link.countedCitations,
  };
}

export const candidateLinks: QueryResolvers["candidateLinks"] = async (_parent, { status }, { db }) => (await listLinks(db, status ?? null)).map(asCandidate);

export const candidateLink: QueryResolvers["candidateLink"] = async (_parent, { id }, { db }) => {
  const shown = await asUserInput(() => showLink(db, id));
  const latest = shown.judgements.at(-1)?.verdict ?? "open";
  return {
    ...(shown.candidate === null
      ? { id, status: latest, drawn: false, namedConviction: null, defendantName: null, countedConviction: null, evidence: null }
      : asCandidate(shown.candidate)),
    judgements: shown.judgements,
    namedCitations: shown.namedCitations,
    countedCitations: shown.countedCitations,
  };
};

const judge =
  (verdict: Verdict): MutationResolvers["acceptLink"] =>
  async (_parent, { id, why }, context: ApiContext) => {
    requireWriter(context);
    return asUserInput(() => judgeLink(context.db, { id, verdict, by: context.writer, why }));
  };

export const acceptLink = judge("accepted");
export const rejectLink = judge("rejected");

/** A review the domain refuses (an unknown id, no reason) is the client's to mend. */
export async function asUserInput<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LinkReviewError) throw new GraphQLError(error.message, { extensions: { code: "BAD_USER_INPUT", argument: error.argument } });
    throw error;
  }
}
