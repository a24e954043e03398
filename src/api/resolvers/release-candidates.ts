import { listCandidates, showCandidate, type ListedCandidate } from "../../graph/release-candidates.ts";
import { judgeCandidate, type CandidateVerdict } from "../../ingest/doj/release-review.ts";
import type { Span } from "../../graph/release-candidate.ts";
import type { ApiContext } from "../context.ts";
import type { MutationResolvers, QueryResolvers, ReleaseCandidate } from "../generated/resolvers.ts";
import { asUserInput } from "./links.ts";
import { requireWriter } from "./writes.ts";

/** The words a fact was read from; none when the release gives none, or a reviewer replaced the fact (its citation is then the edit). */
const quote = (span: Span | null, edited: unknown): ReleaseCandidate["nameQuote"] => (span === null || span.text === "" || edited !== undefined ? null : span);

/** A candidate as the API shows it: its facts as reviewed, the quotes behind them, its judgements, and what it lacks to be accepted. */
export function asReleaseCandidate(c: ListedCandidate): ReleaseCandidate {
  const { facts: f, leadAgency, partnerAgencies, method, edited } = c.reviewed;
  return {
    id: f.id,
    status: c.status,
    release: { uuid: f.release.uuid, url: f.release.url, title: f.release.title, published: f.release.published, component: f.release.component, retrieved: f.release.retrieved },
    district: f.district,
    districtQuote: quote(f.districtSpan, edited.district),
    name: f.name,
    nameQuote: quote(f.nameSpan, edited.name),
    stage: f.stage,
    stageQuote: quote(f.stageSpan, edited.stage ?? edited.method),
    method,
    pleaOrVerdictDate: f.pleaOrVerdictDate,
    pleaOrVerdictDateYearFromRelease: f.pleaOrVerdictDateYearFromRelease,
    pleaOrVerdictDateQuote: quote(f.pleaOrVerdictDateSpan, edited.pleaOrVerdictDate),
    sentenceDate: f.sentenceDate,
    sentenceDateYearFromRelease: f.sentenceDateYearFromRelease,
    sentenceDateQuote: quote(f.sentenceDateSpan, edited.sentenceDate),
    prisonMonths: f.prisonMonths,
    life: f.life,
    prisonQuote: quote(f.prisonSpan, edited.prisonMonths ?? edited.life),
    leadAgency,
    partnerAgencies,
    agencies: f.agencies.map((a) => ({ name: a.name, role: a.role, agency: a.agencyId, quote: quote(a.span, undefined) })),
    // An edit of the statutes replaces the charges, which then have no words of their own.
    charges: f.charges.map((ch) => ({ words: ch.words, statute: ch.statute, basis: ch.basis, category: ch.category, inference: ch.inference, quote: quote(ch.span, edited.statutes) })),
    extractorVersion: f.extractorVersion,
    missing: c.missing,
    judgements: c.judgements,
    edited: Object.entries(edited).map(([field, note]) => ({ field, ...note })),
  };
}

export const releaseCandidates: QueryResolvers["releaseCandidates"] = async (_parent, { status }, { db }) => (await listCandidates(db, status ?? null)).map(asReleaseCandidate);

export const releaseCandidate: QueryResolvers["releaseCandidate"] = async (_parent, { id }, { db }) => asReleaseCandidate(await asUserInput(() => showCandidate(db, id)));

/** Records the judgement as the write token's label, and answers the candidate as it now stands. */
async function judge(context: ApiContext, id: string, verdict: CandidateVerdict, why: string, changes?: unknown): Promise<ReleaseCandidate> {
  requireWriter(context);
  await asUserInput(() => judgeCandidate(context.db, { id, verdict, by: context.writer, why, changes }));
  return asReleaseCandidate(await showCandidate(context.db, id));
}

export const acceptReleaseCandidate: MutationResolvers["acceptReleaseCandidate"] = (_parent, { id, why }, context) => judge(context, id, "accepted", why);
export const rejectReleaseCandidate: MutationResolvers["rejectReleaseCandidate"] = (_parent, { id, why }, context) => judge(context, id, "rejected", why);
export const editReleaseCandidate: MutationResolvers["editReleaseCandidate"] = (_parent, { id, changes, why }, context) => judge(context, id, "edited", why, { ...changes });
